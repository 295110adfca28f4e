using System.Globalization;
using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Models.Hawkes;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for <see cref="DynamicsResult"/>: rate ratios, branching ratios, half-lives, fit quality.</summary>
public static class DynamicsView
{
    public static void Write(IAnsiConsole console, DynamicsResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        console.MarkupLineInterpolated($"Hawkes model of daily counts, {result.From:yyyy-MM-dd} to {result.To:yyyy-MM-dd} ({result.Days:N0} days); data snapshot {result.Snapshot}");
        if (!result.Usable)
        {
            console.MarkupLineInterpolated($"[red]No usable estimates[/]: the fit {result.Message} (exit reason {result.ExitReason}). Branching ratios, half-lives and rate ratios are not shown.");
            Notes(console, result);
            return;
        }

        var streams = result.Streams;
        foreach (var b in result.BackgroundSummary!)
        {
            var levels = new Table().AddColumns($"{b.Stream}: background level", "events per month (95% CI)");
            foreach (var l in b.Levels)
            {
                levels.AddRow(l.Date.ToString("yyyy-MM-dd", c), l.PerMonth is { } v ? string.Create(c, $"{v:0.0} ({l.Ci95![0]:0.0}–{l.Ci95[1]:0.0})") : "not estimable");
            }

            foreach (var t in b.Trend)
            {
                levels.AddRow(Markup.Escape($"trend {t.From:yyyy-MM}..{t.To:yyyy-MM}"), t.PercentPerYear is { } v ? string.Create(c, $"{v:+0;-0}% a year ({t.Ci95![0]:+0;-0}% to {t.Ci95[1]:+0;-0}%)") : "not estimable");
            }

            foreach (var p in b.Periods)
            {
                levels.AddRow(Markup.Escape($"{p.Covariate.Replace('_', ' ')} ({p.Days:N0} days)"), p.RateRatio is { } v ? string.Create(c, $"× {v:0.00} ({p.Ci95![0]:0.00}–{p.Ci95[1]:0.00})") : Markup.Escape(p.NotShown ?? ""));
            }

            console.Write(levels);
        }

        console.MarkupLine("(levels: background events outside every period, season averaged, triggered events not counted; periods: rate ratios on the background; --json lists every coefficient)");
        var branching = new Table().AddColumn("branching ratio: from ↓ to →");
        foreach (var s in streams)
        {
            branching.AddColumn(s);
        }

        foreach (var from in streams)
        {
            branching.AddRow([from, .. streams.Select(to =>
            {
                var b = result.Branching!.Single(x => x.From == from && x.To == to);
                var boot = b.BootstrapCi95 is [var lo, var hi] ? string.Create(c, $"; bootstrap {lo:0.000}–{hi:0.000}") : "";
                return string.Create(c, $"{b.Estimate:0.000} ({b.Ci95[0]:0.000}–{b.Ci95[1]:0.000}{boot}){(b.AtZero ? " at 0" : "")}");
            })]);
        }

        console.Write(branching);
        var summary = new Table().AddColumns("stream", "events", "half-life of its excitation (days, 95% CI)", "share triggered", "KS D (p)");
        for (var j = 0; j < streams.Count; j++)
        {
            var h = result.HalfLifeDays![j];
            var ks = result.Ks![j];
            summary.AddRow(streams[j], result.Events[j].ToString("N0", c),
                h.Identified ? string.Create(c, $"{h.HalfLife:0.0} ({h.Ci95![0]:0.0}–{h.Ci95[1]:0.0})") : h.WithinDay ? string.Create(c, $"< {h.HalfLife:0.0#} (offspring on the same day)") : "not identified (excites nothing)",
                result.TriggeredShare![j].ToString("P0", c), string.Create(c, $"{ks.D:0.000} ({ks.P:0.000})"));
        }

        console.Write(summary);
        if (result.TrendKnots is { } trend)
        {
            console.MarkupLineInterpolated($"{trend.Rule}: {trend.Chosen} of {string.Join(", ", trend.Candidates.Select(x => x.Knots))}; self-excitation over the candidates: {string.Join("; ", trend.SelfExcitationRange)}");
        }

        foreach (var q in result.FitQuality ?? [])
        {
            console.MarkupLineInterpolated($"fit: {q.Sentence}");
            if (q.Rejects)
            {
                console.MarkupLineInterpolated($"fit: models of '{q.Stream}' that may fit better (split by province, by kind of violence) are compared out of sample by: crosscurrents dynamics compare --stream {q.Stream}");
            }
        }

        Notes(console, result);
        console.MarkupLineInterpolated($"log-likelihood {result.LogLikelihood:0.0}, AIC {result.Aic:0.0}, BIC {result.Bic:0.0}, spectral radius {result.SpectralRadius:0.000}, fit {result.Message} ({result.Iterations} iterations)");
    }

    /// <summary>The model comparison: one row per model with its held-out log score, gain and test, then the verdict.</summary>
    public static void Write(IAnsiConsole console, ModelComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        console.MarkupLineInterpolated($"Models of '{result.Stream}', fitted on {result.From:yyyy-MM-dd}..{result.TestFrom.AddDays(-1):yyyy-MM-dd}, scored one day ahead on the held-out {result.TestFrom:yyyy-MM-dd}..{result.To:yyyy-MM-dd} ({result.TestDays:N0} days, {result.TestEvents:N0} events); data snapshot {result.Snapshot}");
        var table = new Table().AddColumns("model", "parts (events)", "trend knots", "log score, held-out days", "gain per day vs as one (95% CI; p)", "KS of the total, training days (p)", "self-excitation");
        foreach (var a in result.Alternatives)
        {
            var parts = string.Join(", ", a.Parts.Select((p, i) => string.Create(c, $"{p} ({a.Events[i]:N0})")));
            if (!a.Usable)
            {
                table.AddRow(Markup.Escape(a.Name), Markup.Escape(parts), "", Markup.Escape($"not fitted: {a.Fit}"), "", "", "");
                continue;
            }

            var gain = a.GainPerDay is { } g ? string.Create(c, $"{g:+0.000;-0.000;0.000} ({a.GainCi95![0]:+0.000;-0.000;0.000} to {a.GainCi95[1]:+0.000;-0.000;0.000}; p {ModelComparison.P(a.GainPValue)})") : "(reference)";
            var ks = a.TotalKs is { D: { } d, P: { } p } ? string.Create(c, $"{d:0.000} (p {ModelComparison.P(p)})") : "";
            var self = string.Join(", ", a.SelfExcitation!.Select(s => string.Create(c, $"{s.From} {s.Estimate:0.00}")));
            table.AddRow(Markup.Escape(a.Name), Markup.Escape(parts), a.TrendKnots?.ToString(c) ?? "", string.Create(c, $"{a.LogScore:0.0}"), gain, ks, Markup.Escape(self));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"chosen: {result.Chosen}. {result.Verdict}.");
        console.MarkupLineInterpolated($"rule: {result.Rule}");
        console.MarkupLineInterpolated($"model: {result.Model}");
    }

    private static void Notes(IAnsiConsole console, DynamicsResult result)
    {
        foreach (var note in result.Notes)
        {
            console.MarkupLineInterpolated($"note: {note}");
        }
    }
}
