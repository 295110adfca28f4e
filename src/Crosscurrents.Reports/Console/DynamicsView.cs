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
        var background = new Table().AddColumn("background rate ratio (95% CI)");
        foreach (var s in streams)
        {
            background.AddColumn(s);
        }

        var covariates = result.Background![0].RateRatios.Select(r => r.Covariate).ToList();
        for (var col = 1; col < covariates.Count; col++)
        {
            if (covariates[col].StartsWith("trend", StringComparison.Ordinal))
            {
                continue; // nuisance terms of the piecewise trend; all of them are in --json
            }

            background.AddRow([covariates[col], .. result.Background.Select(b =>
            {
                var r = b.RateRatios[col];
                return !r.Estimable
                    ? "not estimable (no or too few events on those days; see the notes)"
                    : string.Create(c, $"{r.RateRatio:0.00} ({r.Ci95![0]:0.00}–{r.Ci95[1]:0.00})");
            })]);
        }

        console.Write(background);
        console.MarkupLineInterpolated($"(background also has a piecewise-linear trend with {covariates.Count(n => n.StartsWith("trend_change", StringComparison.Ordinal))} slope changes; --json lists every term)");
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

        Notes(console, result);
        console.MarkupLineInterpolated($"log-likelihood {result.LogLikelihood:0.0}, AIC {result.Aic:0.0}, BIC {result.Bic:0.0}, spectral radius {result.SpectralRadius:0.000}, fit {result.Message} ({result.Iterations} iterations)");
    }

    private static void Notes(IAnsiConsole console, DynamicsResult result)
    {
        foreach (var note in result.Notes)
        {
            console.MarkupLineInterpolated($"note: {note}");
        }
    }
}
