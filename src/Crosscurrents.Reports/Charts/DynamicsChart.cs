using System.Globalization;
using Crosscurrents.Models.Hawkes;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>Charts of a fitted Hawkes model: the branching matrix as a heat map, and the QQ plot of its residuals.</summary>
public static class DynamicsChart
{
    /// <summary>Cell (row j, column k): expected k-events triggered by one j-event, with its 95% interval. Only for a usable fit.</summary>
    public static Plot BranchingHeatmap(HawkesFit fit, string title, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        fit.EnsureUsable();
        var c = CultureInfo.InvariantCulture;
        var k = fit.Streams.Count;
        var plot = (style ?? ChartStyle.Default).NewPlot(title, "from (triggering stream)");
        plot.XLabel("to (triggered stream)");
        // Cells drawn as rectangles centred on integer coordinates, so labels and ticks line up exactly.
        var max = Math.Max(0.05, Enumerable.Range(0, k).SelectMany(j => Enumerable.Range(0, k).Select(i => fit.Branching(j, i).Estimate)).Max());
        var colormap = new ScottPlot.Colormaps.Viridis();
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < k; i++)
            {
                var cell = plot.Add.Rectangle(i - 0.5, i + 0.5, j - 0.5, j + 0.5);
                cell.FillColor = colormap.GetColor(fit.Branching(j, i).Estimate / max);
                cell.LineColor = Colors.White;
            }
        }

        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < k; i++)
            {
                var b = fit.Branching(j, i);
                var label = plot.Add.Text(string.Create(c, $"{b.Estimate:0.00}\n[{b.Lower:0.00}, {b.Upper:0.00}]{(b.AtZero ? "*" : "")}"), i, j);
                label.LabelFontSize = 14;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelBackgroundColor = Colors.White.WithAlpha(0.75);
            }
        }

        var ticks = Enumerable.Range(0, k).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, [.. fit.Streams]);
        plot.Axes.Left.SetTicks(ticks, [.. fit.Streams]);
        plot.Axes.SetLimits(-0.5, k - 0.5, -0.5, k - 0.5);
        return plot;
    }

    /// <summary>Sorted rescaled residuals against uniform quantiles, one line per stream; the diagonal is a perfect fit.</summary>
    public static Plot QqPlot(HawkesGoodnessOfFit gof, IReadOnlyList<string> streams, string title, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(gof);
        ArgumentNullException.ThrowIfNull(streams);
        var plot = (style ?? ChartStyle.Default).NewPlot(title, "residual quantile");
        plot.XLabel("uniform quantile");
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        for (var i = 0; i < streams.Count; i++)
        {
            var sorted = gof.Residuals[i].Order().ToArray();
            var n = sorted.Length;
            var step = Math.Max(1, n / 2000);
            var xs = Enumerable.Range(0, n).Where(x => x % step == 0).Select(x => (x + 0.5) / n).ToArray();
            var ys = Enumerable.Range(0, n).Where(x => x % step == 0).Select(x => sorted[x]).ToArray();
            var line = plot.Add.ScatterLine(xs, ys);
            line.Color = (style ?? ChartStyle.Default).Colour(i);
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{streams[i]} (KS D = {gof.KsStatistic[i]:0.000}, p = {gof.KsPValue[i]:0.000})");
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
