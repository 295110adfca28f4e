using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Models.Tests.Forecasting;

public sealed class BaselinesTests
{
    private static readonly MonthlySeries Series = new("u", new DateOnly(2020, 1, 1), [1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, double.NaN, 15]);

    [Fact]
    public void Zero_IsPointMassAtZero()
    {
        var f = new ZeroBaseline().Forecast(Series, 3, 100, 1);
        Assert.Equal(3, f.Horizons);
        Assert.All(f.Samples, s => Assert.All(s, v => Assert.Equal(0, v)));
        Assert.Equal(new DateOnly(2021, 3, 1), f.Origin);
        Assert.Equal(new DateOnly(2021, 4, 1), f.Target(1));
    }

    [Fact]
    public void LastValue_IsPoissonAroundLastCoveredMonth()
    {
        var f = new LastValueBaseline().Forecast(Series, 2, 20000, 7);
        Assert.Equal(15, f.Samples[0].Average(), 1);
        Assert.Equal(15, Variance(f.Samples[1]), 0);
    }

    [Fact]
    public void HistoricalMean_UsesCoveredMonthsOnly_NeverMissingAsZero()
    {
        var f = new HistoricalMeanBaseline().Forecast(Series, 1, 40000, 3);
        var covered = Series.Values.Where(double.IsFinite).Average();
        Assert.Equal(covered, f.Samples[0].Average(), 0.15);
    }

    [Fact]
    public void Conflictology_ResamplesTheCoveredLastTwelveMonths()
    {
        var f = new ConflictologyBaseline().Forecast(Series, 4, 5000, 5);
        var pool = new HashSet<double> { 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15 };
        Assert.All(f.Samples, s => Assert.All(s, v => Assert.Contains(v, pool)));
        Assert.Equal(pool.Count, f.Samples[3].Distinct().Count());
    }

    [Fact]
    public void Forecasts_AreReproducible_GivenTheSeed()
    {
        foreach (var model in ForecastModels.Standard())
        {
            var a = model.Forecast(Series, 3, 200, 11);
            var b = model.Forecast(Series, 3, 200, 11);
            Assert.Equal(a.Samples.SelectMany(s => s), b.Samples.SelectMany(s => s));
        }
    }

    [Fact]
    public void Options_AreValidated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictologyBaseline(new ConflictologyOptions(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistoricalMeanBaseline(new HistoricalMeanOptions(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ZeroBaseline().Forecast(Series, 0, 10, 1));
    }

    private static double Variance(double[] v)
    {
        var m = v.Average();
        return v.Sum(x => (x - m) * (x - m)) / (v.Length - 1);
    }
}
