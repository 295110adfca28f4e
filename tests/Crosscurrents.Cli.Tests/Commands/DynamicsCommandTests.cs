using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class DynamicsCommandTests
{
    [Fact]
    public void DynamicsFit_OnShippedData_ReportsBranchingHalfLivesAndBackgroundWithIntervals()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var chart = cli.File("branching.png");
        var qq = cli.File("qq.png");
        var json = cli.Json("dynamics", "fit", "--streams", "ttp,baloch", "--from", "2007", "--chart", chart, "--qq", qq);
        Assert.True(json.GetProperty("converged").GetBoolean());
        var branching = json.GetProperty("branching").EnumerateArray().ToList();
        Assert.Equal(4, branching.Count);
        foreach (var b in branching)
        {
            var ci = b.GetProperty("ci95").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.InRange(b.GetProperty("estimate").GetDouble(), ci[0], ci[1]);
        }

        var ttpSelf = branching.Single(b => b.GetProperty("from").GetString() == "ttp" && b.GetProperty("to").GetString() == "ttp");
        Assert.InRange(ttpSelf.GetProperty("estimate").GetDouble(), 0.05, 0.99);
        Assert.True(json.GetProperty("spectralRadius").GetDouble() < 1);
        Assert.Equal(2, json.GetProperty("halfLifeDays").GetArrayLength());
        Assert.Contains(json.GetProperty("background").EnumerateArray().First().GetProperty("rateRatios").EnumerateArray(), r => r.GetProperty("covariate").GetString() == "ceasefire_in_force");
        Assert.Matches("^[0-9a-f]{16}$", json.GetProperty("snapshot").GetString());
        Assert.True(new FileInfo(chart).Length > 5_000 && new FileInfo(qq).Length > 5_000);
    }

    [Fact]
    public void DynamicsFit_WindowAfterAnotherStream_IsABackgroundCovariateThatCanBeBelowOne()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var json = cli.Json("dynamics", "fit", "--streams", "ttp", "--window-after", "one-sided:7", "--window-after", "baloch:7");
        var ratios = json.GetProperty("background")[0].GetProperty("rateRatios").EnumerateArray().ToList();
        var window = ratios.Single(r => r.GetProperty("covariate").GetString() == "after_one-sided_7d");
        Assert.True(window.GetProperty("rateRatio").GetDouble() > 0);
        Assert.Contains(ratios, r => r.GetProperty("covariate").GetString() == "after_baloch_7d");
        var (exit, _, error) = cli.Run("dynamics", "fit", "--streams", "ttp", "--window-after", "baloch");
        Assert.Equal(1, exit);
        Assert.Contains("STREAM:DAYS", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DynamicsFit_AFitThatEndsAtABound_SaysWhy_AndShowsNoEstimates()
    {
        // ISKP has no events before 2015: with trend knots its background runs to the coefficient limit.
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var (exit, output, _) = cli.Run("dynamics", "fit", "--streams", "isk,ttp", "--trend-knots", "6");
        Assert.Equal(0, exit);
        Assert.Contains("No usable estimates", output, StringComparison.Ordinal);
        Assert.Contains("at the limit of the search", output, StringComparison.Ordinal);
        Assert.DoesNotContain("branching ratio: from", output, StringComparison.Ordinal);
        var json = cli.Json("dynamics", "fit", "--streams", "isk,ttp", "--trend-knots", "6");
        Assert.False(json.GetProperty("usable").GetBoolean());
        Assert.Equal("AtBound", json.GetProperty("exitReason").GetString());
        Assert.False(json.TryGetProperty("branching", out _));

        // With the knots chosen by BIC the same streams converge, and TTP does not excite ISKP.
        var chosen = cli.Json("dynamics", "fit", "--streams", "isk,ttp");
        Assert.True(chosen.GetProperty("usable").GetBoolean());
        var ttpToIsk = chosen.GetProperty("branching").EnumerateArray().Single(b => b.GetProperty("from").GetString() == "ttp" && b.GetProperty("to").GetString() == "isk");
        Assert.True(ttpToIsk.GetProperty("ci95")[1].GetDouble() < 0.02);
    }

    [Fact]
    public void DynamicsFit_UnknownStream_IsAClearError()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var (exit, _, error) = cli.Run("dynamics", "fit", "--streams", "ttp,nope");
        Assert.Equal(1, exit);
        Assert.Contains("unknown stream 'nope'", error, StringComparison.Ordinal);
    }
}
