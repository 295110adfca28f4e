using System.Globalization;
using Crosscurrents.Claims;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>A verdict's effect with its 95% interval against the line the claim is judged by.</summary>
public static class ClaimChart
{
    /// <summary>The chart a verdict rests on: the event study, the series (peak, change), the branching matrix, or the interval.</summary>
    public static Plot? For(ClaimVerdict verdict, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var title = $"{verdict.Claim.Id}: {verdict.Verdict.Text()}";
        return verdict.Study is { } study ? EventStudyChart.Draw(study, title, "week", style)
            : verdict.Series is { } series && verdict.Claim.Kind is ClaimKind.Peak or ClaimKind.Change ? SeriesChart.Draw(series, title, style: style)
            : verdict.Hawkes is { Usable: true } fit && verdict.Claim.Kind == ClaimKind.Excites ? DynamicsChart.BranchingHeatmap(fit, title, style)
            : Interval(verdict, style);
    }

    public static Plot? Interval(ClaimVerdict verdict, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Estimate is not { } estimate || verdict.Lower is not { } lower || verdict.Upper is not { } upper)
        {
            return null;
        }

        var plot = (style ?? ChartStyle.Default).NewPlot($"{verdict.Claim.Id}: {verdict.Verdict.Text()}", "");
        plot.XLabel(verdict.Effect);
        var reference = verdict.Claim switch
        {
            ShareClaim share => share.AtLeast ?? share.AtMost ?? 0.5,
            LinksClaim { Relation: LinkRelation.Against } => 0,
            ExcitesClaim => 0,
            _ => 1,
        };
        var line = plot.Add.VerticalLine(reference);
        line.Color = Colors.Gray;
        line.LinePattern = LinePattern.Dashed;
        var range = plot.Add.Line(lower, 0, upper, 0);
        range.LineWidth = 4;
        range.Color = (style ?? ChartStyle.Default).Colour(0);
        var point = plot.Add.Marker(estimate, 0);
        point.Size = 14;
        point.Color = (style ?? ChartStyle.Default).Colour(1);
        var label = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{estimate:0.###} ({lower:0.###}–{upper:0.###})"), estimate, 0.3);
        label.LabelFontSize = 14;
        plot.Axes.SetLimitsY(-1, 1);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        return plot;
    }
}
