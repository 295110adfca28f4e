using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Series.Counts;

/// <summary>A count series: one row of values per group over contiguous periods (periods with nothing are zeros, not gaps).</summary>
/// <param name="Options">How it was built.</param>
/// <param name="PeriodStarts">First day of each period.</param>
/// <param name="Groups">The groups, largest total first; "other" last when groups were folded.</param>
/// <param name="Snapshot">The data snapshot of the events it was built from.</param>
public sealed record EventSeries(SeriesOptions Options, IReadOnlyList<DateOnly> PeriodStarts, IReadOnlyList<SeriesGroup> Groups, DataSnapshot Snapshot)
{
    /// <summary>A label for a period: <c>2021</c>, <c>2021-08</c>, <c>2021-W33</c>, <c>2021-08-15</c>.</summary>
    public string Label(int period) => PeriodCalendar.Label(PeriodStarts[period], Options.Resolution);
}

/// <summary>One group's values.</summary>
/// <param name="Name">Group name ("all" when ungrouped).</param>
/// <param name="Best">Events, or best-estimate deaths, per period.</param>
/// <param name="Low">Low-estimate deaths per period (equal to <paramref name="Best"/> for event counts).</param>
/// <param name="High">High-estimate deaths per period.</param>
public sealed record SeriesGroup(string Name, double[] Best, double[] Low, double[] High)
{
    public double Total => Best.Sum();
}
