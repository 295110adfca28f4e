using System.Globalization;
using Crosscurrents.Analysis.Scenarios;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>Fan chart of monthly attacks: each scenario's median and 90% band (the status quo's 50% band too), and what happened when the data cover it.</summary>
public static class ScenarioChart
{
    /// <summary>Draws the fans of the status quo and every scenario of a run; assumed scenarios are labelled so in the legend.</summary>
    public static Plot Draw(ScenarioRunResult result, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        style ??= ChartStyle.Default;
        var c = CultureInfo.InvariantCulture;
        var assumed = result.Scenarios.Any(s => s.Assumptions.Count > 0) ? "; levers marked ASSUMED rest on stated effects" : "";
        var plot = style.NewPlot($"{result.Target}: simulated attacks per month, median and 90% band ({result.Paths.ToString("N0", c)} paths; data {result.Snapshot}){assumed}", "attacks per month");
        var all = new[] { result.StatusQuo }.Concat(result.Scenarios).ToList();
        var x = Enumerable.Range(0, result.HorizonMonths).Select(m => result.Start.AddMonths(m).ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        for (var i = 0; i < all.Count; i++)
        {
            var s = all[i];
            var colour = style.Colour(i);
            var band = plot.Add.FillY(x, s.Fan.Select(f => f.Events[0]).ToArray(), s.Fan.Select(f => f.Events[4]).ToArray());
            band.FillStyle.Color = colour.WithAlpha(i == 0 ? 0.18 : 0.10);
            band.LineStyle.Width = 0;
            if (i == 0)
            {
                var inner = plot.Add.FillY(x, s.Fan.Select(f => f.Events[1]).ToArray(), s.Fan.Select(f => f.Events[3]).ToArray());
                inner.FillStyle.Color = colour.WithAlpha(0.25);
                inner.LineStyle.Width = 0;
            }

            var median = plot.Add.Scatter(x, s.Fan.Select(f => f.Events[2]).ToArray());
            median.Color = colour;
            median.MarkerSize = 0;
            median.LineWidth = 2;
            median.LegendText = s.Name + (s.OnlyAssumptions ? " (ASSUMPTIONS ONLY)" : s.Assumptions.Count > 0 ? " (some levers ASSUMED)" : "");
        }

        if (result.StatusQuo.Fan.All(f => f.Observed is not null))
        {
            var observed = plot.Add.Scatter(x, result.StatusQuo.Fan.Select(f => f.Observed!.Value).ToArray());
            observed.Color = Colors.Black;
            observed.LineWidth = 0;
            observed.MarkerSize = 5;
            observed.LegendText = "observed";
        }

        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
