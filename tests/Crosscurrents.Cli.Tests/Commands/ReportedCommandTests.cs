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
