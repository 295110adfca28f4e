using System.Globalization;
using Crosscurrents.Core;
using Crosscurrents.Models.Forecasting;
using Crosscurrents.Models.Forecasting.Scores;

namespace Crosscurrents.Analysis.Forecasting;

/// <summary>Alerts for "at least N next month" in each unit, with the costs that set the cut-off and the model whose
/// probabilities are used; the backtest from <see cref="From"/> measures how reliable they are.</summary>
public sealed record AlertsRequest(ForecastRequest Forecast, AlertRule Rule, string Model = "ensemble", string? From = null);

/// <summary>The current alerts, with the rule, the cut-off it implies, and the backtest's reliability beside them.</summary>
public sealed record AlertsResult(string Target, string Event, double MissCost, double FalseAlarmCost, double Cutoff, string Origin, string Month, string Model,
    IReadOnlyList<AlertRow> Units, AlertBacktest Backtest, string Coverage, int Samples, int Seed, string Snapshot);

/// <summary>A unit's probability of the event next month, whether it is an alert, and what drives it.</summary>
public sealed record AlertRow(string Unit, double Probability, bool Alert, double Mean, IReadOnlyList<double> Interval90, IReadOnlyList<string> Drivers);

/// <summary>How the same rule did at every earlier origin (one month ahead): Brier score against the base rate, hit and
/// false-alarm rates at the cut-off, and the reliability diagram.</summary>
public sealed record AlertBacktest(string FirstOrigin, string LastOrigin, int Forecasts, int Events, double? Brier, double? BrierClimatology, double? HitRate,
    double? FalseAlarmRate, IReadOnlyList<ReliabilityRow> Reliability);

/// <summary>A reliability bin: forecasts in the probability range, their mean probability and how often the event happened.</summary>
public sealed record ReliabilityRow(double From, double To, int Forecasts, double? MeanProbability, double? ObservedFrequency);

/// <summary>Early-warning alerts from the forecasts, thresholds from the costs of a miss and of a false alarm.</summary>
public static class AlertsAnalysis
{
    public static AlertsResult Run(AnalysisContext context, AlertsRequest request, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var rule = request.Rule;
        try
        {
            rule.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException($"--{Kebab(ex.ParamName)}: {ex.Message.Split(" (Parameter")[0]}");
        }

        var models = ForecastModels.Standard();
        if (request.Model != Ensemble.Name && models.All(m => m.Name != request.Model))
        {
            throw new UsageException($"unknown model '{request.Model}'; models: {Ensemble.Name}, {string.Join(", ", models.Select(m => m.Name))}");
        }

        var input = ForecastInputs.Build(context, request.Forecast.Stream, ForecastInputs.Target(request.Forecast.Target), ForecastInputs.Units(request.Forecast.By), request.Forecast.Province);
        var options = new BacktestOptions(1, request.Forecast.Samples, request.Forecast.Seed, BrierThreshold: rule.BrierThreshold, MaxDegreeOfParallelism: request.Forecast.Threads);
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException($"--{Kebab(ex.ParamName)} is out of range: {ex.Message.Split(" (Parameter")[0]}");
        }

        var at = ForecastInputs.LastCovered(input.Units);
        var first = Inputs.DateInput.Month(request.From, "--from") ?? input.DefaultFirstOrigin;
        if (first >= at)
        {
            throw new UsageException($"--from {first:yyyy-MM}: the backtest needs origins before the last covered month {at:yyyy-MM}");
        }

        // One run: every origin up to the last covered month is scored one month ahead; the last gives today's forecast.
        var run = Backtest.Run(input.Units, first, at, models, options, new OriginProgress(progress ?? new Progress<double>()));
        var scored = run.Scores.Where(s => s.Model == request.Model && s.Horizon == 1).ToList();
        var reliability = AlertReliability.Of(scored.Select(s => (s.ProbabilityAbove, s.Observed >= rule.AtLeast)).ToList(), rule.Cutoff);
        var c = CultureInfo.InvariantCulture;
        var units = run.Latest.Select(u =>
        {
            var samples = u.Forecasts.Single(f => f.Model == request.Model).Samples[0];
            var p = samples.Count(v => v >= rule.AtLeast) / (double)samples.Length;
            var sorted = samples.Order().ToArray();
            var series = input.Units.Single(x => x.Unit == u.Unit);
            return new AlertRow(u.Unit, p, p >= rule.Cutoff, samples.Average(), [Quantiles.Sorted(sorted, 0.05), Quantiles.Sorted(sorted, 0.95)], Drivers(context, series, at));
        }).OrderByDescending(u => u.Probability).ToList();
        static double? Number(double v) => double.IsFinite(v) ? v : null;
        return new AlertsResult(input.Description, $"at least {rule.AtLeast} {(request.Forecast.Target == "fatalities" ? "deaths" : "events")} in the month",
            rule.MissCost, rule.FalseAlarmCost, rule.Cutoff, at.ToString("yyyy-MM", c), at.AddMonths(1).ToString("yyyy-MM", c), request.Model, units,
            new AlertBacktest(first.ToString("yyyy-MM", c), at.AddMonths(-1).ToString("yyyy-MM", c), reliability.Forecasts, reliability.Events, Number(reliability.Brier),
                Number(reliability.BrierClimatology), Number(reliability.HitRate), Number(reliability.FalseAlarmRate),
                reliability.Bins.Select(b => new ReliabilityRow(b.From, b.To, b.Forecasts, Number(b.MeanProbability), Number(b.ObservedFrequency))).ToList()),
            input.CoverageNote, options.Samples, options.Seed, input.Snapshot);
    }

    /// <summary>What raised or lowered the rate, with sizes: the last three months against the year before them, the year
    /// against the one before, and the timeline periods in force in the month forecast.</summary>
    private static List<string> Drivers(AnalysisContext context, MonthlySeries series, DateOnly origin)
    {
        var c = CultureInfo.InvariantCulture;
        var t = series.IndexOf(origin);
        double? Mean(int from, int to)
        {
            var values = Enumerable.Range(from, to - from + 1).Where(series.IsCovered).Select(i => series.Values[i]).ToList();
            return values.Count == to - from + 1 ? values.Average() : null;
        }

        var drivers = new List<string>();
        if (Mean(t - 2, t) is { } recent && Mean(t - 14, t - 3) is { } before)
        {
            drivers.Add(string.Create(c, $"last 3 months {recent:0.0} a month against {before:0.0} in the 12 before ({Ratio(recent, before)})"));
        }

        if (Mean(t - 11, t) is { } year && Mean(t - 23, t - 12) is { } previous)
        {
            drivers.Add(string.Create(c, $"last 12 months {year:0.0} a month against {previous:0.0} a year earlier ({Ratio(year, previous)})"));
        }

        var month = origin.AddMonths(1);
        var end = month.AddMonths(1).AddDays(-1);
        foreach (var p in context.Timeline.Periods.Where(p => p.Kind is "ceasefire" or "negotiation" or "military_operation" && p.Start <= end && (p.End ?? p.Start.AddDays(90)) >= month))
        {
            drivers.Add($"{p.Kind.Replace('_', ' ')} in force: {p.Description}");
        }

        return drivers;
    }

    private static string Ratio(double a, double b) => b == 0 ? (a == 0 ? "no change" : "up from none") : string.Create(CultureInfo.InvariantCulture, $"×{a / b:0.00}");

    private static string Kebab(string? name) => string.Concat((name ?? "").Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(ch) : ch.ToString()));
}
