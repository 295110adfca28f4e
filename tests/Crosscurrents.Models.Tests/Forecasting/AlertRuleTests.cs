using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Models.Tests.Forecasting;

public sealed class AlertRuleTests
{
    [Theory]
    [InlineData(1, 1, 0.5)]
    [InlineData(3, 1, 0.25)]
    [InlineData(1, 4, 0.8)]
    public void Cutoff_MinimisesExpectedCost(double miss, double falseAlarm, double expected)
    {
        var rule = new AlertRule(5, miss, falseAlarm);
        Assert.Equal(expected, rule.Cutoff, 12);

        // At the cut-off both choices cost the same; above it alerting is cheaper, below it staying quiet is.
        double Alert(double p) => (1 - p) * falseAlarm;
        double Quiet(double p) => p * miss;
        Assert.Equal(Alert(rule.Cutoff), Quiet(rule.Cutoff), 12);
        Assert.True(Alert(rule.Cutoff + 0.01) < Quiet(rule.Cutoff + 0.01));
        Assert.True(Alert(rule.Cutoff - 0.01) > Quiet(rule.Cutoff - 0.01));
        Assert.Equal(4.5, rule.BrierThreshold);
    }

    [Fact]
    public void Validate_NamesTheField()
    {
        Assert.Equal("MissCost", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertRule(5, 0, 1).Validate()).ParamName);
        Assert.Equal("AtLeast", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertRule(0).Validate()).ParamName);
        Assert.Equal("FalseAlarmCost", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertRule(1, 1, double.NaN).Validate()).ParamName);
    }

    [Fact]
    public void Reliability_OfCalibratedForecasts_MatchesInEveryBin()
    {
        // Outcomes drawn with the forecast probability itself: every bin's observed frequency is its mean forecast.
        var random = new Random(7);
        var forecasts = Enumerable.Range(0, 20_000).Select(_ => random.NextDouble()).Select(p => (p, random.NextDouble() < p)).ToList();
        var r = AlertReliability.Of(forecasts, 0.5);
        Assert.Equal(20_000, r.Forecasts);
        Assert.All(r.Bins, b => Assert.InRange(b.ObservedFrequency - b.MeanProbability, -0.04, 0.04));
        Assert.InRange(r.Brier, 1 / 6.0 - 0.01, 1 / 6.0 + 0.01); // E[p(1-p)] for p uniform
        Assert.True(r.Brier < r.BrierClimatology);

        // Hit rate at 0.5: P(p ≥ .5 | event) = ∫½¹ p dp / ∫₀¹ p dp = 3/4; false alarms: ∫½¹ (1−p) dp / ½ = 1/4.
        Assert.InRange(r.HitRate, 0.73, 0.77);
        Assert.InRange(r.FalseAlarmRate, 0.23, 0.27);
    }

    [Fact]
    public void Reliability_OfOverconfidentForecasts_ShowsInTheDiagram()
    {
        var random = new Random(3);
        var forecasts = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).Select(p => (p > 0.5 ? 0.95 : 0.05, random.NextDouble() < p)).ToList();
        var r = AlertReliability.Of(forecasts, 0.5);
        var top = r.Bins[9];
        Assert.InRange(top.ObservedFrequency, 0.7, 0.8); // forecast 95%, happens 75% of the time
        Assert.True(r.Brier > 0.1);
    }
}
