using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Models.Tests.Forecasting;

public sealed class NegativeBinomialForecasterTests
{
    [Fact]
    public void Forecast_OfStationaryPoissonSeries_IsCentredOnItsRate()
    {
        var series = Simulated.RegimeChange(150, 1000, 8, 8, seed: 3);
        var f = new NegativeBinomialForecaster().Forecast(series, 12, 2000, 1);
        for (var h = 1; h <= 12; h++)
        {
            var s = f.Summary(h);
            Assert.InRange(s.Mean, 6, 10.5);
            Assert.True(s.Lower90 <= 8 && s.Upper90 >= 8, $"h={h}: [{s.Lower90}, {s.Upper90}]");
        }
    }

    [Fact]
    public void Forecast_FollowsALevelShift_ThroughItsLags()
    {
        var series = Simulated.RegimeChange(150, 130, 3, 20, seed: 4);
        var s = new NegativeBinomialForecaster().Forecast(series, 1, 2000, 1).Summary(1);
        Assert.InRange(s.Mean, 12, 28);
    }

    [Fact]
    public void Forecast_LeavesMissingMonthsOut_AndFallsBackWhenTooFewAreCovered()
    {
        var values = Enumerable.Repeat(double.NaN, 100).ToArray();
        for (var t = 90; t < 100; t++)
        {
            values[t] = 5;
        }

        // Ten covered months are too few for the regression: the historical mean of them (5, no spread) is used.
        var f = new NegativeBinomialForecaster().Forecast(new MonthlySeries("u", new DateOnly(2000, 1, 1), values), 2, 4000, 1);
        Assert.Equal(5, f.Samples[0].Average(), 0.3);
        Assert.Equal("nb", f.Model);
    }

    [Fact]
    public void Forecast_OfAllZeroHistory_IsZero()
    {
        var f = new NegativeBinomialForecaster().Forecast(new MonthlySeries("u", new DateOnly(2000, 1, 1), new double[60]), 3, 500, 1);
        Assert.All(f.Samples, s => Assert.All(s, v => Assert.Equal(0, v)));
    }

    [Fact]
    public void Options_AreValidated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NegativeBinomialForecaster(new NegativeBinomialForecastOptions(TrainingMonths: 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NegativeBinomialForecaster(new NegativeBinomialForecastOptions(MeanCap: 0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NegativeBinomialForecaster(new NegativeBinomialForecastOptions(MinimumRows: 40, SeasonRows: 36)));
    }
}
