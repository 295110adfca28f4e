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

    /// <summary>Builds the design from the events of each stream and of each window's stream, over the same days.</summary>
    public static DailyDesign Build(IReadOnlyList<(string Name, EventSet Events)> streams, IReadOnlyList<(string Name, EventSet Events, int Days)> windows, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(windows);
        var columns = new List<(string Name, double[] Column)>();
        foreach (var (name, events, days) in windows)
        {
            var (column, values) = DailyCovariates.WindowAfter(name, Daily(events, first, last), days);
            if (values.Any(v => v != values[0]))
            {
                columns.Add((column, values));
            }
        }

        var snapshot = DataSnapshot.OfEvents(streams.Select(s => s.Events).Concat(windows.Select(w => w.Events)).SelectMany(s => s.Events)
            .DistinctBy(e => e.Id).Select(EventContentHash.Compute));
        return new DailyDesign(first, last, streams.Select(s => s.Name).ToList(), streams.Select(s => Daily(s.Events, first, last)).ToArray(), columns, snapshot);
    }

    /// <summary>Incidents per day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static double[] Daily(EventSet set, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(set);
        var c = new double[last.DayNumber - first.DayNumber + 1];
        foreach (var e in set.Incidents())
        {
            if (e.DateStart >= first && e.DateStart <= last)
            {
                c[e.DateStart.DayNumber - first.DayNumber]++;
            }
        }

        return c;
    }

    /// <summary>The covariate names and columns: the timeline, trend and season of <paramref name="options"/>, then the windows.</summary>
    public (IReadOnlyList<string> Names, IReadOnlyList<double[]> Columns) Covariates(Timeline timeline, CovariateOptions options)
    {
        var (names, columns) = DailyCovariates.Build(First, Last, timeline, options);
        return (names.Concat(Windows.Select(w => w.Name)).ToList(), columns.Concat(Windows.Select(w => w.Column)).ToList());
    }
}
