using Crosscurrents.Core.Storage;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class ReportedCommandTests
{
    [Fact]
    public void Reported_AfterImport_ShowsGapsAndSumsOnlyCompleteYears()
    {
        using var cli = new CliRunner();
        var import = cli.Json("import", Path.Combine(RepositoryData.DataDirectory, "reported", "pak_militancy_monthly_reported.csv"));
        Assert.Equal(210, import.GetProperty("rows").GetInt32());
        Assert.NotEmpty(import.GetProperty("warnings").EnumerateArray());
        cli.Json("import", Path.Combine(RepositoryData.DataDirectory, "reported", "pak_militancy_period_totals_reported.csv"));

        var json = cli.Json("reported", "--publisher", "PICSS", "--measure", "militant_attacks", "--quantity", "attacks");
        var years = json.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32(), y => y);
        Assert.Equal(380, years[2022].GetProperty("sumOfMonths").GetDouble());
        Assert.Equal(380, years[2022].GetProperty("publishedTotal").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, years[2023].GetProperty("sumOfMonths").ValueKind);
        Assert.Equal(3, years[2023].GetProperty("missingMonths").GetArrayLength());
        var march = json.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetString() == "2023-03");
        Assert.Equal(39, march.GetProperty("value").GetDouble());
        var june = json.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetString() == "2023-06");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, june.GetProperty("value").ValueKind);

        var first = cli.Json("reported", "--first-release");
        Assert.Equal(37, first.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetString() == "2023-03").GetProperty("value").GetDouble());
    }

    [Fact]
    public void Series_WithReported_PutsEventsAndReportedFiguresSideBySide()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        cli.Json("import", Path.Combine(RepositoryData.DataDirectory, "reported", "organizedviolencecy_v25_1_pak_afg.csv"));
        cli.Json("import", Path.Combine(RepositoryData.DataDirectory, "reported", "pak_militancy_period_totals_reported.csv"));
        var chart = cli.File("sources.png");
        var json = cli.Json("series", "--by", "year", "--measure", "fatalities", "--from", "2015", "--with-reported", "--chart", chart);
        var sources = json.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(3, sources.Count);
        var ucdp = sources.Single(s => s.GetProperty("label").GetString()!.StartsWith("UCDP", StringComparison.Ordinal)).GetProperty("points").EnumerateArray()
            .ToDictionary(p => p.GetProperty("period").GetString()!, p => p.GetProperty("value").GetDouble());
        Assert.Equal(1885, ucdp["2024"]);
        Assert.DoesNotContain("2014", ucdp.Keys);
        Assert.True(new FileInfo(chart).Length > 10_000);
        var (exit, _, error) = cli.Run("series", "--by", "week", "--with-reported");
        Assert.Equal(1, exit);
        Assert.Contains("--by month or year", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ReportedFiguresInLatin1_NeedsTheEncodingStated_AndThenKeepsTheAccents()
    {
        using var cli = new CliRunner(empty: true);
        var path = cli.File("centre-etudes.csv");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(
            "month,country,province,publisher,measure,attacks,killed,injured,source_url,note\n" +
            "2024-01,Pakistan,,Centre d'\u00c9tudes,militant_attacks,12,7,,,\n" +
            "2024-02,Pakistan,,Centre d'\u00c9tudes,militant_attacks,9,3,,,r\u00e9vis\u00e9\n"));

        var (exit, output, error) = cli.Run("import", path);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: {path}, line 2: not valid UTF-8 (byte C9); give the encoding with --encoding latin1 or windows-1252", error.Trim());
        using (var store = DuckDbEventStore.Open(cli.Db, readOnly: true))
        {
            Assert.Empty(store.ReportedFigures());
        }

        var import = cli.Json("import", path, "--encoding", "latin1");
        Assert.Equal(("latin1", 4), (import.GetProperty("encoding").GetString(), import.GetProperty("figures").GetInt32()));
        using var reopened = DuckDbEventStore.Open(cli.Db, readOnly: true);
        var figures = reopened.ReportedFigures();
        Assert.Equal(4, figures.Count);
        Assert.All(figures, f => Assert.Equal("Centre d'\u00c9tudes", f.Publisher));
        Assert.Contains(figures, f => f.Note == "r\u00e9vis\u00e9");
        Assert.DoesNotContain(figures, f => (f.Publisher + f.Note).Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Reported_UcdpCountryYear_AndUnknownSeriesIsAClearError()
    {
        using var cli = new CliRunner();
        cli.Json("import", Path.Combine(RepositoryData.DataDirectory, "reported", "organizedviolencecy_v25_1_pak_afg.csv"));
        var json = cli.Json("reported", "--publisher", "UCDP", "--measure", "organized_violence", "--quantity", "deaths_best");
        var years = json.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("publishedTotal").GetDouble());
        Assert.Equal(1885, years[2024]);
        Assert.Equal(36, years.Count);
        var (exit, _, error) = cli.Run("reported", "--publisher", "UCDP", "--measure", "nope");
        Assert.Equal(1, exit);
        Assert.Contains("available:", error, StringComparison.Ordinal);
    }
}
