namespace Crosscurrents.Cli.Tests.Commands;

public sealed class AlertsCommandTests
{
    [Fact]
    public void Alerts_Json_GivesProbabilitiesTheCutoffAndTheBacktest()
    {
        using var cli = new CliRunner();
        var json = cli.Json("alerts", "--by", "province", "--at-least", "10", "--miss-cost", "3", "--samples", "200", "--from", "2015-01");
        Assert.Equal(0.25, json.GetProperty("cutoff").GetDouble(), 12);
        Assert.Equal("2022-01", json.GetProperty("month").GetString());
        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Contains(units, u => u.GetProperty("unit").GetString() == "Khyber Pakhtunkhwa");
        Assert.All(units, u =>
        {
            var p = u.GetProperty("probability").GetDouble();
            Assert.InRange(p, 0, 1);
            Assert.Equal(p >= 0.25, u.GetProperty("alert").GetBoolean());
        });
        var backtest = json.GetProperty("backtest");
        Assert.True(backtest.GetProperty("forecasts").GetInt32() > 100);
        Assert.True(backtest.GetProperty("brier").GetDouble() < backtest.GetProperty("brierClimatology").GetDouble());
        Assert.Equal(10, backtest.GetProperty("reliability").GetArrayLength());
    }

    [Fact]
    public void Alerts_BadCost_IsAUsageErrorNamingTheOption()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("alerts", "--miss-cost", "0");
        Assert.Equal(1, exit);
        Assert.Contains("--miss-cost", error, StringComparison.Ordinal);
    }
}
