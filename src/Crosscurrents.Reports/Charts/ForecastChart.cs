using Crosscurrents.Analysis.Forecasting;
using Crosscurrents.Models.Forecasting;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>Fan charts: the observed months (gaps where nothing covers them), then the forecast median with its 50% and
/// 90% bands.</summary>
public static class ForecastChart
{
    public static Plot Fan(MonthlySeries observed, ForecastModelRow forecast, string title, int historyMonths = 48, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(forecast);
        style ??= ChartStyle.Default;
        var plot = style.NewPlot(title, "per month");
        static double X(DateOnly month) => month.ToDateTime(TimeOnly.MinValue).ToOADate();
        var start = Math.Max(0, observed.Count - historyMonths);
        var run = new List<(double X, double Y)>();
        var labelled = false;
        void Flush()
        {
            if (run.Count > 0)
            {
                var line = plot.Add.Scatter(run.Select(p => p.X).ToArray(), run.Select(p => p.Y).ToArray());
                line.Color = style.Colour(0);
                line.LineWidth = 2;
                line.MarkerSize = 3;
                line.LegendText = labelled ? "" : "observed";
                labelled = true;
                run.Clear();
            }
        }

        for (var t = start; t < observed.Count; t++)
        {
            if (observed.IsCovered(t))
            {
                run.Add((X(observed.Month(t)), observed.Values[t]));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        var months = forecast.Months.Select(m => X(DateOnly.ParseExact(m.Month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var band90 = plot.Add.FillY(months, forecast.Months.Select(m => m.Interval90[0]).ToArray(), forecast.Months.Select(m => m.Interval90[1]).ToArray());
        band90.FillStyle.Color = style.Colour(1).WithAlpha(0.15);
        band90.LineStyle.Width = 0;
        band90.LegendText = "90% interval";
        var band50 = plot.Add.FillY(months, forecast.Months.Select(m => m.Interval50[0]).ToArray(), forecast.Months.Select(m => m.Interval50[1]).ToArray());
        band50.FillStyle.Color = style.Colour(1).WithAlpha(0.3);
        band50.LineStyle.Width = 0;
        band50.LegendText = "50% interval";
        var median = plot.Add.Scatter(months, forecast.Months.Select(m => m.Median).ToArray());
        median.Color = style.Colour(1);
        median.LineWidth = 2;
        median.LegendText = $"forecast median ({forecast.Model})";
        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
