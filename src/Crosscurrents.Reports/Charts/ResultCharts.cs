using Crosscurrents.Analysis.Series;
using Crosscurrents.Core.Periods;
using Crosscurrents.Series.Counts;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>The chart of each analysis result, titled with what it shows and its data snapshot.</summary>
public static class ResultCharts
{
    public static Plot Series(SeriesResult result, ChartStyle style, IEnumerable<Period>? periods = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = $"{(result.Measure == Measure.Events ? "Events" : "Deaths")} per {result.Resolution.ToString().ToLowerInvariant()}" +
            (result.Grouping == Grouping.None ? "" : $" by {result.Grouping.ToString().ToLowerInvariant()}") + $"  (data {result.Snapshot})";
        return SeriesChart.Draw(result.Series, title, periods, style);
    }

    public static Plot Sources(SourcesResult result, ChartStyle style)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = result.Sources.Select(s => (s.Label, (IReadOnlyList<(DateOnly, double?)>)s.Points.Select(p => (p.Start, p.Value)).ToList())).ToList();
        return SourcesChart.Draw(lines, "Event data and reported figures (each line its own source and definition)", result.Measure == Measure.Events ? "events / attacks" : "deaths", style: style);
    }

    /// <summary>One chart per verdict that has evidence to draw, written to <paramref name="folder"/> as ID.png; returns how many.</summary>
    public static int Claims(Analysis.Claims.ClaimsResult result, string folder, ChartStyle style)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var v in result.Verdicts)
        {
            if (ClaimChart.For(v, style) is { } plot)
            {
                ChartFile.Save(plot, Path.Combine(folder, v.Claim.Id + ".png"));
                written++;
            }
        }

        return written;
    }

    public static Plot Study(Analysis.Dynamics.StudyResult result, ChartStyle style) =>
        EventStudyChart.Draw(result.Study, $"{result.Stream} around {string.Join(", ", result.Kinds)} (data {result.Snapshot})", result.Resolution, style);

    public static Plot Changepoints(Analysis.Dynamics.ChangepointsResult result, ChartStyle style) =>
        ChangepointChart.Draw(result.Run.Series, result.Run.Result, $"{result.Stream}: changepoints (data {result.Snapshot})", style);

    public static Plot Granger(Analysis.Dynamics.GrangerResult result, ChartStyle style) =>
        SeriesChart.Draw(result.Series, $"Events per {result.Resolution.ToString().ToLowerInvariant()} (data {result.Snapshot})", style: style);

    public static Plot Branching(Analysis.Dynamics.DynamicsResult result, ChartStyle style) =>
        DynamicsChart.BranchingHeatmap(result.Run.Fit, $"Branching ratios, {result.From:yyyy-MM-dd} to {result.To:yyyy-MM-dd} (data {result.Snapshot})", style);

    /// <summary>The QQ plot of the time-rescaling residuals (null when the fit is not usable and has none).</summary>
    public static Plot? Residuals(Analysis.Dynamics.DynamicsResult result, ChartStyle style) =>
        result.Run.GoodnessOfFit is { } gof ? DynamicsChart.QqPlot(gof, result.Streams, "Time-rescaling residuals", style) : null;
}
