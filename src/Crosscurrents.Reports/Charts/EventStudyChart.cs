using System.Globalization;
using Crosscurrents.Models.EventStudies;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>The mean count per period around the interventions (0 = the intervention period), windows shaded.</summary>
public static class EventStudyChart
{
    public static Plot Draw(EventStudyResult result, string title, string periodName, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var window = (result.Profile.Count - 1) / 2;
        var plot = (style ?? ChartStyle.Default).NewPlot(title, $"mean events per {periodName}");
        plot.XLabel($"{periodName}s from the intervention (n = {result.Interventions.Count})");
        var before = plot.Add.HorizontalSpan(-window - 0.5, -0.5);
        before.FillStyle.Color = Colors.Gray.WithAlpha(0.12);
        var after = plot.Add.HorizontalSpan(0.5, window + 0.5);
        after.FillStyle.Color = (style ?? ChartStyle.Default).Colour(1).WithAlpha(0.12);
        var bars = plot.Add.Bars(Enumerable.Range(-window, result.Profile.Count).Select(k => (double)k).ToArray(), result.Profile.ToArray());
        bars.Color = (style ?? ChartStyle.Default).Colour(0);
        var line = plot.Add.VerticalLine(0);
        line.Color = Colors.Black;
        line.LinePattern = LinePattern.Dashed;
        var text = string.Create(c, $"after/before rate ratio {result.RateRatio:0.00} (95% CI {result.Interval.Lower:0.00}–{result.Interval.Upper:0.00}); placebo p = {result.PlaceboPValue:0.000}, random dates give {result.PlaceboRange.Lower:0.00}–{result.PlaceboRange.Upper:0.00}");
        plot.Title(title + "\n" + text, size: 13);
        return plot;
    }
}
