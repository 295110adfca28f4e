using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Acled;

namespace Crosscurrents.Sources.Tests.Acled;

public sealed class AcledImporterTests
{
    private const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    [Fact]
    public void Read_AcledExport_ResolvesActorsPlacesAndDates()
    {
        var csv = Header + "\n" +
            "PAK123,2024-03-16,2024,1,Political violence,Battles,Armed clash,Military Forces of Pakistan (2018-),,1,Tehrik-i-Taliban Pakistan (TTP),,2,12,,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,North Waziristan,Mir Ali,Mir Ali,33.0167,70.2667,1,Dawn,National,\"Militants attacked a post; 7 soldiers killed, per ISPR.\",7,,1711000000\n" +
            "PAK124,18 March 2024,2024,2,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Pakistan (2018-) Air Force,,1,,,0,10,,586,Southern Asia,Afghanistan,Khost,,,Khost,33.34,69.92,2,Reuters,International,,8,,1711000000\n";
        var records = SourcesTestKit.ReadText(new AcledImporter(), csv);
        Assert.Equal(2, records.Count);
        var clash = records[0].Event!;
        Assert.Equal("acled:PAK123", clash.Id);
        Assert.Equal(new DateOnly(2024, 3, 16), clash.DateStart);
        Assert.Equal("pak-military", clash.SideA.ActorId);
        Assert.Equal("ttp", clash.SideB.ActorId);
        Assert.Equal("Khyber Pakhtunkhwa", clash.Place.Province);
        Assert.Equal("North Waziristan", clash.Place.District);
        Assert.Equal(new Fatalities(7, 7, 7), clash.Fatalities);
        Assert.Equal("Battles / Armed clash", clash.EventType);
        Assert.Contains("7 soldiers killed, per ISPR", clash.SourceText, StringComparison.Ordinal);

        var strike = records[1].Event!;
        Assert.Equal(new DateOnly(2024, 3, 18), strike.DateStart);
        Assert.Equal(DatePrecision.Week, strike.DatePrecision);
        Assert.Equal("pak-air-force", strike.SideA.ActorId);
        Assert.Equal("", strike.SideB.Name);
        Assert.Equal("Afghanistan", strike.Place.Country);
        Assert.Equal("Khost", strike.Place.Province);
    }

    [Fact]
    public void Read_NonNumericFatalities_IsRejected()
    {
        var csv = Header + "\nPAK1,2024-01-01,2024,1,,Battles,,Military Forces of Pakistan (2018-),,,,,,,,,,Pakistan,,,,,30,70,1,,,,seven,,\n";
        var rejection = SourcesTestKit.ReadText(new AcledImporter(), csv).Single().Rejection!;
        Assert.Equal("fatalities", rejection.Field);
        Assert.Equal(2, rejection.Line);
    }
}
