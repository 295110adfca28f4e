using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class ClaimsCommandTests
{
    [Fact]
    public void ClaimsCheck_TheOpEd_GivesAVerdictPerClaim_AndNotTestableWithTheReasonWhereTheDataEnd()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var charts = cli.File("charts");
        var json = cli.Json("claims", "check", Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml"), "--charts", charts);
        var verdicts = json.EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!, v => v);
        // Events cover 1989–2021 only; every store has the shipped reported figures, so the peak is judged on them.
        Assert.Equal("contradicted", verdicts["peak-2022-2023"].GetProperty("verdict").GetString());
        Assert.Contains("peak test on reported figures (events do not cover", verdicts["peak-2022-2023"].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("not testable", verdicts["retaliation-deters"].GetProperty("verdict").GetString());
        Assert.Contains(verdicts.Values, v => v.GetProperty("verdict").GetString() is "supported" or "contradicted" or "inconclusive");
        foreach (var v in verdicts.Values.Where(v => v.GetProperty("verdict").GetString() != "not testable"))
        {
            var ci = v.GetProperty("ci95").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            Assert.InRange(v.GetProperty("estimate").GetDouble(), ci[0] - 1e-9, ci[1] + 1e-9);
            Assert.Matches("^[0-9a-f]{16}$", v.GetProperty("snapshot").GetString());
        }

        Assert.True(Directory.GetFiles(charts, "*.png").Length >= 5);
    }

    [Fact]
    public void ClaimsCheck_WithReportedFigures_JudgesThePeakAsOfMarch2024_AndNow()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        cli.Json("import", Path.Combine(RepositoryData.DataDirectory, "reported", "pak_militancy_monthly_reported.csv"));
        cli.Json("import", Path.Combine(RepositoryData.DataDirectory, "reported", "pak_militancy_period_totals_reported.csv"));
        var json = cli.Json("claims", "check", Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml"));
        var peak = json.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "peak-2022-2023");
        Assert.Equal("contradicted", peak.GetProperty("verdict").GetString());
        Assert.Equal(2024, peak.GetProperty("estimate").GetDouble());
        Assert.Equal("supported", peak.GetProperty("asOf").GetProperty("verdict").GetString());
        Assert.Equal(2023, peak.GetProperty("asOf").GetProperty("estimate").GetDouble());
    }

    [Fact]
    public void ClaimsCheck_MalformedFile_NamesTheClaimAndField()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var file = cli.File("bad.yaml");
        File.WriteAllText(file, "claims:\n  - id: mine\n    text: t\n    test: excites\n    source: ttpp\n    target: ttp\n");
        var (exit, _, error) = cli.Run("claims", "check", file);
        Assert.Equal(1, exit);
        Assert.Contains("claim 'mine', field 'source': unknown stream 'ttpp'; did you mean ttp", error, StringComparison.Ordinal);
    }
}
