using System.Globalization;
using Crosscurrents.Core;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Models.Forecasting.Scores;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Scenarios;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Covariates;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Analysis.Scenarios;

/// <summary>Policy scenarios simulated from the fitted dynamics: each file's levers against the status quo, path-paired.</summary>
/// <remarks>
/// Fits the multivariate Hawkes model (<see cref="Analyses.Hawkes"/>) on the covered calibration window, then
/// simulates every scenario and the status quo with <see cref="ScenarioSimulator"/> from the same seeds. Over the
/// horizon the background covariates are: the intercept; the trend held at its level on the last calibration day (a
/// piecewise-linear trend is not extrapolated); the annual harmonic by calendar day; the timeline indicators at 0
/// unless a lever sets them; the after-takeover indicator by date. Deaths are each simulated event's deaths resampled
/// from the target stream's observed events in the calibration window (independent marks). Operations' estimated
/// effects come from an event study (negative binomial, monthly, 3-month windows) of the military operations the
/// timeline lists in the calibration window, so a replay never sees the operation it simulates.
/// </remarks>
public static class ScenarioAnalysis
{
    /// <summary>The simulation in words.</summary>
    public const string ModelDescription = "Monte Carlo of the fitted multivariate Hawkes model (its daily counts simulated day by day: Poisson background and earlier days' offspring, then the same-day cascade, with the levers applied to the background); " +
        "parameters drawn per path from the fit's asymptotic normal (truncated to a stationary process); trend held at its last fitted level; path i seeded by (seed, i)";

    private const double Z90 = LeverEffect.Z90;
    private const int HistoryDays = 365;

    /// <summary>Fits once and simulates every file's scenario and the status quo.</summary>
    /// <exception cref="UsageException">A file is invalid, the files disagree on the fit, or a lever's effect cannot be had from the data and is not stated.</exception>
    public static ScenarioRunResult Run(AnalysisContext context, ScenarioRequest request, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Files.Count == 0)
        {
            throw new UsageException("give at least one scenario file");
        }

        if (request.Paths is < 100 or > 1_000_000)
        {
            throw new UsageException($"--paths: {request.Paths} is outside 100..1,000,000");
        }

        var known = context.StreamCatalog.Select(s => s.Name).ToList();
        var definitions = request.Files.Select(f =>
        {
            try
            {
                return ScenarioFile.Load(f, known);
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException(ex.Message);
            }
        }).ToList();
        var first = definitions[0];
        foreach (var d in definitions.Skip(1))
        {
            if (!d.Streams.SequenceEqual(first.Streams) || d.Target != first.Target || d.CalibrateFrom != first.CalibrateFrom || d.CalibrateTo != first.CalibrateTo || d.HorizonMonths != first.HorizonMonths)
            {
                throw new UsageException($"{d.Path}: its streams, target, calibration window or horizon differ from {first.Path}'s; scenarios compared in one run share one fit (run them separately)");
            }
        }

        return Simulate(context, definitions, request, progress);
    }

    private static ScenarioRunResult Simulate(AnalysisContext context, IReadOnlyList<ScenarioDefinition> definitions, ScenarioRequest request, IProgress<double>? progress)
    {
        var spec = definitions[0];
        var streams = Analyses.Streams(context, string.Join(',', spec.Streams));
        var windowStreams = definitions.SelectMany(d => d.Levers).Where(l => l.EstimateFrom is not null)
            .Select(l => (Analyses.Stream(context, l.EstimateFrom!, "estimate_from"), l.WindowDays)).Distinct().ToList();
        var calibrateTo = spec.CalibrateTo ?? Analyses.Window(context, streams, spec.CalibrateFrom).To;
        var run = Analyses.Hawkes(context, streams, spec.CalibrateFrom, calibrateTo, new CovariateOptions(), request.Seed, windowStreams);
        var fit = run.Fit;
        if (!fit.Usable)
        {
            throw new UsageException($"the Hawkes fit of {string.Join(", ", spec.Streams)} on {run.First:yyyy-MM-dd}..{run.Last:yyyy-MM-dd} has no usable estimates: {fit.Describe()}");
        }

        var notes = new List<string>();
        if (run.CoverageNote.Length > 0)
        {
            notes.Add(run.CoverageNote);
        }

        var target = fit.StreamIndex(spec.Target);
        var start = run.Last.AddDays(1);
        var end = start.AddMonths(spec.HorizonMonths).AddDays(-1);
        var days = end.DayNumber - start.DayNumber + 1;
        var monthStarts = Enumerable.Range(0, spec.HorizonMonths).Select(m => start.AddMonths(m).DayNumber - start.DayNumber).ToArray();
        var covariates = FutureCovariates(fit, start, days);
        var history = fit.Data.Counts.Select(c => c.Skip(Math.Max(0, c.Length - HistoryDays)).ToArray()).ToArray();
        var deathsPerEvent = streams.Select(s => IncidentDeaths(context.Store, s.ToFilter(context.Actors) with { From = run.First, To = run.Last })).ToArray();
        var model = ScenarioModel.FromFit(fit, request.Uncertainty);

        // The threshold: the request's, the file's, or the largest month of the last year of data.
        var lastYear = MonthlyTotals(fit.Data.Counts[target], run.First).TakeLast(12).ToList();
        var (threshold, thresholdSource) = request.Threshold is { } t ? (t, "--threshold")
            : spec.EscalationMonthly is { } e ? (e, $"escalation_monthly in {spec.Path}")
            : (lastYear.Count > 0 ? lastYear.Max() : 0, "the largest month of the last 12 calibration months");

        var observed = Observed(context, streams, target, start, end, monthStarts.Length);
        var sensitivityPaths = request.SensitivityPaths > 0 ? Math.Min(request.SensitivityPaths, request.Paths) : Math.Min(request.Paths, Math.Max(200, request.Paths / 5));
        var setups = definitions.Select(d => Setup(context, d, fit, run, start, days, covariates, history, monthStarts, deathsPerEvent, notes)).ToList();
        var sensitivityRuns = request.Sensitivity ? setups.Sum(s => s.Levers.Count(l => Uncertain(l))) * 2 : 0;
        var totalPaths = (long)request.Paths * (1 + definitions.Count) + ((long)sensitivityPaths * sensitivityRuns);
        // A path is stopped as exploding past 50 times the busiest observed month of all streams, for every month of the
        // horizon (at least a million events): a limit in proportion to the data, as the forecaster's, so a store of
        // millions of events is not cut short where the shipped one is not.
        var busiest = MonthlyTotals(fit.Data.Counts.Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToArray()), run.First).DefaultIfEmpty(0).Max();
        var eventLimit = (int)Math.Min(int.MaxValue, Math.Max(1_000_000, 50 * (1 + busiest) * monthStarts.Length));
        long done = 0;
        var gate = new object();
        var lastReported = -1;
        ScenarioPaths Simulate(ScenarioSetup setup, int paths, IReadOnlyDictionary<int, double>? overrides = null)
        {
            var before = done;
            var result = ScenarioSimulator.Run(model, setup, new ScenarioRunOptions(paths, request.Seed, MaxEventsPerPath: eventLimit, Overrides: overrides), n =>
            {
                if (progress is null)
                {
                    return;
                }

                var percent = (int)(100 * (before + n) / totalPaths);
                lock (gate)
                {
                    if (percent > lastReported)
                    {
                        lastReported = percent;
                        progress.Report(percent / 100.0);
                    }
                }
            });
            done += paths;
            return result;
        }

        var statusQuoSetup = new ScenarioSetup(covariates, history, monthStarts, deathsPerEvent, [], []);
        var statusQuoPaths = Simulate(statusQuoSetup, request.Paths);
        var monthLabels = monthStarts.Select(m => start.AddDays(m).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        var statusQuo = Outcome("status-quo", "Status quo", "No lever: the fitted dynamics continue.", "", [], statusQuoPaths, null, [], target, threshold, monthLabels, observed);
        var outcomes = new List<ScenarioOutcome>();
        for (var i = 0; i < definitions.Count; i++)
        {
            var d = definitions[i];
            var setup = setups[i];
            var paths = Simulate(setup, request.Paths);
            var sensitivity = new List<SensitivityRow>();
            if (request.Sensitivity)
            {
                var baseTotals = statusQuoPaths.Totals(target).Take(sensitivityPaths).ToArray();
                for (var l = 0; l < setup.Levers.Count; l++)
                {
                    var lever = setup.Levers[l];
                    if (!Uncertain(lever))
                    {
                        continue;
                    }

                    double Difference(double z) => ScenarioStatistics.Paired(Simulate(setup, sensitivityPaths, new Dictionary<int, double> { [l] = z }).Totals(target), baseTotals).Average();
                    var (lowRr, highRr) = (RateRatioAt(model, lever, target, -Z90), RateRatioAt(model, lever, target, Z90));
                    var (atLow, atHigh) = (Difference(-Z90), Difference(Z90));
                    sensitivity.Add(new SensitivityRow(lever.Name, lever.Effect.IsAssumed, lowRr, atLow, highRr, atHigh, Math.Abs(atHigh - atLow)));
                }
            }

            var rows = LeverRows(d, setup, model, target);
            outcomes.Add(Outcome(d.Name, d.Title, d.Description, d.Path, rows, paths, statusQuoPaths, sensitivity.OrderByDescending(s => s.Swing).ToList(), target, threshold, monthLabels, observed));
        }

        if (statusQuoPaths.Exploded > 0 || outcomes.Any(o => o.ExplodedPaths > 0))
        {
            notes.Add($"some paths reached the event limit and were cut short (status quo: {statusQuoPaths.Exploded}; scenarios: {string.Join(", ", outcomes.Select(o => $"{o.Name} {o.ExplodedPaths}"))})");
        }

        var scored = new[] { statusQuo }.Concat(outcomes).Where(o => o.Score is not null).ToList();
        var fitRow = new ScenarioFitRow(fit.Streams, run.First, run.Last, fit.Data.T, fit.Describe(), fit.SpectralRadius, fit.CovariateNames);
        var measures = deathsPerEvent[target].Length > 0
            ? $"attacks = events of '{spec.Target}'; deaths = each simulated event's deaths drawn from the {deathsPerEvent[target].Length:N0} observed events of the calibration window (best estimates; marks independent of the excitation)"
            : $"attacks = events of '{spec.Target}'; no deaths (no events with fatalities in the calibration window)";
        return new ScenarioRunResult(spec.Target, start, spec.HorizonMonths, request.Paths, request.Seed, threshold, thresholdSource, fitRow, statusQuo, outcomes,
            ModelDescription, measures, notes, run.Snapshot.Id, run.CoverageNote.Length > 0 ? run.CoverageNote : $"covered {run.First:yyyy-MM-dd}..{run.Last:yyyy-MM-dd}")
        {
            Resembles = scored.Count > 1 ? scored.MinBy(o => o.Score!.MeanCrps)!.Name : null,
        };
    }

    private static bool Uncertain(ScenarioLever lever) => lever.Effect.Kind == LeverEffectKind.Fitted || lever.Effect.LogStdError > 0;

    private static double RateRatioAt(ScenarioModel model, ScenarioLever lever, int target, double z)
    {
        var s = lever.Streams[target] ? target : Array.IndexOf(lever.Streams, true);
        return lever.Effect.Kind == LeverEffectKind.Fitted
            ? Math.Exp(model.Estimates.Gamma[s][lever.Effect.Column] + (z * model.BackgroundStdError(s, lever.Effect.Column)))
            : Math.Exp(lever.Effect.LogRateRatio + (z * lever.Effect.LogStdError));
    }

    private static ScenarioOutcome Outcome(string name, string title, string description, string file, IReadOnlyList<LeverRow> levers, ScenarioPaths paths,
        ScenarioPaths? statusQuo, IReadOnlyList<SensitivityRow> sensitivity, int target, double threshold, IReadOnlyList<string> months, double[]? observed)
    {
        static IReadOnlyList<double> Quantiles(SampleSummary s) => [s.Q05, s.Q25, s.Median, s.Q75, s.Q95];
        static TotalRow Total(IReadOnlyList<double> sample)
        {
            var s = ScenarioStatistics.Summarize(sample);
            return new TotalRow(s.Mean, s.Median, [s.Q05, s.Q95]);
        }

        var fan = Enumerable.Range(0, paths.Months).Select(m =>
        {
            var events = ScenarioStatistics.Summarize(paths.Month(target, m));
            return new FanRow(months[m], Quantiles(events), events.Mean, Quantiles(ScenarioStatistics.Summarize(paths.Month(target, m, deaths: true))), observed?[m]);
        }).ToList();
        var totals = paths.Totals(target);
        var deaths = paths.Totals(target, deaths: true);
        DifferenceRow? difference = null;
        if (statusQuo is not null)
        {
            var d = ScenarioStatistics.Paired(totals, statusQuo.Totals(target));
            difference = new DifferenceRow(Total(d), Total(ScenarioStatistics.Paired(deaths, statusQuo.Totals(target, deaths: true))), d.Count(v => v < 0) / (double)d.Length);
        }

        var assumed = levers.Where(l => l.Assumed).Select(l => $"{l.Name}: rate ratio {Format(l.RateRatio)} (90% {Format(l.Ci90?[0])}–{Format(l.Ci90?[1])}) is assumed ({l.Source}), not estimated from the data").ToList();
        var effectLevers = levers.Where(l => l.Kind != "inject").ToList();
        ReplayScore? score = null;
        if (observed is not null)
        {
            var crps = new List<double>();
            var inside = 0;
            for (var m = 0; m < paths.Months; m++)
            {
                var sample = paths.Month(target, m);
                crps.Add(ForecastScores.Crps(sample, observed[m]));
                var sorted = sample.Order().ToArray();
                inside += observed[m] >= ScenarioStatistics.Quantile(sorted, 0.05) && observed[m] <= ScenarioStatistics.Quantile(sorted, 0.95) ? 1 : 0;
            }

            var total = observed.Sum();
            score = new ReplayScore(paths.Months, crps.Average(), inside / (double)paths.Months, total, totals.Count(v => v <= total) / (double)totals.Length);
        }

        return new ScenarioOutcome(name, title, description, file, effectLevers.Count > 0 && effectLevers.All(l => l.Assumed), assumed, levers, fan, Total(totals), Total(deaths),
            ScenarioStatistics.ShareAbove(paths.MonthlyMaximum(target), threshold), difference, sensitivity, paths.RuleDays.Average(), paths.Exploded)
        {
            Paths = paths,
            Score = score,
        };
    }

    private static string Format(double? v) => v is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static IReadOnlyList<LeverRow> LeverRows(ScenarioDefinition definition, ScenarioSetup setup, ScenarioModel model, int target)
    {
        var rows = new List<LeverRow>();
        var byName = setup.Levers.ToDictionary(l => l.Name, StringComparer.Ordinal);
        foreach (var lever in setup.Levers)
        {
            var kind = definition.Levers.FirstOrDefault(l => lever.Name.StartsWith(l.Name, StringComparison.Ordinal))?.Kind.ToString().ToLowerInvariant() ?? "lever";
            var when = lever.Rule is { } r ? $"for {r.WindowDays} days after any day with a '{model.Streams[r.Stream]}' event killing ≥ {r.MinDeaths.ToString(CultureInfo.InvariantCulture)}"
                : string.Join(", ", lever.Days.Select(d => $"day {d.From}–{d.To}"));
            var effect = lever.Effect.Kind.ToString().ToLowerInvariant();
            rows.Add(new LeverRow(lever.Name, kind, When(definition, lever.Name) ?? when, effect, lever.Effect.IsAssumed, RateRatioAt(model, lever, target, 0),
                [RateRatioAt(model, lever, target, -Z90), RateRatioAt(model, lever, target, Z90)], lever.Effect.Source));
        }

        foreach (var injection in definition.Levers.Where(l => l.Kind == LeverKind.Inject))
        {
            rows.Add(new LeverRow(injection.Name, "inject", $"{injection.Dates[0]:yyyy-MM-dd}: {injection.Count} event(s) of '{injection.Stream ?? definition.Target}' killing {injection.Deaths.ToString(CultureInfo.InvariantCulture)} each",
                "injected", false, null, null, "stated event"));
        }

        _ = byName;
        return rows;
    }

    private static string? When(ScenarioDefinition definition, string leverName)
    {
        var lever = definition.Levers.FirstOrDefault(l => l.Name == leverName);
        return lever is null ? null
            : lever.From is { } f && lever.To is { } t ? $"{f:yyyy-MM-dd}..{t:yyyy-MM-dd}"
            : lever.Dates.Count > 0 ? $"{lever.WindowDays} days after strikes on {string.Join(", ", lever.Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}"
            : null;
    }

    /// <summary>The status quo's covariates over the horizon (see the remarks of <see cref="ScenarioAnalysis"/>).</summary>
    private static Matrix<double> FutureCovariates(HawkesFit fit, DateOnly start, int days)
    {
        var names = fit.CovariateNames;
        var last = fit.Data.Covariates.Row(fit.Data.T - 1);
        return Matrix<double>.Build.Dense(days, names.Count, (t, c) =>
        {
            var day = start.AddDays(t);
            var name = names[c];
            return name switch
            {
                "intercept" => 1,
                "season_sin" => Math.Sin(2 * Math.PI * day.DayOfYear / 365.25),
                "season_cos" => Math.Cos(2 * Math.PI * day.DayOfYear / 365.25),
                "after_taliban_takeover" => day >= DailyCovariates.TalibanTakeover ? 1 : 0,
                "ceasefire_in_force" or "talks_in_progress" => 0,
                _ when name.StartsWith("after_", StringComparison.Ordinal) => 0,
                _ => last[c], // the trend, held at its last level
            };
        });
    }

    private static ScenarioSetup Setup(AnalysisContext context, ScenarioDefinition definition, HawkesFit fit, HawkesRun run, DateOnly start, int days,
        Matrix<double> covariates, double[][] history, int[] monthStarts, double[][] deaths, List<string> notes)
    {
        var levers = new List<ScenarioLever>();
        var injections = new List<ScenarioInjection>();
        var names = fit.CovariateNames.ToList();
        int Day(DateOnly d) => d.DayNumber - start.DayNumber;
        bool[] Mask(LeverDefinition l) => fit.Streams.Select(s => l.Streams is null || l.Streams.Contains(s)).ToArray();
        UsageException Error(LeverDefinition l, string problem) => new($"{definition.Path}, line {l.Line}, lever '{l.Name}': {problem}");
        DayRange Range(LeverDefinition l, DateOnly from, DateOnly to)
        {
            if (to < start || Day(from) >= days)
            {
                throw Error(l, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd} falls outside the simulated {start:yyyy-MM-dd}..{start.AddDays(days - 1):yyyy-MM-dd}");
            }

            return new DayRange(Math.Max(0, Day(from)), Math.Min(days - 1, Day(to)));
        }

        LeverEffect? FittedColumn(LeverDefinition l, string column, bool required)
        {
            var c = names.IndexOf(column);
            if (c >= 0 && fit.RateRatio(fit.StreamIndex(definition.Target), c).Estimable)
            {
                return LeverEffect.Fitted(c, column);
            }

            if (required && l.Effect is null)
            {
                throw Error(l, c < 0
                    ? $"the fit has no '{column}' covariate (nothing of that kind in the calibration window {run.First:yyyy-MM-dd}..{run.Last:yyyy-MM-dd}), so the data cannot estimate this lever: state an effect {{rate_ratio, low, high}}"
                    : $"the data cannot estimate '{column}' (its standard error is too large): state an effect {{rate_ratio, low, high}}");
            }

            return null;
        }

        LeverEffect Stated(LeverDefinition l) => LeverEffect.Assumed(l.Effect!.RateRatio, l.Effect.Low, l.Effect.High, "stated in the scenario file");

        foreach (var l in definition.Levers)
        {
            switch (l.Kind)
            {
                case LeverKind.Ceasefire or LeverKind.Talks:
                {
                    var column = l.Kind == LeverKind.Ceasefire ? "ceasefire_in_force" : "talks_in_progress";
                    var effect = l.Effect is not null ? Stated(l) : FittedColumn(l, column, required: true)!;
                    levers.Add(new ScenarioLever(l.Name, effect, Mask(l), [Range(l, l.From!.Value, l.To!.Value)]));
                    if (l.Kind == LeverKind.Ceasefire)
                    {
                        var regroup = names.FirstOrDefault(n => n.StartsWith("after_ceasefire_end_", StringComparison.Ordinal));
                        if (regroup is not null && FittedColumn(l, regroup, required: false) is { } after)
                        {
                            var window = int.Parse(regroup["after_ceasefire_end_".Length..^1], CultureInfo.InvariantCulture);
                            var end = l.To!.Value.AddDays(1);
                            if (Day(end) < days)
                            {
                                levers.Add(new ScenarioLever($"{l.Name} (regroup after it ends)", after, Mask(l), [Range(l, end, end.AddDays(window - 1))]));
                            }
                        }
                        else
                        {
                            notes.Add($"{definition.Name}: the fit cannot estimate the days after a ceasefire ends, so '{l.Name}' has no regroup window");
                        }
                    }

                    break;
                }

                case LeverKind.Strike:
                {
                    LeverEffect? effect = null;
                    if (l.Covariate is not null)
                    {
                        effect = FittedColumn(l, l.Covariate, required: false);
                    }
                    else if (l.EstimateFrom is not null)
                    {
                        effect = FittedColumn(l, string.Create(CultureInfo.InvariantCulture, $"after_{l.EstimateFrom}_{l.WindowDays}d"), required: false);
                    }

                    if (effect is null)
                    {
                        if (l.Effect is null)
                        {
                            throw Error(l, "the data cannot estimate the effect of strikes here (no estimable window-after covariate in the fit): state an effect {rate_ratio, low, high}");
                        }

                        if (l.Covariate is not null || l.EstimateFrom is not null)
                        {
                            notes.Add($"{definition.Name}: '{l.Name}' could not be estimated from the data; its stated effect is used (assumed)");
                        }

                        effect = Stated(l);
                    }

                    var trigger = l.Stream ?? definition.Target;
                    var ranges = l.Dates.Select(d => Range(l, d.AddDays(1), d.AddDays(l.WindowDays))).ToList();
                    var rule = l.MinDeaths is { } n ? new LeverRule(fit.StreamIndex(trigger), n, l.WindowDays) : null;
                    levers.Add(new ScenarioLever(l.Name, effect, Mask(l), ranges, rule));
                    break;
                }

                case LeverKind.Operation:
                {
                    var effect = l.Estimate ? EstimatedOperations(context, definition, run) : Stated(l);
                    levers.Add(new ScenarioLever(l.Name, effect, Mask(l), [Range(l, l.From!.Value, l.To!.Value)]));
                    break;
                }

                case LeverKind.Inject:
                {
                    var day = Day(l.Dates[0]);
                    if (day < 0 || day >= days)
                    {
                        throw Error(l, $"{l.Dates[0]:yyyy-MM-dd} falls outside the simulated {start:yyyy-MM-dd}..{start.AddDays(days - 1):yyyy-MM-dd}");
                    }

                    injections.Add(new ScenarioInjection(day, fit.StreamIndex(l.Stream ?? definition.Target), l.Count, l.Deaths));
                    break;
                }
            }
        }

        return new ScenarioSetup(covariates, history, monthStarts, deaths, levers, injections);
    }

    /// <summary>The effect of past operations: an event study of the target's monthly counts around the operations the timeline lists in the calibration window.</summary>
    private static LeverEffect EstimatedOperations(AnalysisContext context, ScenarioDefinition definition, HawkesRun run)
    {
        var stream = Analyses.Stream(context, definition.Target, "target");
        var counts = context.Store.Count(stream.ToFilter(context.Actors) with { From = run.First, To = run.Last }, new CountRequest(TimeResolution.Month));
        var series = SeriesBuilder.Build(counts, new SeriesOptions(TimeResolution.Month, From: run.First, To: run.Last), context.Actors);
        var index = series.PeriodStarts.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var operations = context.Timeline.OfKind("military_operation").Where(p => p.Start >= run.First && p.Start <= run.Last).ToList();
        var interventions = operations.Select(p => index.GetValueOrDefault(PeriodCalendar.StartOf(p.Start, TimeResolution.Month), -1)).Where(i => i >= 0).ToList();
        try
        {
            var study = EventStudy.Run(series.Groups[0].Best, interventions, new EventStudyOptions(Window: 3, Placebos: 0, PeriodsPerYear: 12));
            return LeverEffect.Estimated(study.RateRatio, study.Interval.Lower, study.Interval.Upper,
                $"event study of '{definition.Target}' around {interventions.Count} military operations started {run.First:yyyy}–{run.Last:yyyy} (3 months after vs before, NB2, robust 95% CI)");
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"{definition.Path}: the effect of past operations cannot be estimated in {run.First:yyyy-MM-dd}..{run.Last:yyyy-MM-dd} ({ex.Message}); state an effect {{rate_ratio, low, high}}");
        }
    }

    /// <summary>The best death toll of each incident a filter selects (at least 0), counted in the store (an incident
    /// reported by several datasets once, with its lead report's toll, as <c>EventSet.Incidents</c>): memory in the
    /// number of incidents as doubles, never their events.</summary>
    private static double[] IncidentDeaths(IEventStore store, EventFilter filter)
    {
        var tolls = store.Tolls(filter);
        var deaths = new double[tolls.Sum(t => t.Incidents)];
        var at = 0;
        foreach (var (toll, incidents) in tolls)
        {
            Array.Fill(deaths, toll, at, (int)incidents);
            at += (int)incidents;
        }

        return deaths;
    }

    private static List<double> MonthlyTotals(double[] daily, DateOnly first)
    {
        var totals = new List<double>();
        var month = -1;
        for (var t = 0; t < daily.Length; t++)
        {
            var day = first.AddDays(t);
            var m = (day.Year * 12) + day.Month;
            if (m != month)
            {
                totals.Add(0);
                month = m;
            }

            totals[^1] += daily[t];
        }

        // A partial last month is not a month's count.
        if (first.AddDays(daily.Length).Day != 1)
        {
            totals.RemoveAt(totals.Count - 1);
        }

        return totals;
    }

    /// <summary>What happened over the horizon, month by month, when complete sources cover every day of it; else null.</summary>
    private static double[]? Observed(AnalysisContext context, IReadOnlyList<StreamDefinition> streams, int target, DateOnly start, DateOnly end, int months)
    {
        CoveredWindow window;
        try
        {
            window = Analyses.Window(context, streams, start, end);
        }
        catch (UsageException)
        {
            return null;
        }

        if (window.From > start || window.To < end)
        {
            return null;
        }

        var counts = context.Store.Count(streams[target].ToFilter(context.Actors) with { From = start, To = end }, new CountRequest(TimeResolution.Day));
        var daily = DailyDesign.Daily(counts, start, end);
        var totals = MonthlyTotals(daily, start);
        return totals.Count == months ? [.. totals] : null;
    }
}
