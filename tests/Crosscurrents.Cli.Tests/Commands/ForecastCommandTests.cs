namespace Crosscurrents.Cli.Tests.Commands;

public sealed class ForecastCommandTests
{
    [Fact]
    public void Forecast_FromTheLastCoveredMonth_GivesEveryModelsDistribution()
    {
        using var cli = new CliRunner();
        var json = cli.Json("forecast", "--stream", "ttp", "--horizon", "12");
        Assert.Equal("2021-12", json.GetProperty("origin").GetString());
        Assert.Equal(16, json.GetProperty("snapshot").GetString()!.Length);
        var unit = json.GetProperty("units").EnumerateArray().Single();
        var forecasts = unit.GetProperty("forecasts").EnumerateArray().ToList();
        // The Hawkes fit ending 2021-12 is not identified (the after-takeover months): no Hawkes forecast, the reason instead.
        Assert.Equal(6, forecasts.Count);
        Assert.DoesNotContain(forecasts, f => f.GetProperty("model").GetString() == "hawkes");
        var failure = json.GetProperty("failures").EnumerateArray().Single();
        Assert.Equal("hawkes", failure.GetProperty("model").GetString());
        Assert.Contains("not identified", failure.GetProperty("reason").GetString(), StringComparison.Ordinal);
        var ensemble = forecasts.Single(f => f.GetProperty("model").GetString() == "ensemble").GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, ensemble.Count);
        Assert.Equal("2022-01", ensemble[0].GetProperty("month").GetString());
        Assert.All(ensemble, m =>
        {
            var i50 = m.GetProperty("interval50").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var i90 = m.GetProperty("interval90").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.True(i90[0] <= i50[0] && i50[0] <= m.GetProperty("median").GetDouble() && m.GetProperty("median").GetDouble() <= i50[1] && i50[1] <= i90[1]);
        });

        var again = cli.Json("forecast", "--stream", "ttp", "--horizon", "12");
        Assert.Equal(json.GetProperty("units").ToString(), again.GetProperty("units").ToString());
    }

    [Fact]
    public void Forecast_ForAProvince_PrintsATable()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("forecast", "--stream", "ttp", "--province", "Khyber Pakhtunkhwa", "--horizon", "3", "--model", "nb");
        Assert.True(exit == 0, error);
        Assert.Contains("Khyber Pakhtunkhwa", output, StringComparison.Ordinal);
        Assert.Contains("2022-03", output, StringComparison.Ordinal);
        Assert.Contains("model nb", output, StringComparison.Ordinal);
        (exit, output, error) = cli.Run("forecast", "--stream", "ttp", "--horizon", "2", "--samples", "200", "--model", "hawkes");
        Assert.True(exit == 0, error);
        Assert.Contains("cannot forecast: the Hawkes fit on 2019-01..2021-12", output, StringComparison.Ordinal);
        (exit, output, error) = cli.Run("forecast", "--stream", "ttp", "--origin", "2020-12", "--horizon", "2", "--samples", "200", "--model", "hawkes");
        Assert.True(exit == 0, error);
        Assert.Contains("2021-02", output, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot forecast", output, StringComparison.Ordinal);
        Assert.Contains("model hawkes", output, StringComparison.Ordinal);
        (exit, _, error) = cli.Run("forecast", "--target", "picss-attacks", "--model", "hawkes");
        Assert.Equal(1, exit);
        Assert.Contains("monthly figures only", error, StringComparison.Ordinal);
        (exit, _, error) = cli.Run("forecast", "--model", "oracle");
        Assert.Equal(1, exit);
        Assert.Contains("unknown model", error, StringComparison.Ordinal);
    }
}
