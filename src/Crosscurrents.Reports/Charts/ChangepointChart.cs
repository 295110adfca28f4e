using Crosscurrents.Models.Changepoints;
using Crosscurrents.Series.Counts;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>A count series with its segment means and each changepoint's bootstrap range shaded.</summary>
public static class ChangepointChart
{
    public static Plot Draw(EventSeries series, ChangepointResult result, string title, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(result);
        var plot = (style ?? ChartStyle.Default).NewPlot(title, series.Options.Measure == Measure.Events ? "events" : "deaths (best)");
        double X(int i) => (i < series.PeriodStarts.Count ? series.PeriodStarts[i] : PeriodCalendar.Next(series.PeriodStarts[^1], series.Options.Resolution))
            .ToDateTime(TimeOnly.MinValue).ToOADate();
        foreach (var c in result.Changes)
        {
            var span = plot.Add.HorizontalSpan(X(c.Lower), X(Math.Max(c.Upper, c.Lower + 1)));
            span.FillStyle.Color = (style ?? ChartStyle.Default).Colour(1).WithAlpha(0.2);
            span.LineStyle.Width = 0;
        }

        var xs = Enumerable.Range(0, series.PeriodStarts.Count).Select(X).ToArray();
        var line = plot.Add.ScatterLine(xs, series.Groups[0].Best);
        line.Color = (style ?? ChartStyle.Default).Colour(0).WithAlpha(0.7);
        foreach (var s in result.Segments)
        {
            var mean = plot.Add.Line(X(s.Start), s.Mean, X(s.End), s.Mean);
            mean.Color = (style ?? ChartStyle.Default).Colour(1);
            mean.LineWidth = 3;
        }

        plot.Axes.DateTimeTicksBottom();
        return plot;
    }
}
