using System.Globalization;
using Crosscurrents.Analysis.Dynamics;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for event studies, changepoints and Granger tests.</summary>
public static class DynamicsViews
{
    public static void Write(IAnsiConsole console, StudyResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var kinds = string.Join(", ", result.Kinds);
        var table = new Table().AddColumns("", "");
        table.AddRow("stream", Markup.Escape($"{result.Stream}: {result.StreamDescription}"));
        table.AddRow("interventions", Markup.Escape($"{result.Interventions.Count} of {result.TimelineEntries} {kinds} (with full windows): {string.Join(", ", result.Interventions.Select(d => d.ToString("yyyy-MM-dd", c)))}"));
        table.AddRow("windows", $"{result.Window} {result.Resolution}s before and after");
        table.AddRow("events before / after", string.Create(c, $"{result.EventsBefore:0} / {result.EventsAfter:0}"));
        table.AddRow("after/before rate ratio", string.Create(c, $"{result.RateRatio:0.00} (95% CI {result.Ci95[0]:0.00}–{result.Ci95[1]:0.00}), adjusted for trend and season"));
        table.AddRow("placebo test", string.Create(c, $"p = {result.PlaceboPValue:0.000} over {result.PlaceboDraws} random date sets; random dates give {result.PlaceboRange95[0]:0.00}–{result.PlaceboRange95[1]:0.00}"));
        table.AddRow("model", string.Create(c, $"negative binomial, θ = {result.Theta:0.00}; seed {result.Seed}; data snapshot {result.Snapshot}"));
        console.Write(table);
    }

    public static void Write(IAnsiConsole console, ChangepointsResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("segment", "mean per period", "change at", "95% range", "support", "timeline nearby (±4 months)");
        for (var i = 0; i < result.Segments.Count; i++)
        {
            var s = result.Segments[i];
            var change = i > 0 ? result.Changes[i - 1] : null;
            table.AddRow(
                $"{s.From} – {s.To}",
                s.Mean.ToString("0.0", c),
                change?.Period ?? "",
                change is null ? "" : $"{change.Range95[0]} – {change.Range95[1]}",
                change is null || double.IsNaN(change.Support) ? "" : change.Support.ToString("P0", c),
                change is null ? "" : Markup.Escape(change.NearTimeline));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{result.Changes.Count} changes; penalty {result.Penalty:0.0}; seed {result.Seed}; data snapshot {result.Snapshot}");
    }

    public static void Write(IAnsiConsole console, GrangerResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("cause", "effect", "F", "df", "p");
        foreach (var t in result.Granger)
        {
            table.AddRow(t.Cause, t.Effect, t.F.ToString("0.000", c), $"{t.DfNumerator}, {t.DfDenominator}", t.P.ToString("0.0000", c));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{result.Periods} {result.Resolution.ToString().ToLowerInvariant()}s, lag {result.Lags}; data snapshot {result.Snapshot}; VAR coefficients with --json");
    }
}
