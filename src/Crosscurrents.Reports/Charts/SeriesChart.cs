using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Series.Counts;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>Draws a count series: lines per group (bars when ungrouped and yearly), the low–high range of deaths as
/// a band, and timeline periods as shaded spans and marker lines.</summary>
public static class SeriesChart
{
    /// <summary>Timeline kinds drawn as shaded spans (they last) and as lines (one-day events).</summary>
    public static readonly IReadOnlyDictionary<string, Color> PeriodColours = new Dictionary<string, Color>(StringComparer.Ordinal)
    {
        ["ceasefire"] = Color.FromHex("#2ca02c"),
        ["negotiation"] = Color.FromHex("#17becf"),
        ["military_operation"] = Color.FromHex("#ff7f0e"),
        ["cross_border_strike"] = Color.FromHex("#d62728"),
        ["regime_change"] = Color.FromHex("#7f7f7f"),
    };

    public static Plot Draw(EventSeries series, string title, IEnumerable<Period>? periods = null, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var measure = series.Options.Measure == Measure.Events ? "events" : "deaths (best; range: low–high)";
        var plot = (style ?? ChartStyle.Default).NewPlot(title, measure);
        var xs = series.PeriodStarts.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var ungrouped = series.Groups.Count == 1 && series.Options.Grouping == Grouping.None;
        if (xs.Length == 0)
        {
            return plot;
        }

        if (periods is not null)
        {
            DrawPeriods(plot, periods, series.PeriodStarts[0], PeriodCalendar.Next(series.PeriodStarts[^1], series.Options.Resolution));
        }

        if (ungrouped && series.Options.Resolution == TimeResolution.Year)
        {
            var group = series.Groups[0];
            var covered = Enumerable.Range(0, xs.Length).Where(series.IsCovered).ToArray();
            var bars = plot.Add.Bars(covered.Select(i => xs[i] + 182).ToArray(), covered.Select(i => group.Best[i]).ToArray());
            bars.Color = (style ?? ChartStyle.Default).Colour(0);
            foreach (var bar in bars.Bars)
            {
                bar.Size = 300;
            }

            if (series.Options.Measure == Measure.Fatalities)
            {
                foreach (var i in covered)
                {
                    if (group.High[i] > group.Low[i])
                    {
                        var range = plot.Add.Line(xs[i] + 182, group.Low[i], xs[i] + 182, group.High[i]);
                        range.Color = Colors.Black;
                        range.LineWidth = 1.2f;
                    }
                }
            }
        }
        else
        {
            for (var g = 0; g < series.Groups.Count; g++)
            {
                var group = series.Groups[g];
                var colour = (style ?? ChartStyle.Default).Colour(g);
                // One line per covered run: a period without data is a gap, never a drop to zero.
                var labelled = false;
                foreach (var (start, length) in CoveredRuns(series))
                {
                    var rx = xs.AsSpan(start, length).ToArray();
                    if (series.Options.Measure == Measure.Fatalities && series.Groups.Count <= 3)
                    {
                        var band = plot.Add.FillY(rx, group.Low.AsSpan(start, length).ToArray(), group.High.AsSpan(start, length).ToArray());
                        band.FillColor = colour.WithAlpha(0.2);
                        band.LineColor = Colors.Transparent;
                    }

                    var line = plot.Add.ScatterLine(rx, group.Best.AsSpan(start, length).ToArray());
                    line.Color = colour;
                    line.LineWidth = 1.6f;
                    if (series.Groups.Count > 1 && !labelled)
                    {
                        line.LegendText = group.Name;
                        labelled = true;
                    }
                }
            }

            if (series.Groups.Count > 1)
            {
                plot.ShowLegend(Alignment.UpperLeft);
            }
        }

        DrawNoData(plot, series, xs);
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    /// <summary>Runs of consecutive covered periods (start index, length).</summary>
    public static IEnumerable<(int Start, int Length)> CoveredRuns(EventSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var start = -1;
        for (var i = 0; i <= series.PeriodStarts.Count; i++)
        {
            var covered = i < series.PeriodStarts.Count && series.IsCovered(i);
            if (covered && start < 0)
            {
                start = i;
            }
            else if (!covered && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>Grey spans, labelled once, over the periods no complete source covers.</summary>
    private static void DrawNoData(Plot plot, EventSeries series, double[] xs)
    {
        var labelled = false;
        for (var i = 0; i < xs.Length; i++)
        {
            if (series.IsCovered(i))
            {
                continue;
            }

            var j = i;
            while (j + 1 < xs.Length && !series.IsCovered(j + 1))
            {
                j++;
            }

            var end = PeriodCalendar.Next(series.PeriodStarts[j], series.Options.Resolution).ToDateTime(TimeOnly.MinValue).ToOADate();
            var span = plot.Add.HorizontalSpan(xs[i], end);
            span.FillStyle.Color = Colors.Gray.WithAlpha(0.18);
            span.LineStyle.Width = 0;
            if (!labelled)
            {
                span.LegendText = "no data (no complete source)";
                labelled = true;
                plot.ShowLegend(Alignment.UpperLeft);
            }

            i = j;
        }
    }

    private static void DrawPeriods(Plot plot, IEnumerable<Period> periods, DateOnly from, DateOnly to)
    {
        foreach (var p in periods)
        {
            if (!PeriodColours.TryGetValue(p.Kind, out var colour) || p.Start >= to || (p.End ?? p.Start) < from)
            {
                continue;
            }

            var x1 = p.Start.ToDateTime(TimeOnly.MinValue).ToOADate();
            if (p.IsOneDay || p.IsOpenEnded)
            {
                var line = plot.Add.VerticalLine(x1);
                line.Color = colour.WithAlpha(0.8);
                line.LineWidth = 1;
                line.LinePattern = p.IsOpenEnded ? LinePattern.Dotted : LinePattern.Dashed;
            }
            else
            {
                var x2 = p.End!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue).ToOADate();
                var span = plot.Add.HorizontalSpan(x1, x2);
                span.FillStyle.Color = colour.WithAlpha(0.15);
                span.LineStyle.Width = 0;
            }
        }
    }
}
