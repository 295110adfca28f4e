using System.Text.Json.Serialization;
using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Core;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Reported;

namespace Crosscurrents.Analysis.Series;

/// <summary>What <see cref="SeriesAnalysis"/> builds: counts or deaths per period, grouped or not.</summary>
public sealed record SeriesRequest(EventQuery Query, TimeResolution Resolution = TimeResolution.Month, Measure Measure = Measure.Events,
    Grouping Grouping = Grouping.None, int Top = 8);

/// <summary>A count series: periods, which are covered, and one row of values per group (null where no source covers).</summary>
public sealed record SeriesResult(string Snapshot, long Events, TimeResolution Resolution, Measure Measure, Grouping Grouping,
    IReadOnlyList<string> Periods, IReadOnlyList<bool> Covered, string Coverage, IReadOnlyList<SeriesGroupValues> Groups)
{
    /// <summary>The series itself, for charts.</summary>
    [JsonIgnore]
    public EventSeries Series { get; init; } = null!;
}

/// <summary>One group's values; null in a period no complete source covers ("no data", never zero).</summary>
public sealed record SeriesGroupValues(string Name, double Total, IReadOnlyList<double?> Best, IReadOnlyList<double?> Low, IReadOnlyList<double?> High);

/// <summary>The event-data series beside the reported figures for the same country, one line per source.</summary>
public sealed record SourcesResult(string Snapshot, Measure Measure, TimeResolution Resolution, IReadOnlyList<SourceLine> Sources);

/// <summary>One source's values per period (null: nothing published or not covered).</summary>
public sealed record SourceLine(string Label, IReadOnlyList<SourcePoint> Points);

/// <summary>A period's value.</summary>
public sealed record SourcePoint(string Period, double? Value)
{
    /// <summary>The period's first day.</summary>
    [JsonIgnore]
    public DateOnly Start { get; init; }
}

/// <summary>Series of events or deaths, and the comparison with reported figures.</summary>
public static class SeriesAnalysis
{
    public static SeriesResult Run(AnalysisContext context, SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var filter = request.Query.ToFilter(context.Actors);
        // Aggregated in the store: memory in periods × groups, whatever the number of events.
        var counts = context.Store.Count(filter, new CountRequest(request.Resolution, SeriesBuilder.KeyOf(request.Grouping)));
        var series = SeriesBuilder.Build(counts, new SeriesOptions(request.Resolution, request.Measure, request.Grouping, request.Top, filter.From, filter.To), context.Actors);
        return new SeriesResult(counts.Snapshot.Id, counts.Snapshot.EventCount, request.Resolution, request.Measure, request.Grouping,
            series.PeriodStarts.Select((_, i) => series.Label(i)).ToList(), series.Covered, series.CoverageNote,
            series.Groups.Select(g => new SeriesGroupValues(g.Name, g.Total, Nullable(g.Best), Nullable(g.Low), Nullable(g.High))).ToList())
        {
            Series = series,
        };
    }

    /// <summary>The event-data series (ungrouped, by month or year) and every reported series for the same country.</summary>
    public static SourcesResult WithReported(AnalysisContext context, SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Grouping != Grouping.None || request.Resolution is not (TimeResolution.Month or TimeResolution.Year))
        {
            throw new UsageException("--with-reported: use --by month or year without --group");
        }

        var events = Run(context, request);
        var filter = request.Query.ToFilter(context.Actors);
        var reported = ReportedComparison.For(context.Store.ReportedFigures(), request.Measure, request.Resolution, filter.Country ?? "Pakistan");
        var start = filter.From is { } f ? PeriodCalendar.StartOf(f, request.Resolution) : DateOnly.MinValue;
        var end = filter.To ?? DateOnly.MaxValue;
        SourcePoint Point(DateOnly period, double? value) => new(PeriodCalendar.Label(period, request.Resolution), value) { Start = period };
        var own = events.Series.PeriodStarts.Select((p, i) => Point(p, events.Series.IsCovered(i) ? events.Series.Groups[0].Best[i] : null)).ToList();
        var lines = new List<SourceLine> { new($"{(request.Measure == Measure.Events ? "events" : "deaths")} in the event data ({events.Snapshot})", own) };
        lines.AddRange(reported.Select(r => new SourceLine(r.Label, r.Points.Where(p => p.Period >= start && p.Period <= end).Select(p => Point(p.Period, p.Value)).ToList())));
        return new SourcesResult(events.Snapshot, request.Measure, request.Resolution, lines);
    }

    /// <summary>Values with uncovered periods as null ("no data"), never 0.</summary>
    internal static double?[] Nullable(double[] values) => values.Select(v => double.IsFinite(v) ? v : (double?)null).ToArray();
}
