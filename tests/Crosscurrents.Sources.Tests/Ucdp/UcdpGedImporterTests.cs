using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Sources.Tests.Ucdp;

public sealed class UcdpGedImporterTests
{
    private static readonly Lazy<List<Crosscurrents.Sources.Importing.ImportRecord>> Shipped =
        new(() => SourcesTestKit.ReadFile(new UcdpGedImporter(), RepositoryData.ShippedGedFile, "22.1"));

    [Fact]
    public void Read_ShippedHdxExtract_ImportsEveryEvent_AndSkipsTheHxlRow()
    {
        var records = Shipped.Value;
        Assert.Equal(6416, records.Count);
        Assert.All(records, r => Assert.Null(r.Rejection));
        Assert.Equal(6416, records.Select(r => r.Event!.Id).Distinct().Count());
    }

    [Fact]
    public void Read_ShippedFile_MatchesTheTotalsInTheDataReadme()
    {
        var events = Shipped.Value.Select(r => r.Event!).ToList();
        Assert.Equal(5388, events.Count(e => e.ViolenceType == ViolenceType.StateBased));
        Assert.Equal(469, events.Count(e => e.ViolenceType == ViolenceType.NonState));
        Assert.Equal(559, events.Count(e => e.ViolenceType == ViolenceType.OneSided));
        Assert.Equal(883, events.Count(e => e.DateStart.Year == 2009));
        Assert.Equal(7460, events.Where(e => e.DateStart.Year == 2009).Sum(e => e.Fatalities.Best));
        Assert.Equal(448, events.Where(e => e.DateStart.Year == 2021).Sum(e => e.Fatalities.Best));
        Assert.Equal(3770, events.Count(e => e.SideA.ActorId == "pak-state" && e.SideB.ActorId == "ttp"));
    }

    [Fact]
    public void Read_ShippedFile_FirstEventHasEveryField()
    {
        var e = Shipped.Value[0].Event!;
        Assert.Equal("ucdp-ged:59553", e.Id);
        Assert.Equal(new EventSource("ucdp-ged", "22.1", "59553"), e.Source);
        Assert.Equal(new DateOnly(1990, 10, 4), e.DateStart);
        Assert.Equal(DatePrecision.Day, e.DatePrecision);
        Assert.Equal("Azad Jammu and Kashmir", e.Place.Province);
        Assert.Equal("Neelam", e.Place.District);
        Assert.Equal("Neelam district", e.Place.SourceDistrict);
        Assert.Equal("Kel village", e.Place.PlaceName);
        Assert.Equal(34.821865, e.Place.Latitude);
        Assert.Equal(74.355544, e.Place.Longitude);
        Assert.Equal(2, e.Place.Precision);
        Assert.Equal(new ActorMention("Government of India", "ind-state"), e.SideA);
        Assert.Equal(new ActorMention("Government of Pakistan", "pak-state"), e.SideB);
        Assert.Equal(new Fatalities(2, 2, 2, 0, 2, 0, 0), e.Fatalities);
        Assert.Equal("R 4/10 1990", e.SourceText);
    }

    [Fact]
    public void Read_ShippedFile_MapsFataToKhyberPakhtunkhwa_KeepingTheSourceName()
    {
        var fata = Shipped.Value.Select(r => r.Event!).Where(e => e.Place.SourceProvince == "Federally Administered Tribal Areas").ToList();
        Assert.Equal(3378, fata.Count);
        Assert.All(fata, e => Assert.Equal("Khyber Pakhtunkhwa", e.Place.Province));
        Assert.Contains(fata, e => e.Place.District == "Khyber" && e.Place.SourceDistrict == "Khyber agency");
    }

    [Fact]
    public void Read_GeneratedGed49File_ImportsEveryRow()
    {
        using var dir = new TempDirectory();
        var path = dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(path, 500, seed: 7);
        var records = SourcesTestKit.ReadFile(new UcdpGedImporter(), path);
        Assert.Equal(500, records.Count);
        Assert.All(records, r => Assert.NotNull(r.Event));
        Assert.All(records, r => Assert.Equal("25.1", r.Event!.Source.Version));
    }

    [Fact]
    public void Read_QuotedNewlines_DoNotSplitRecords_AndLinesArePhysical()
    {
        var header = string.Join(',', GedFileGenerator.Columns49);
        var good = Row(("id", "1"), ("source_article", "\"first line\nsecond, \"\"quoted\"\" line\""));
        var bad = Row(("id", "2"), ("best", "many"));
        var records = SourcesTestKit.ReadText(new UcdpGedImporter(), header + "\n" + good + "\n" + bad + "\n");
        Assert.Equal(2, records.Count);
        Assert.Equal("first line\nsecond, \"quoted\" line", records[0].Event!.SourceText!.Split(" | ")[^1]);
        Assert.Equal(4, records[1].Rejection!.Line);
    }

    [Theory]
    [InlineData("date_start", "2021-02-30 00:00:00.000", "is not a date")]
    [InlineData("best", "many", "is not a whole number")]
    [InlineData("best", "-3", "is below 0")]
    [InlineData("latitude", "95.2", "off the globe")]
    [InlineData("longitude", "-181", "off the globe")]
    [InlineData("side_a", "", "required field is empty")]
    [InlineData("type_of_violence", "4", "outside 1..3")]
    [InlineData("date_end", "2020-12-31", "is before date_start")]
    public void Read_MalformedRow_IsRejectedWithLineFieldAndReason(string field, string value, string reason)
    {
        var header = string.Join(',', GedFileGenerator.Columns49);
        var csv = header + "\n" + Row(("id", "1")) + "\n" + Row(("id", "2"), (field, value)) + "\n" + Row(("id", "3")) + "\n";
        var records = SourcesTestKit.ReadText(new UcdpGedImporter(), csv, "bad.csv");
        Assert.Equal(3, records.Count);
        Assert.NotNull(records[0].Event);
        Assert.NotNull(records[2].Event);
        var rejection = records[1].Rejection!;
        Assert.Equal("bad.csv", rejection.File);
        Assert.Equal(3, rejection.Line);
        Assert.Equal(field, rejection.Field);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.Contains(value, rejection.Record, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithTooFewFields_IsRejected()
    {
        var header = string.Join(',', GedFileGenerator.Columns49);
        var records = SourcesTestKit.ReadText(new UcdpGedImporter(), header + "\n1,2,3\n");
        Assert.Equal("(record)", records.Single().Rejection!.Field);
        Assert.Contains("has 3 fields, the header has 49", records.Single().Rejection!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownSideName_IsKeptUnresolved()
    {
        var header = string.Join(',', GedFileGenerator.Columns49);
        var e = SourcesTestKit.ReadText(new UcdpGedImporter(), header + "\n" + Row(("side_b", "Brand New Front")) + "\n").Single().Event!;
        Assert.Equal(new ActorMention("Brand New Front", null), e.SideB);
    }

    [Theory]
    [InlineData("GEDEvent_v25_1.csv", "25.1")]
    [InlineData("ged251.csv", "25.1")]
    [InlineData("GEDEvent_v25_0_3.csv", "25.0.3")]
    [InlineData("conflict_data_pak.csv", null)]
    public void VersionFromFileName_ReadsUcdpNaming(string name, string? expected) =>
        Assert.Equal(expected, UcdpGedImporter.VersionFromFileName(name));

    /// <summary>A valid GED-49 row with some fields overridden.</summary>
    internal static string Row(params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["id"] = "1", ["relid"] = "PAK-2021-1-1", ["year"] = "2021", ["type_of_violence"] = "1",
            ["side_a"] = "Government of Pakistan", ["side_b"] = "TTP", ["where_prec"] = "2", ["where_coordinates"] = "Mir Ali town",
            ["adm_1"] = "Federally Administered Tribal Areas", ["adm_2"] = "North Waziristan", ["latitude"] = "33.0", ["longitude"] = "70.3",
            ["country"] = "Pakistan", ["date_prec"] = "1", ["date_start"] = "2021-01-05 00:00:00.000", ["date_end"] = "2021-01-05 00:00:00.000",
            ["deaths_a"] = "1", ["deaths_b"] = "2", ["deaths_civilians"] = "0", ["deaths_unknown"] = "0", ["best"] = "3", ["high"] = "4", ["low"] = "3",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }

        return string.Join(',', GedFileGenerator.Columns49.Select(c => values.GetValueOrDefault(c, "")));
    }
}
