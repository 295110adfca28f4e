using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Series.Covariates;

/// <summary>
/// What a model of daily counts is fitted on: one count series per stream (incidents per day; reports of one incident
/// in several datasets count once), the "days after an event of stream X" windows, and the snapshot of every event read.
/// The covariate columns (timeline, trend, season, windows) come from <see cref="Covariates"/> for a chosen trend.
/// </summary>
/// <param name="First">First day.</param>
/// <param name="Last">Last day.</param>
/// <param name="Streams">The streams' names, in order.</param>
/// <param name="Counts">Incidents per day, one array per stream.</param>
/// <param name="Windows">Window covariates that vary over the days (a window that is constant says nothing and is left out).</param>
/// <param name="Snapshot">The data snapshot of every event read (streams and windows).</param>
public sealed record DailyDesign(DateOnly First, DateOnly Last, IReadOnlyList<string> Streams, double[][] Counts, IReadOnlyList<(string Name, double[] Column)> Windows, DataSnapshot Snapshot)
{
    /// <summary>Days from <see cref="First"/> to <see cref="Last"/>.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>Builds the design from each stream's daily counts and each window's stream's, over the same days.
    /// Counts come from the store (<c>IEventStore.CountAsync</c> by day, no key), so no event is read into memory.</summary>
    public static DailyDesign Build(IReadOnlyList<(string Name, EventCounts Counts)> streams, IReadOnlyList<(string Name, EventCounts Counts, int Days)> windows, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(windows);
        var columns = new List<(string Name, double[] Column)>();
        foreach (var (name, counts, days) in windows)
        {
            var (column, values) = DailyCovariates.WindowAfter(name, Daily(counts, first, last), days);
            if (values.Any(v => v != values[0]))
            {
                columns.Add((column, values));
            }
        }

        // One stream: its snapshot. Several: a snapshot of the streams' snapshots, counting each stream's events (an
        // event in two streams is read, and counted, twice).
        var parts = streams.Select(s => (s.Name, s.Counts.Snapshot)).Concat(windows.Select(w => (w.Name, w.Counts.Snapshot)))
            .DistinctBy(p => p.Name, StringComparer.Ordinal).ToList();
        var snapshot = parts.Count == 1
            ? parts[0].Snapshot
            : new DataSnapshot(DataSnapshot.Compute(parts.Select(p => (p.Name, p.Snapshot.Id))).Id, parts.Sum(p => p.Snapshot.EventCount));
        return new DailyDesign(first, last, streams.Select(s => s.Name).ToList(), streams.Select(s => Daily(s.Counts, first, last)).ToArray(), columns, snapshot);
    }

    /// <summary>Incidents per day from <paramref name="first"/> to <paramref name="last"/>, from counts by day.</summary>
    public static double[] Daily(EventCounts counts, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Request.Resolution != TimeResolution.Day)
        {
            throw new ArgumentException($"daily counts are needed, not counts by {counts.Request.Resolution}", nameof(counts));
        }

        var c = new double[last.DayNumber - first.DayNumber + 1];
        foreach (var row in counts.Rows)
        {
            if (row.Period >= first && row.Period <= last)
            {
                c[row.Period.DayNumber - first.DayNumber] += row.Events;
            }
        }

        return c;
    }

    /// <summary>Incidents per day from <paramref name="first"/> to <paramref name="last"/>, from events in memory.</summary>
    public static double[] Daily(EventSet set, DateOnly first, DateOnly last) =>
        Daily(Crosscurrents.Series.Counts.SeriesBuilder.Aggregate(set, new CountRequest(TimeResolution.Day)), first, last);

    /// <summary>The covariate names and columns: the timeline, trend and season of <paramref name="options"/>, then the windows.</summary>
    public (IReadOnlyList<string> Names, IReadOnlyList<double[]> Columns) Covariates(Timeline timeline, CovariateOptions options)
    {
        var (names, columns) = DailyCovariates.Build(First, Last, timeline, options);
        return (names.Concat(Windows.Select(w => w.Name)).ToList(), columns.Concat(Windows.Select(w => w.Column)).ToList());
    }
}
