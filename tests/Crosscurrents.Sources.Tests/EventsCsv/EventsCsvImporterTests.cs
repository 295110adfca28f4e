using Crosscurrents.Sources.EventsCsv;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.EventsCsv;

public sealed class EventsCsvImporterTests
{
    [Fact]
    public void WriteThenRead_RoundTripsEveryEventExactly()
    {
        var original = SourcesTestKit.ReadFile(new UcdpGedImporter(), RepositoryData.ShippedGedFile, "22.1").Select(r => r.Event!).ToList();
        using var text = new StringWriter();
        EventsCsvWriter.Write(original, text);
        Assert.StartsWith(string.Join(',', EventsCsvFormat.Columns) + Environment.NewLine, text.ToString(), StringComparison.Ordinal);
        var back = SourcesTestKit.ReadText(new EventsCsvImporter(), text.ToString());
        Assert.All(back, r => Assert.Null(r.Rejection));
        Assert.Equal(original, back.Select(r => r.Event!).ToList());
    }

    [Fact]
    public void Read_MinimalFile_ResolvesNamesThroughRegistryAndGazetteer()
    {
        var csv = "event_id,date_start,country,province,district,side_a,side_b,fatalities_best\n" +
            "n1,2023-01-30,Pakistan,KP,Peshawar,Tehreek-e-Taliban Pakistan,police,84\n";
        var e = SourcesTestKit.ReadText(new EventsCsvImporter(), csv).Single().Event!;
        Assert.Equal("custom:n1", e.Id);
        Assert.Equal("ttp", e.SideA.ActorId);
        Assert.Equal("pak-police", e.SideB.ActorId);
        Assert.Equal("Khyber Pakhtunkhwa", e.Place.Province);
        Assert.Equal(new Core.Events.Fatalities(84, 84, 84), e.Fatalities);
    }

    [Fact]
    public void Write_NoEvents_StillWritesTheHeader()
    {
        using var text = new StringWriter();
        EventsCsvWriter.Write([], text);
        Assert.StartsWith("event_id,dataset,", text.ToString(), StringComparison.Ordinal);
    }
}
