using Crosscurrents.Core.Events;
using Crosscurrents.Core.Reported;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Series.Reported;

/// <summary>The reported series comparable with an event series: same place, a matching quantity, the same time step.</summary>
public static class ReportedComparison
{
    /// <summary>
    /// For event counts: PICSS militant attacks and PIPS terrorist attacks; for deaths: their killed figures and UCDP's
    /// country-year deaths in organised violence. Monthly series keep their gaps; yearly values are the published
    /// annual total, else the sum of a complete year's months, else a gap. Definitions differ: the lines are kept apart.
    /// </summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<(DateOnly Period, double? Value)> Points)> For(
        IReadOnlyList<ReportedFigure> figures, Measure measure, TimeResolution resolution, string country = "Pakistan")
    {
        ArgumentNullException.ThrowIfNull(figures);
        var quantity = measure == Measure.Events ? "attacks" : "killed";
        var specs = new List<(string Label, ReportedSeriesOptions Options)>
        {
            ($"PICSS militant attacks ({quantity}, reported)", new ReportedSeriesOptions("PICSS", "militant_attacks", quantity, country)),
            ($"PIPS terrorist attacks ({quantity}, reported)", new ReportedSeriesOptions("PIPS", "terrorist_attacks", quantity, country)),
        };
        if (measure == Measure.Fatalities && resolution == TimeResolution.Year)
        {
            specs.Add(("UCDP country-year deaths in organised violence (best)", new ReportedSeriesOptions("UCDP", "organized_violence", "deaths_best", country)));
        }

        var result = new List<(string, IReadOnlyList<(DateOnly, double?)>)>();
        foreach (var (label, options) in specs)
        {
            var series = ReportedSeriesBuilder.Build(figures, options);
            IReadOnlyList<(DateOnly, double?)> points = resolution switch
            {
                TimeResolution.Month => series.Months.Select(m => (m.Month, m.Value)).ToList(),
                TimeResolution.Year => series.Years.Select(y => (new DateOnly(y.Year, 1, 1), y.PublishedTotal ?? y.SumOfMonths)).ToList(),
                _ => [],
            };
            if (points.Any(p => p.Item2 is not null))
            {
                result.Add((label, points));
            }
        }

        return result;
    }
}
