using Crosscurrents.Models.Forecasting;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Models.Tests.Forecasting;

public sealed class HawkesForecasterTests
{
    private static readonly DateOnly Start = new(2010, 1, 1);

    /// <summary>A continuous-time Hawkes process (not the daily model) binned to days, with its monthly totals.</summary>
    private static MonthlySeries Continuous(int months, double mu, double alpha, double beta, int seed)
    {
        var days = Start.AddMonths(months).DayNumber - Start.DayNumber;
        var times = ContinuousHawkesSimulator.Simulate(mu, alpha, beta, days, new Random(seed));
        var daily = ContinuousHawkesSimulator.DailyCounts(times, days);
        var deaths = daily.Select((n, d) => n * (1 + (d % 3))).ToArray();
        var values = Enumerable.Range(0, months).Select(m =>
        {
            var (a, b) = (Start.AddMonths(m).DayNumber - Start.DayNumber, Start.AddMonths(m + 1).DayNumber - Start.DayNumber);
            return daily[a..b].Sum();
        }).ToArray();
        return new MonthlySeries("sim", Start, values) { Daily = new DailyHistory(Start, daily, deaths, DailyTarget.Events) };
    }

    [Fact]
    public void Backtest_OnContinuousHawkesData_CoversHeldOutMonthsAtAboutTheNominalRate()
    {
        // Background 0.4/day, branching 0.5, half-life 1.4 days: about 24 events a month, clustered within days.
        var series = Continuous(96, 0.4, 0.5, 0.5, seed: 11);
        var run = Backtest.Run([series], Start.AddMonths(36), Start.AddMonths(92), [new HawkesForecaster()],
            new BacktestOptions(Horizons: 3, Samples: 300, Ensemble: false));
        Assert.Empty(run.Failures);
        var scores = run.Scores.Where(s => s.Model == HawkesForecaster.ModelName).ToList();
        Assert.Equal(57 * 3, scores.Count);
        var cover90 = scores.Average(s => s.Covered90 ? 1.0 : 0.0);
        var cover50 = scores.Average(s => s.Covered50 ? 1.0 : 0.0);
        Assert.InRange(cover90, 0.82, 0.98);
        Assert.InRange(cover50, 0.38, 0.66);

        // And it is sharper than resampling the last year, the strongest baseline on such data.
        var withBaseline = Backtest.Run([series], Start.AddMonths(36), Start.AddMonths(92), [new ConflictologyBaseline(), new HawkesForecaster()],
            new BacktestOptions(Horizons: 1, Samples: 300, Ensemble: false));
        var crps = withBaseline.Summary().ToDictionary(s => s.Model, s => s.Crps);
        Assert.True(crps[HawkesForecaster.ModelName] < crps["conflictology"] * 1.05, $"hawkes {crps[HawkesForecaster.ModelName]:F3}, conflictology {crps["conflictology"]:F3}");
    }

    [Fact]
    public void Forecast_OfDeaths_ResamplesTheWindowsDeathsPerEvent()
    {
        var series = Continuous(48, 0.4, 0.3, 0.5, seed: 3);
        var deathsSeries = series with { Daily = series.Daily! with { Target = DailyTarget.Deaths } };
        var events = new HawkesForecaster().Forecast(series, 2, 200, 5);
        var deaths = new HawkesForecaster().Forecast(deathsSeries, 2, 200, 5);
        Assert.True(events.IsForecast && deaths.IsForecast);

        // Deaths per event are 1, 2 or 3 (mean 2): each path's deaths lie between its events and three times them.
        for (var j = 0; j < 200; j++)
        {
            Assert.InRange(deaths.Samples[0][j], events.Samples[0][j], 3 * events.Samples[0][j]);
        }

        Assert.InRange(deaths.Samples[0].Average() / events.Samples[0].Average(), 1.8, 2.2);
    }

    [Fact]
    public void Backtest_WithHawkes_IsIdentical_WhateverTheNumberOfThreads()
    {
        var series = Continuous(60, 0.3, 0.4, 0.5, seed: 7);
        var models = ForecastModels.WithHawkes();
        BacktestResult Run(int threads) => Backtest.Run([series, series with { Unit = "other" }], Start.AddMonths(40), Start.AddMonths(50), models,
            new BacktestOptions(Horizons: 2, Samples: 100, MaxDegreeOfParallelism: threads));
        var (one, two) = (Run(1), Run(2));
        Assert.Contains(one.Scores, s => s.Model == HawkesForecaster.ModelName);
        Assert.Equal(one.Scores, two.Scores);
        Assert.Equal(one.Failures, two.Failures);
    }

    [Fact]
    public void Forecast_NeverLooksAhead_ChangingDaysAfterTheOriginChangesNothing()
    {
        var series = Continuous(60, 0.3, 0.4, 0.5, seed: 9);
        const int origin = 47;
        var daily = series.Daily!;
        var cut = daily.IndexOf(series.Month(origin + 1));
        var changedDaily = daily.Events.Select((v, d) => d >= cut ? v + 40 : v).ToArray();
        var changed = series with
        {
            Values = series.Values.Select((v, t) => t > origin ? v * 5 : v).ToArray(),
            Daily = daily with { Events = changedDaily },
        };
        var model = new HawkesForecaster();
        var a = model.Forecast(series.Through(origin), 3, 100, 1);
        var b = model.Forecast(changed.Through(origin), 3, 100, 1);
        Assert.True(a.IsForecast);
        Assert.Equal(series.Month(origin + 1).AddDays(-1), series.Through(origin).Daily!.LastDay);
        for (var h = 0; h < 3; h++)
        {
            Assert.Equal(a.Samples[h], b.Samples[h]);
        }
    }

    [Fact]
    public void Forecast_WhenTheFitDoesNotConverge_CannotForecast_AndTheBacktestRecordsWhy()
    {
        var series = Continuous(48, 0.3, 0.4, 0.5, seed: 5);
        var stuck = new HawkesForecaster(options: new HawkesForecastOptions { Fit = HawkesFitOptions.Default with { MaxIterations = 1, Restarts = 0, Starts = 1 } });
        var forecast = stuck.Forecast(series, 2, 50, 1);
        Assert.False(forecast.IsForecast);
        Assert.Empty(forecast.Samples);
        Assert.Contains("did not converge", forecast.Failure, StringComparison.Ordinal);

        var run = Backtest.Run([series], Start.AddMonths(40), Start.AddMonths(45), [new ConflictologyBaseline(), stuck], new BacktestOptions(Horizons: 2, Samples: 50));
        Assert.Equal(6, run.Failures.Count);
        Assert.All(run.Failures, f => Assert.Equal(HawkesForecaster.ModelName, f.Model));
        Assert.DoesNotContain(run.Scores, s => s.Model == HawkesForecaster.ModelName);

        // The ensemble mixes the members that did forecast: here the baseline alone.
        var ensemble = run.Scores.Where(s => s.Model == Ensemble.Name).ToList();
        var baseline = run.Scores.Where(s => s.Model == "conflictology").ToList();
        Assert.Equal(baseline.Select(s => s.Crps), ensemble.Select(s => s.Crps));
    }

    [Fact]
    public void Forecast_WithoutADailyHistory_OrWithTooFewEvents_CannotForecast()
    {
        var monthly = new MonthlySeries("picss", Start, Enumerable.Repeat(30.0, 36).ToArray());
        var a = new HawkesForecaster().Forecast(monthly, 1, 10, 1);
        Assert.Contains("no daily history", a.Failure, StringComparison.Ordinal);

        var days = Start.AddMonths(36).DayNumber - Start.DayNumber;
        var sparse = new MonthlySeries("sparse", Start, Enumerable.Repeat(0.0, 36).ToArray()) { Daily = new DailyHistory(Start, new double[days], null, DailyTarget.Events) };
        var b = new HawkesForecaster().Forecast(sparse, 1, 10, 1);
        Assert.Contains("0 events in the fit window", b.Failure, StringComparison.Ordinal);

        var gap = sparse with { Values = sparse.Values.Select((v, t) => t == 30 ? double.NaN : v).ToArray() };
        Assert.Contains("only 5 covered months", new HawkesForecaster().Forecast(gap, 1, 10, 1).Failure, StringComparison.Ordinal);
    }
}
