using System.Globalization;
using Crosscurrents.Analysis.Forecasting;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for forecasts and backtests.</summary>
public static class ForecastView
{
    public static void Write(IAnsiConsole console, ForecastResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("unit", "month", "h", "mean", "median", "50% interval", "90% interval");
        foreach (var unit in result.Units)
        {
            if (unit.Forecasts.SingleOrDefault(x => x.Model == result.Shown) is not { } shown)
            {
                var why = result.Failures.FirstOrDefault(f => f.Unit == unit.Unit && f.Model == result.Shown)?.Reason ?? "no forecast";
                table.AddRow(Markup.Escape(unit.Unit), "", "", Markup.Escape($"cannot forecast: {why}"), "", "", "");
                continue;
            }

            foreach (var s in shown.Months)
            {
                table.AddRow(Markup.Escape(unit.Unit), s.Month, s.Horizon.ToString(c), s.Mean.ToString("0.0", c), s.Median.ToString("0", c),
                    $"{s.Interval50[0].ToString("0", c)}–{s.Interval50[1].ToString("0", c)}", $"{s.Interval90[0].ToString("0", c)}–{s.Interval90[1].ToString("0", c)}");
            }
        }

        console.Write(table);
        console.MarkupLineInterpolated($"model {result.Shown}; {result.Target}; origin {result.Origin}; {result.Samples} draws; seed {result.Seed}; data snapshot {result.Snapshot}");
        console.MarkupLineInterpolated($"{result.Coverage}");
        Notes(console, result.Notes, result.Failures);
    }

    public static void Write(IAnsiConsole console, BacktestRunResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var hawkes = result.Models.Contains("hawkes");
        var table = new Table().AddColumns(["unit", "h", "n", "zero", "last", "mean", "conflictology", "nb", .. hawkes ? ["hawkes"] : Array.Empty<string>(), "ensemble", "best baseline", "nb skill (p)",
            .. hawkes ? ["hawkes skill (p)"] : Array.Empty<string>(), "ensemble skill (p)", "nb 50/90% cover", .. hawkes ? ["hawkes 50/90% cover"] : Array.Empty<string>(), "ensemble 50/90% cover"]);
        var byKey = result.Summary.ToDictionary(s => (s.Unit, s.Model, s.Horizon));
        var skillByKey = result.Skill.ToDictionary(s => (s.Unit, s.Model, s.Horizon));
        foreach (var group in result.Summary.GroupBy(s => (s.Unit, s.Horizon)))
        {
            string Crps(string m) => byKey.TryGetValue((group.Key.Unit, m, group.Key.Horizon), out var s) ? s.Crps.ToString("0.00", c) : "";
            string Skill(string m) => skillByKey.TryGetValue((group.Key.Unit, m, group.Key.Horizon), out var s) ? s.Skill is { } k ? $"{k.ToString("P0", c)} ({s.PValue?.ToString("0.000", c) ?? "n/a"})" : "n/a" : "";
            string Cover(string m) => byKey.TryGetValue((group.Key.Unit, m, group.Key.Horizon), out var s) ? $"{s.Coverage50.ToString("P0", c)} / {s.Coverage90.ToString("P0", c)}" : "";
            var best = skillByKey.TryGetValue((group.Key.Unit, "nb", group.Key.Horizon), out var k) ? k.BestBaseline : "";
            string[] Hawkes(Func<string, string> cell) => hawkes ? [cell("hawkes")] : [];
            table.AddRow([Markup.Escape(group.Key.Unit), group.Key.Horizon.ToString(c), group.First().Forecasts.ToString(c), Crps("zero"), Crps("last"), Crps("mean"), Crps("conflictology"),
                Crps("nb"), .. Hawkes(Crps), Crps("ensemble"), best, Skill("nb"), .. Hawkes(Skill), Skill("ensemble"), Cover("nb"), .. Hawkes(Cover), Cover("ensemble")]);
        }

        console.Write(table);
        console.MarkupLineInterpolated($"mean CRPS per forecast (lower is better); skill = 1 − CRPS / best baseline's CRPS, p from a Diebold–Mariano test over origins");
        console.MarkupLineInterpolated($"{result.Target}; origins {result.FirstOrigin}..{result.LastOrigin}; {result.Samples} draws; seed {result.Seed}; data snapshot {result.Snapshot}");
        console.MarkupLineInterpolated($"{result.Coverage}");
        Notes(console, result.Notes, result.Failures);
    }

    /// <summary>Models left out, and how many forecasts each model could not make (with the commonest reason).</summary>
    private static void Notes(IAnsiConsole console, IReadOnlyList<string> notes, IReadOnlyList<FailureRow> failures)
    {
        foreach (var note in notes)
        {
            console.MarkupLineInterpolated($"{note}");
        }

        foreach (var model in failures.GroupBy(f => f.Model))
        {
            var reason = model.GroupBy(f => Kind(f.Reason)).OrderByDescending(g => g.Count()).First();
            console.MarkupLineInterpolated($"{model.Key}: cannot forecast {model.Count()} (unit, origin) pairs, not scored (the ensemble mixed the others); most often: {reason.First().Reason}");
        }
    }

    /// <summary>A reason without its numbers and dates, to count reasons of one kind together.</summary>
    private static string Kind(string reason) => new(reason.Where(ch => !char.IsDigit(ch)).ToArray());
}
