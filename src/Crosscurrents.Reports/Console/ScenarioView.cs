using System.Globalization;
using Crosscurrents.Analysis.Scenarios;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for policy scenarios: each scenario's totals, escalation and difference from the status quo, the fan, the levers and the sensitivity.</summary>
public static class ScenarioView
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary><c>scenario run</c>: per scenario, its levers (assumed ones marked), the monthly fan and the totals.</summary>
    public static void Run(IAnsiConsole console, ScenarioRunResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var s in result.Scenarios)
        {
            Header(console, s);
            Levers(console, s);
            var fan = new Table().AddColumns("month", "attacks mean", "median", "50%", "90%", "deaths median", "deaths 90%", "observed");
            foreach (var m in s.Fan)
            {
                fan.AddRow(m.Month, m.EventsMean.ToString("0.0", C), m.Events[2].ToString("0", C), $"{m.Events[1].ToString("0", C)}–{m.Events[3].ToString("0", C)}",
                    $"{m.Events[0].ToString("0", C)}–{m.Events[4].ToString("0", C)}", m.Deaths[2].ToString("0", C), $"{m.Deaths[0].ToString("0", C)}–{m.Deaths[4].ToString("0", C)}",
                    m.Observed?.ToString("0", C) ?? "");
            }

            console.Write(fan);
        }

        Compare(console, result);
    }

    /// <summary><c>scenario compare</c>: one row per scenario against the status quo, then the sensitivity tables.</summary>
    public static void Compare(IAnsiConsole console, ScenarioRunResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        console.MarkupLineInterpolated($"[bold]{result.Target}: attacks over {result.HorizonMonths} months from {result.Start:yyyy-MM-dd}[/] ({result.Paths:N0} paths, seed {result.Seed})");
        var table = new Table().AddColumns("scenario", "attacks (90%)", "deaths (90%)", $"P(a month > {result.Threshold.ToString("0", C)})", "vs status quo: attacks (90%)", "deaths (90%)", "P(fewer)", "assumed levers");
        foreach (var s in new[] { result.StatusQuo }.Concat(result.Scenarios))
        {
            var d = s.VsStatusQuo;
            table.AddRow(Markup.Escape(s.Name + (s.OnlyAssumptions ? " (ASSUMPTIONS ONLY)" : "")), Total(s.Events), Total(s.Deaths), s.ProbabilityEscalation.ToString("P0", C),
                d is null ? "" : Signed(d.Events), d is null ? "" : Signed(d.Deaths), d is null ? "" : d.ProbabilityFewer.ToString("P0", C),
                Markup.Escape(string.Join("; ", s.Levers.Where(l => l.Assumed).Select(l => l.Name))));
        }

        console.Write(table);
        foreach (var s in result.Scenarios.Where(s => s.Sensitivity.Count > 0))
        {
            var sens = new Table().Title($"{Markup.Escape(s.Name)}: sensitivity (each lever's effect at its 90% interval's ends; difference in attacks vs status quo)")
                .AddColumns("lever", "effect", "rate ratio low", "difference", "rate ratio high", "difference", "swing");
            foreach (var r in s.Sensitivity)
            {
                sens.AddRow(Markup.Escape(r.Lever), r.Assumed ? "[red]ASSUMED[/]" : "data", r.LowRateRatio.ToString("0.00", C), r.DifferenceAtLow.ToString("+0;−0", C),
                    r.HighRateRatio.ToString("0.00", C), r.DifferenceAtHigh.ToString("+0;−0", C), r.Swing.ToString("0", C));
            }

            console.Write(sens);
        }

        foreach (var s in new[] { result.StatusQuo }.Concat(result.Scenarios).Where(s => s.Score is not null))
        {
            console.MarkupLineInterpolated($"replay {s.Name}: mean CRPS {s.Score!.MeanCrps:0.00}, 90% coverage {s.Score.Coverage90:P0} over {s.Score.Months} months; observed total {s.Score.ObservedTotal:0} at the {s.Score.TotalPercentile:P0} point of the simulated totals");
        }

        if (result.Resembles is not null)
        {
            console.MarkupLineInterpolated($"the outcome resembles [bold]{result.Resembles}[/] most (lowest mean CRPS)");
        }

        foreach (var s in result.Scenarios.Where(s => s.Assumptions.Count > 0))
        {
            foreach (var a in s.Assumptions)
            {
                console.MarkupLineInterpolated($"[red]ASSUMED[/] {s.Name}: {a}");
            }
        }

        console.MarkupLineInterpolated($"fit: {string.Join(", ", result.Fit.Streams)} {result.Fit.From:yyyy-MM-dd}..{result.Fit.To:yyyy-MM-dd}, {result.Fit.Status}, spectral radius {result.Fit.SpectralRadius:0.00}; escalation threshold from {result.ThresholdSource}");
        console.MarkupLineInterpolated($"{result.Measures}");
        console.MarkupLineInterpolated($"{result.Model}; data snapshot {result.Snapshot}");
        foreach (var note in result.Notes)
        {
            console.MarkupLineInterpolated($"note: {note}");
        }
    }

    private static void Header(IAnsiConsole console, ScenarioOutcome s)
    {
        console.MarkupLineInterpolated($"[bold]{s.Title}[/] ({s.Name}, {s.File})");
        if (s.OnlyAssumptions)
        {
            console.MarkupLine("[red]This scenario rests only on assumed effects: its numbers show what the assumptions imply, not what the data estimate.[/]");
        }

        if (s.Description.Length > 0)
        {
            console.MarkupLineInterpolated($"{s.Description}");
        }
    }

    private static void Levers(IAnsiConsole console, ScenarioOutcome s)
    {
        if (s.Levers.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("lever", "kind", "when", "effect", "rate ratio (90%)", "source");
        foreach (var l in s.Levers)
        {
            table.AddRow(Markup.Escape(l.Name), l.Kind, Markup.Escape(l.When), l.Assumed ? "[red]ASSUMED[/]" : l.Effect,
                l.RateRatio is { } rr ? $"{rr.ToString("0.00", C)} ({l.Ci90![0].ToString("0.00", C)}–{l.Ci90[1].ToString("0.00", C)})" : "", Markup.Escape(l.Source));
        }

        console.Write(table);
    }

    private static string Total(TotalRow t) => $"{t.Mean.ToString("0", C)} ({t.Ci90[0].ToString("0", C)}–{t.Ci90[1].ToString("0", C)})";

    private static string Signed(TotalRow t) => $"{t.Mean.ToString("+0;−0;0", C)} ({t.Ci90[0].ToString("+0;−0;0", C)} to {t.Ci90[1].ToString("+0;−0;0", C)})";
}
