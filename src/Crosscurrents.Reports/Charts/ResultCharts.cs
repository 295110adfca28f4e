using Crosscurrents.Analysis.Series;
using Crosscurrents.Core.Periods;
using Crosscurrents.Series.Counts;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>The chart of each analysis result, titled with what it shows and its data snapshot.</summary>
public static class ResultCharts
{
    public static Plot Series(SeriesResult result, IEnumerable<Period>? periods = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = $"{(result.Measure == Measure.Events ? "Events" : "Deaths")} per {result.Resolution.ToString().ToLowerInvariant()}" +
            (result.Grouping == Grouping.None ? "" : $" by {result.Grouping.ToString().ToLowerInvariant()}") + $"  (data {result.Snapshot})";
        return SeriesChart.Draw(result.Series, title, periods);
    }

    public static Plot Sources(SourcesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = result.Sources.Select(s => (s.Label, (IReadOnlyList<(DateOnly, double?)>)s.Points.Select(p => (p.Start, p.Value)).ToList())).ToList();
        return SourcesChart.Draw(lines, "Event data and reported figures (each line its own source and definition)", result.Measure == Measure.Events ? "events / attacks" : "deaths");
    }
}
