namespace Crosscurrents.Cli.Tests.Commands;

public sealed class BacktestCommandTests
{
    [Fact]
    public void Backtest_ScoresEveryModel_NamesSnapshotAndSeed_AndIsTheSameOnOneThread()
    {
        using var cli = new CliRunner();
        string[] args = ["backtest", "--stream", "ttp", "--from", "2020-06", "--to", "2021-12", "--horizon", "2", "--samples", "1000"];
        var json = cli.Json(args);
        Assert.Equal(16, json.GetProperty("snapshot").GetString()!.Length);
        Assert.Equal(1, json.GetProperty("seed").GetInt32());
        Assert.Equal("2020-06", json.GetProperty("firstOrigin").GetString());
        var models = json.GetProperty("models").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Equal(["zero", "last", "mean", "conflictology", "nb", "hawkes", "ensemble"], models);
        var summary = json.GetProperty("summary").EnumerateArray().ToList();
        Assert.Equal(14, summary.Count);

        // Origins 2020-06..2021-12: 19 at horizon 1, but the last one's target (2022-01) is not covered. The Hawkes
        // forecaster scores only the origins it could forecast from; the others are failures, each with its reason.
        bool Hawkes(System.Text.Json.JsonElement s) => s.GetProperty("model").GetString() == "hawkes";
        Assert.All(summary.Where(s => !Hawkes(s) && s.GetProperty("horizon").GetInt32() == 1), s => Assert.Equal(18, s.GetProperty("forecasts").GetInt32()));
        Assert.All(summary.Where(s => !Hawkes(s) && s.GetProperty("horizon").GetInt32() == 2), s => Assert.Equal(17, s.GetProperty("forecasts").GetInt32()));
        var failures = json.GetProperty("failures").EnumerateArray().ToList();
        Assert.All(failures, f => Assert.Equal("hawkes", f.GetProperty("model").GetString()));
        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("reason").GetString())));
        var hawkesOrigins = summary.Single(s => Hawkes(s) && s.GetProperty("horizon").GetInt32() == 1).GetProperty("forecasts").GetInt32();
        Assert.Equal(18, hawkesOrigins + failures.Count(f => f.GetProperty("origin").GetString() != "2021-12"));
        var skill = json.GetProperty("skill").EnumerateArray().ToList();
        Assert.Equal(6, skill.Count);
        Assert.All(skill, s => Assert.NotEqual("nb", s.GetProperty("bestBaseline").GetString()));

        var single = cli.Json([.. args, "--threads", "1"]);
        Assert.Equal(json.GetProperty("summary").ToString(), single.GetProperty("summary").ToString());
    }

    [Fact]
    public void Backtest_ByProvince_AndPicss_PrintTablesWithTheirData()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("backtest", "--stream", "ttp", "--by", "province", "--from", "2021-01", "--horizon", "1", "--samples", "1000");
        Assert.True(exit == 0, error);
        Assert.Contains("Khyber Pakhtunkhwa", output, StringComparison.Ordinal);
        Assert.Contains("data snapshot", output, StringComparison.Ordinal);
        Assert.Contains("backtest: 100%", error, StringComparison.Ordinal);

        var picss = cli.Json("backtest", "--target", "picss-attacks", "--from", "2024-01", "--horizon", "1");
        Assert.Contains("PICSS", picss.GetProperty("target").GetString(), StringComparison.Ordinal);
        Assert.Contains("not published", picss.GetProperty("coverage").GetString(), StringComparison.Ordinal);

        // No daily events behind the PICSS figures, and no Hawkes fits by district: each says so.
        Assert.DoesNotContain("hawkes", picss.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("monthly figures only", picss.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        (exit, output, error) = cli.Run("backtest", "--stream", "ttp", "--by", "district", "--from", "2021-10", "--horizon", "1", "--samples", "100");
        Assert.True(exit == 0, error);
        Assert.Contains("hawkes: not run by district", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_BadOptions_AreUsageErrors()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("backtest", "--target", "deaths");
        Assert.Equal(1, exit);
        Assert.Contains("--target 'deaths'", error, StringComparison.Ordinal);
        (exit, _, error) = cli.Run("backtest", "--samples", "0");
        Assert.Equal(1, exit);
        Assert.Contains("--samples", error, StringComparison.Ordinal);
        (exit, _, error) = cli.Run("backtest", "--target", "picss-killed", "--by", "province");
        Assert.Equal(1, exit);
        Assert.Contains("national", error, StringComparison.Ordinal);
    }
}
