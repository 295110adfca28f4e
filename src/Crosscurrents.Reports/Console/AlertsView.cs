using System.Globalization;
using Crosscurrents.Analysis.Forecasting;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for <see cref="AlertsResult"/>: the alerts with their drivers, then the backtest's reliability.</summary>
public static class AlertsView
{
    public static void Write(IAnsiConsole console, AlertsResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        console.MarkupLineInterpolated($"Alerts for {result.Month}: {result.Event}; {result.Target}; model {result.Model}, origin {result.Origin}");
        console.MarkupLineInterpolated($"Cut-off {result.Cutoff:P0}: a miss costs {result.MissCost:0.##}, a false alarm {result.FalseAlarmCost:0.##} (alert when the probability is at least false alarm / (false alarm + miss))");
        var table = new Table().AddColumns("unit", "probability", "alert", "mean (90% interval)", "drivers");
        foreach (var u in result.Units)
        {
            table.AddRow(Markup.Escape(u.Unit), u.Probability.ToString("P0", c), u.Alert ? "[red]ALERT[/]" : "", string.Create(c, $"{u.Mean:0.0} ({u.Interval90[0]:0}–{u.Interval90[1]:0})"),
                Markup.Escape(string.Join("; ", u.Drivers)));
        }

        console.Write(table);
        var b = result.Backtest;
        string Share(double? v) => v is { } x ? x.ToString("P0", c) : "n/a";
        console.MarkupLineInterpolated($"Backtest {b.FirstOrigin}..{b.LastOrigin}, one month ahead: {b.Forecasts:N0} forecasts, {b.Events:N0} with the event; Brier {b.Brier:0.000} (always the base rate: {b.BrierClimatology:0.000}); at the cut-off {Share(b.HitRate)} of events were alerted and {Share(b.FalseAlarmRate)} of non-events raised a false alarm");
        var reliability = new Table().AddColumns("forecast probability", "forecasts", "mean forecast", "observed frequency");
        foreach (var r in b.Reliability.Where(r => r.Forecasts > 0))
        {
            reliability.AddRow(string.Create(c, $"{r.From:0.0}–{r.To:0.0}"), r.Forecasts.ToString("N0", c), Share(r.MeanProbability), Share(r.ObservedFrequency));
        }

        console.Write(reliability);
        console.MarkupLineInterpolated($"{result.Samples} draws; seed {result.Seed}; data snapshot {result.Snapshot}. {result.Coverage}");
    }
}
