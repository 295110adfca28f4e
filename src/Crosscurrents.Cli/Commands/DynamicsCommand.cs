using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Series.Covariates;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents dynamics fit</c>: a multivariate Hawkes model of daily counts with timeline covariates.</summary>
internal static class DynamicsCommand
{
    /// <summary>More slope changes than this leave too few days per trend piece to tell trend from excitation.</summary>
    private const int MaxKnots = 40;

    public static Command Create(CliContext context)
    {
        var streams = new Option<string>("--streams") { Description = "Comma-separated streams (data/streams.csv), e.g. ttp,bla", DefaultValueFactory = _ => "ttp,baloch" };
        var from = new Option<string>("--from") { Description = "First day (yyyy, yyyy-MM or yyyy-MM-dd)", DefaultValueFactory = _ => "2007" };
        var to = new Option<string>("--to") { Description = "Last day (default: the last event in the store)" };
        var afterCeasefire = OptionRange.Int("--after-ceasefire", "Days in the 'after a ceasefire ended' window (0: leave out)", 30, 0, 365);
        var windowAfter = new Option<string[]>("--window-after") { Description = "STREAM:DAYS, repeatable: a background covariate for the DAYS days after an event of STREAM (estimates deterrence, e.g. pak-strikes-afg:14)", AllowMultipleArgumentsPerToken = true };
        var bootstrap = OptionRange.Int("--bootstrap", "Parametric bootstrap replications for the branching ratios (0: Wald intervals only)", 0, 0, 1000);
        var knots = OptionRange.Int("--trend-knots", "Slope changes in the background trend (evenly spaced; 0 = straight line; -1: chosen by BIC among 0, 1, 2, 4, 6, 9, 12, at most one a year)", -1, -1, MaxKnots);
        var chart = new Option<string>("--chart") { Description = "Write the branching matrix as a heat map: FILE.png or FILE.svg" };
        var qq = new Option<string>("--qq") { Description = "Write the QQ plot of the time-rescaling residuals: FILE.png or FILE.svg" };
        var seed = new Option<int>("--seed") { Description = "Seed of the randomised residuals", DefaultValueFactory = _ => 1 };
        var fit = new Command("fit", "Fit a multivariate Hawkes model: who excites whom (branching ratios with intervals), half-lives, background rate ratios for ceasefires, talks and the 2021 takeover, goodness of fit.")
        {
            streams, from, to, afterCeasefire, windowAfter, knots, bootstrap, chart, qq, seed,
        };
        fit.SetAction(result =>
        {
            var afterCeasefireDays = OptionRange.Get(result, afterCeasefire, 0, 365);
            var replications = OptionRange.Get(result, bootstrap, 0, 1000);
            var trendKnots = OptionRange.Get(result, knots, -1, MaxKnots);
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            var chosen = Analyses.Streams(workspace, result.GetValue(streams)!);
            var windows = (result.GetValue(windowAfter) ?? []).Select(w =>
            {
                var parts = w.Split(':');
                return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and <= 365
                    ? (Analyses.Stream(workspace, parts[0], "--window-after"), d)
                    : throw new UsageException($"--window-after '{w}': give STREAM:DAYS with DAYS from 1 to 365, e.g. pak-strikes-afg:14");
            }).ToList();
            using var store = workspace.OpenStore(readOnly: true);
            var window = Analyses.Window(store, actors, chosen, FilterOptions.Date(result.GetValue(from), "--from", end: false), FilterOptions.Date(result.GetValue(to), "--to", end: true));
            var (first, last) = (window.From, window.To);
            if (window.Note.Length > 0)
            {
                context.Error.WriteLine($"note: {window.Note}");
            }
            var run = context.WithProgress("fitting", progress =>
            {
                var r = Analyses.Hawkes(store, workspace, actors, chosen, first, last,
                    new CovariateOptions(afterCeasefireDays, TrendKnots: Math.Max(0, trendKnots)), result.GetValue(seed), windows, chooseTrendKnots: trendKnots < 0);
                progress.Report(1);
                return r;
            });
            var (data, model, gof, snapshot) = (run.Data, run.Fit, run.GoodnessOfFit, run.Snapshot);
            var bootstrapped = model.Usable && replications > 0
                ? context.WithProgress($"bootstrap ({replications} refits)", progress =>
                {
                    var b = HawkesModel.Bootstrap(model, result.GetValue(seed), model.Options with { BootstrapReplications = replications });
                    progress.Report(1);
                    return b;
                })
                : null;
            HawkesInterval? Bootstrapped(int j, int i) => bootstrapped?.Branching(j, i);
            var names = data.CovariateNames;
            var counts = data.Counts;
            var days = data.T;
            var selection = run.TrendSelection;
            ChartStyle.UseFont(workspace.FontFile);
            if (!model.Usable)
            {
                return NotUsable(context, result, run, first, last);
            }

            if (result.GetValue(chart) is { } chartPath)
            {
                ChartFile.Save(DynamicsChart.BranchingHeatmap(model, $"Branching ratios, {first:yyyy-MM-dd} to {last:yyyy-MM-dd} (data {snapshot.Id})"), chartPath, 900, 700);
                context.Error.WriteLine($"wrote chart {Path.GetFullPath(chartPath)}");
            }

            if (result.GetValue(qq) is { } qqPath && gof is not null)
            {
                ChartFile.Save(DynamicsChart.QqPlot(gof, data.Streams, "Time-rescaling residuals"), qqPath, 800, 700);
                context.Error.WriteLine($"wrote chart {Path.GetFullPath(qqPath)}");
            }

            var k = data.K;
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    streams = data.Streams,
                    from = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    to = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    events = counts.Select(c => c.Sum()),
                    background = Enumerable.Range(0, k).Select(i => new
                    {
                        stream = data.Streams[i],
                        rateRatios = names.Select((n, c) => { var r = model.RateRatio(i, c); return new { covariate = n, rateRatio = r.RateRatio, ci95 = r.Estimable ? new[] { Finite(r.Lower), Finite(r.Upper) } : null, estimable = r.Estimable }; }),
                    }),
                    branching = Enumerable.Range(0, k).SelectMany(j => Enumerable.Range(0, k).Select(i =>
                    {
                        var b = model.Branching(j, i);
                        var boot = Bootstrapped(j, i);
                        return new { from = data.Streams[j], to = data.Streams[i], estimate = b.Estimate, stdError = Finite(b.StdError), ci95 = new[] { Finite(b.Lower), Finite(b.Upper) }, atBound = b.AtBound, bootstrapCi95 = boot is { } x ? new[] { Finite(x.Lower), Finite(x.Upper) } : null };
                    })),
                    halfLifeDays = Enumerable.Range(0, k).Select(j => { var h = model.HalfLife(j); return new { stream = data.Streams[j], halfLife = h.HalfLife, ci95 = h.Identified ? new[] { Finite(h.Lower), Finite(h.Upper) } : null, identified = h.Identified, withinDay = h.WithinDay }; }),
                    triggeredShare = model.TriggeredShare,
                    spectralRadius = model.SpectralRadius,
                    logLikelihood = model.LogLikelihood,
                    aic = model.Aic,
                    bic = model.Bic,
                    usable = true,
                    converged = model.Usable,
                    exitReason = model.ExitReason.ToString(),
                    notes = model.Notes,
                    trendKnots = Trend(selection, data),
                    ks = gof!.KsStatistic.Select((d, i) => new { stream = data.Streams[i], d = Finite(d), p = Finite(gof.KsPValue[i]) }),
                    model = Model,
                    seed = result.GetValue(seed),
                    snapshot = snapshot.Id,
                }));
                return 0;
            }

            var c = CultureInfo.InvariantCulture;
            context.Console.MarkupLineInterpolated($"Hawkes model of daily counts, {first:yyyy-MM-dd} to {last:yyyy-MM-dd} ({days:N0} days); data snapshot {snapshot.Id}");
            var background = new Table().AddColumn("background rate ratio (95% CI)");
            foreach (var s in data.Streams)
            {
                background.AddColumn(s);
            }

            for (var col = 1; col < names.Count; col++)
            {
                if (names[col].StartsWith("trend", StringComparison.Ordinal))
                {
                    continue; // nuisance terms of the piecewise trend; all of them are in --json
                }

                background.AddRow([names[col], .. Enumerable.Range(0, k).Select(i =>
                {
                    var r = model.RateRatio(i, col);
                    return !r.Estimable
                        ? "not estimable (no or too few events on those days; see the notes)"
                        : string.Create(c, $"{r.RateRatio:0.00} ({r.Lower:0.00}–{r.Upper:0.00})");
                })]);
            }

            context.Console.Write(background);
            context.Console.MarkupLineInterpolated($"(background also has a piecewise-linear trend with {names.Count(n => n.StartsWith("trend_change", StringComparison.Ordinal))} slope changes; --json lists every term)");
            var branching = new Table().AddColumn("branching ratio: from ↓ to →");
            foreach (var s in data.Streams)
            {
                branching.AddColumn(s);
            }

            for (var j = 0; j < k; j++)
            {
                branching.AddRow([data.Streams[j], .. Enumerable.Range(0, k).Select(i =>
                {
                    var b = model.Branching(j, i);
                    var boot = Bootstrapped(j, i) is { } x ? string.Create(c, $"; bootstrap {x.Lower:0.000}–{x.Upper:0.000}") : "";
                    return string.Create(c, $"{b.Estimate:0.000} ({b.Lower:0.000}–{b.Upper:0.000}{boot}){(b.AtZero ? " at 0" : "")}");
                })]);
            }

            context.Console.Write(branching);
            var summary = new Table().AddColumns("stream", "events", "half-life of its excitation (days, 95% CI)", "share triggered", "KS D (p)");
            for (var j = 0; j < k; j++)
            {
                var h = model.HalfLife(j);
                summary.AddRow(data.Streams[j], counts[j].Sum().ToString("N0", c), h.Identified ? string.Create(c, $"{h.HalfLife:0.0} ({h.Lower:0.0}–{h.Upper:0.0})") : h.WithinDay ? string.Create(c, $"< {h.HalfLife:0.0#} (offspring on the same day)") : "not identified (excites nothing)",
                    model.TriggeredShare[j].ToString("P0", c), string.Create(c, $"{gof!.KsStatistic[j]:0.000} ({gof.KsPValue[j]:0.000})"));
            }

            context.Console.Write(summary);
            if (selection is not null)
            {
                context.Console.MarkupLineInterpolated($"{HawkesTrendSelection.Rule}: {selection.TrendKnots} of {string.Join(", ", selection.Candidates.Select(x => x.TrendKnots))}; self-excitation over the candidates: {string.Join("; ", Enumerable.Range(0, k).Select(j => { var (lo, hi) = selection.BranchingRange(j, j); return string.Create(c, $"{data.Streams[j]} {lo:0.000}–{hi:0.000}"); }))}");
            }

            foreach (var note in model.Notes)
            {
                context.Console.MarkupLineInterpolated($"note: {note}");
            }

            context.Console.MarkupLineInterpolated($"log-likelihood {model.LogLikelihood:0.0}, AIC {model.Aic:0.0}, BIC {model.Bic:0.0}, spectral radius {model.SpectralRadius:0.000}, fit {model.Describe()} ({model.Iterations} iterations)");
            return 0;
        });
        var command = new Command("dynamics", "Escalation and retaliation dynamics between streams.") { fit };
        return command;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private const string Model = "multivariate Hawkes for events dated to the day: exponential kernels over later days and a generalised-Poisson same-day cascade (same-day offspring included), log-linear background; SEs from observed information";

    private static object? Trend(HawkesTrendSelection? selection, HawkesData data) => selection is null ? null : new
    {
        chosen = selection.TrendKnots,
        rule = HawkesTrendSelection.Rule,
        candidates = selection.Candidates.Select(x => new
        {
            knots = x.TrendKnots,
            bic = Finite(x.Bic),
            exitReason = x.ExitReason.ToString(),
            branching = x.Branching is null ? null : Enumerable.Range(0, data.K).SelectMany(j => Enumerable.Range(0, data.K).Select(i => new { from = data.Streams[j], to = data.Streams[i], estimate = x.Branching[j, i] })),
        }),
    };

    /// <summary>A fit that did not converge, or ended on a bound, or has a singular information: the reason and no estimates.</summary>
    private static int NotUsable(CliContext context, ParseResult result, HawkesRun run, DateOnly first, DateOnly last)
    {
        var model = run.Fit;
        if (CliContext.Json(result))
        {
            context.Out.WriteLine(ResultJson.Serialize(new
            {
                streams = model.Streams,
                from = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                to = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                events = run.Data.Counts.Select(c => c.Sum()),
                usable = false,
                converged = false,
                exitReason = model.ExitReason.ToString(),
                exitDetail = model.ExitDetail,
                message = model.Describe(),
                notes = model.Notes,
                trendKnots = Trend(run.TrendSelection, run.Data),
                model = Model,
                snapshot = run.Snapshot.Id,
            }));
            return 0;
        }

        context.Console.MarkupLineInterpolated($"Hawkes model of daily counts, {first:yyyy-MM-dd} to {last:yyyy-MM-dd} ({run.Data.T:N0} days); data snapshot {run.Snapshot.Id}");
        context.Console.MarkupLineInterpolated($"[red]No usable estimates[/]: the fit {model.Describe()} (exit reason {model.ExitReason}). Branching ratios, half-lives and rate ratios are not shown.");
        foreach (var note in model.Notes)
        {
            context.Console.MarkupLineInterpolated($"note: {note}");
        }

        context.Error.WriteLine("try fewer streams, a shorter span, or --trend-knots 0");
        return 0;
    }
}
