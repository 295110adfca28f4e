using System.Collections.Concurrent;
using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Models.Tests.Forecasting;

public sealed class BacktestTests
{
    private static readonly DateOnly Start = new(2000, 1, 1);

    [Fact]
    public void Scores_OfConstructedCase_AreTheKnownValues()
    {
        // Three events every month, forecast by the zero baseline: CRPS 3, MIS 20·3 = 60, never covered, Brier 1,
        // ignorance −log₂(1/(n + 11)) since no draw falls in the bin [2.5, 5.5).
        var series = new MonthlySeries("u", Start, Enumerable.Repeat(3.0, 60).ToArray());
        var result = Backtest.Run([series], Start.AddMonths(30), Start.AddMonths(59), [new ZeroBaseline()],
            new BacktestOptions(Horizons: 3, Samples: 1000, Ensemble: false));
        Assert.Equal((27 * 3) + 2 + 1, result.Scores.Count);
        Assert.All(result.Scores, s =>
        {
            Assert.Equal(3, s.Crps);
            Assert.Equal(60, s.IntervalScore90);
            Assert.False(s.Covered90);
            Assert.Equal(1, s.Brier);
            Assert.Equal(-Math.Log2(1.0 / 1011), s.Ignorance, 12);
        });
    }

    [Fact]
    public void Scores_OfAllZeroSeries_AreZeroForEveryModel()
    {
        var series = new MonthlySeries("u", Start, new double[60]);
        var result = Backtest.Run([series], Start.AddMonths(30), Start.AddMonths(50), ForecastModels.Standard(), new BacktestOptions(Horizons: 2, Samples: 1000));
        Assert.All(result.Scores, s => Assert.Equal(0, s.Crps));
        Assert.All(result.Scores, s => Assert.True(s.Covered50 && s.Covered90));
    }

    [Fact]
    public void Backtest_NeverLooksAhead()
    {
        var spy = new SpyModel();
        var series = Simulated.RegimeChange(80, 1000, 5, 5, seed: 1);
        Backtest.Run([series], Start.AddMonths(30), Start.AddMonths(79), [spy, new ZeroBaseline()], new BacktestOptions(Horizons: 4, Samples: 10));
        Assert.All(spy.Seen, s => Assert.Equal(s.Origin, s.History.Month(s.History.Count - 1)));
        Assert.Equal(50, spy.Seen.Count);

        // Changing the data after a month changes no forecast made before it.
        var changed = series with { Values = series.Values.Select((v, t) => t > 60 ? v + 50 : v).ToArray() };
        var models = ForecastModels.Standard();
        var options = new BacktestOptions(Horizons: 3, Samples: 300);
        var a = Backtest.Run([series], Start.AddMonths(30), Start.AddMonths(79), models, options).Scores.Where(s => s.Target <= Start.AddMonths(60));
        var b = Backtest.Run([changed], Start.AddMonths(30), Start.AddMonths(79), models, options).Scores.Where(s => s.Target <= Start.AddMonths(60));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Backtest_NeverScoresOrUsesMissingMonths()
    {
        var values = Simulated.RegimeChange(90, 1000, 6, 6, seed: 2).Values.ToArray();
        for (var t = 50; t < 56; t++)
        {
            values[t] = double.NaN;
        }

        var series = new MonthlySeries("u", Start, values);
        var result = Backtest.Run([series], Start.AddMonths(30), Start.AddMonths(89), ForecastModels.Standard(), new BacktestOptions(Horizons: 3, Samples: 200));
        Assert.DoesNotContain(result.Scores, s => series.IndexOf(s.Origin) is >= 50 and < 56);
        Assert.DoesNotContain(result.Scores, s => series.IndexOf(s.Target) is >= 50 and < 56);
        Assert.All(result.Scores, s => Assert.False(double.IsNaN(s.Crps)));
        Assert.Contains(result.Scores, s => s.Origin == Start.AddMonths(47) && s.Horizon == 2 && s.Model == "nb");
        Assert.Contains(result.Scores, s => s.Origin == Start.AddMonths(56) && s.Horizon == 1 && s.Model == "nb");
        Assert.DoesNotContain(result.Scores, s => s.Origin == Start.AddMonths(49));
    }

    [Fact]
    public void Backtest_IsIdentical_WhateverTheNumberOfThreads()
    {
        var units = new[] { Simulated.RegimeChange(80, 40, 2, 9, seed: 5), Simulated.Clustered(80, 1, 0.2, 0.6, seed: 6) with { Unit = "b" } };
        var one = Backtest.Run(units, Start.AddMonths(30), Start.AddMonths(79), ForecastModels.Standard(), new BacktestOptions(Horizons: 3, Samples: 200, MaxDegreeOfParallelism: 1));
        var two = Backtest.Run(units, Start.AddMonths(30), Start.AddMonths(79), ForecastModels.Standard(), new BacktestOptions(Horizons: 3, Samples: 200, MaxDegreeOfParallelism: 2));
        Assert.Equal(one.Scores, two.Scores);
        Assert.Equal(one.Latest.Single(l => l.Unit == "b").Forecasts.Select(f => f.Samples[2].Sum()), two.Latest.Single(l => l.Unit == "b").Forecasts.Select(f => f.Samples[2].Sum()));
    }

    [Theory]
    [InlineData("regime")]
    [InlineData("clustered")]
    public void NegativeBinomial_IntervalsCoverAbout90Percent_AndBeatZero_OnSeriesItDidNotGenerate(string process)
    {
        var series = process == "regime"
            ? Simulated.RegimeChange(260, 130, 4, 12, seed: 21)
            : Simulated.Clustered(260, 1.5, 0.25, 0.7, seed: 22);
        var result = Backtest.Run([series], Start.AddMonths(60), Start.AddMonths(259), [new ZeroBaseline(), new NegativeBinomialForecaster()],
            new BacktestOptions(Horizons: 3, Samples: 1000, Ensemble: false));
        var nb = result.Scores.Where(s => s.Model == "nb").ToList();
        var zero = result.Scores.Where(s => s.Model == "zero").ToList();
        var coverage = nb.Average(s => s.Covered90 ? 1.0 : 0.0);
        Assert.InRange(coverage, 0.85, 0.97);
        Assert.True(nb.Average(s => s.Crps) < 0.5 * zero.Average(s => s.Crps));
        var skill = result.Skill().Single(s => s.Model == "nb" && s.Horizon == 1);
        Assert.Equal("zero", skill.BestBaseline);
        Assert.True(skill.Skill > 0.5 && skill.Test.PValue < 0.001, $"skill {skill.Skill}, p {skill.Test.PValue}");
    }

    [Fact]
    public void Options_AreValidated()
    {
        var series = new MonthlySeries("u", Start, new double[30]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Backtest.Run([series], Start, Start.AddMonths(29), [new ZeroBaseline()], new BacktestOptions(Samples: 0)));
        Assert.Throws<ArgumentException>(() => Backtest.Run([series], Start, Start.AddMonths(29), [new ZeroBaseline(), new ZeroBaseline()]));
    }

    private sealed class SpyModel : IForecastModel
    {
        public ConcurrentBag<(DateOnly Origin, MonthlySeries History)> Seen { get; } = [];

        public string Name => "spy";

        public bool IsBaseline => false;

        public ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed)
        {
            Seen.Add((history.Month(history.Count - 1), history));
            return new ZeroBaseline().Forecast(history, horizons, samples, seed) with { Model = Name };
        }
    }
}
