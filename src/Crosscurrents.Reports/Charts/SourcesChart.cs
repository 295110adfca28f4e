using Crosscurrents.Core.Periods;
using Crosscurrents.Series.Counts;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>
/// Several sources for the same place on one chart (event counts, UCDP country-year totals, PICSS/PIPS figures), each
/// line broken where its source has no figure: a gap is drawn as a gap, never bridged.
/// </summary>
public static class SourcesChart
{
    public static Plot Draw(IReadOnlyList<(string Label, IReadOnlyList<(DateOnly Period, double? Value)> Points)> sources, string title, string yLabel, IEnumerable<Period>? periods = null, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var plot = (style ?? ChartStyle.Default).NewPlot(title, yLabel);
        for (var s = 0; s < sources.Count; s++)
        {
            var colour = (style ?? ChartStyle.Default).Colour(s);
            var run = new List<(double X, double Y)>();
            var labelled = false;
            void Flush()
            {
                if (run.Count == 0)
                {
                    return;
                }

                var line = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => p.Y).ToArray());
                line.Color = colour;
                line.LineWidth = 2;
                line.MarkerSize = run.Count == 1 ? 6 : 3;
                if (!labelled)
                {
                    line.LegendText = sources[s].Label;
                    labelled = true;
                }

                run.Clear();
            }

            foreach (var (period, value) in sources[s].Points.OrderBy(p => p.Period))
            {
                if (value is { } v)
                {
                    run.Add((period.ToDateTime(TimeOnly.MinValue).ToOADate(), v));
                }
                else
                {
                    Flush();
                }
            }

            Flush();
        }

        if (periods is not null)
        {
            foreach (var p in periods.Where(p => SeriesChart.PeriodColours.ContainsKey(p.Kind) && p.IsOneDay))
            {
                var line = plot.Add.VerticalLine(p.Start.ToDateTime(TimeOnly.MinValue).ToOADate());
                line.Color = SeriesChart.PeriodColours[p.Kind].WithAlpha(0.6);
                line.LinePattern = LinePattern.Dashed;
            }
        }

        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>An event series as points: zero events in a covered period is a count; an uncovered period is a gap.</summary>
    public static IReadOnlyList<(DateOnly, double?)> Points(EventSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.PeriodStarts.Select((d, i) => (d, series.IsCovered(i) ? (double?)series.Groups[0].Best[i] : null)).ToList();
    }
}
