using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Series.Counts;

/// <summary>A count series: one row of values per group over contiguous periods. A covered period with nothing is zero;
/// a period no complete source covers is missing (<see cref="double.NaN"/> in the values, false in <see cref="Covered"/>),
/// shown as "no data" and drawn as a gap.</summary>
/// <param name="Options">How it was built.</param>
/// <param name="PeriodStarts">First day of each period.</param>
/// <param name="Groups">The groups, largest total first; "other" last when groups were folded.</param>
/// <param name="Snapshot">The data snapshot of the events it was built from.</param>
public sealed record EventSeries(SeriesOptions Options, IReadOnlyList<DateOnly> PeriodStarts, IReadOnlyList<SeriesGroup> Groups, DataSnapshot Snapshot)
{
    /// <summary>A label for a period: <c>2021</c>, <c>2021-08</c>, <c>2021-W33</c>, <c>2021-08-15</c>.</summary>
    public string Label(int period) => PeriodCalendar.Label(PeriodStarts[period], Options.Resolution);

    /// <summary>Whether each period is covered by a complete source (its values are numbers).</summary>
    public IReadOnlyList<bool> Covered { get; init; } = [];

    /// <summary>What covers the series' places and kind, in words.</summary>
    public string CoverageNote { get; init; } = "";

    /// <summary>True when period <paramref name="period"/> has a number.</summary>
    public bool IsCovered(int period) => period < Covered.Count ? Covered[period] : !double.IsNaN(Groups[0].Best[period]);

    /// <summary>The indices of the covered periods, in order.</summary>
    public IReadOnlyList<int> CoveredPeriods() => Enumerable.Range(0, PeriodStarts.Count).Where(IsCovered).ToList();

    /// <summary>The longest run of consecutive covered periods (start index and length; length 0 when none is covered).</summary>
    public (int Start, int Length) LongestCoveredRun()
    {
        int bestStart = 0, bestLength = 0, start = 0;
        for (var i = 0; i <= PeriodStarts.Count; i++)
        {
            if (i < PeriodStarts.Count && IsCovered(i))
            {
                continue;
            }

            if (i - start > bestLength)
            {
                (bestStart, bestLength) = (start, i - start);
            }

            start = i + 1;
        }

        return (bestStart, bestLength);
    }
}

/// <summary>One group's values.</summary>
/// <param name="Name">Group name ("all" when ungrouped).</param>
/// <param name="Best">Events, or best-estimate deaths, per period.</param>
/// <param name="Low">Low-estimate deaths per period (equal to <paramref name="Best"/> for event counts).</param>
/// <param name="High">High-estimate deaths per period.</param>
public sealed record SeriesGroup(string Name, double[] Best, double[] Low, double[] High)
{
    /// <summary>The sum over covered periods (missing periods are left out, not read as zero).</summary>
    public double Total => Best.Where(double.IsFinite).Sum();
}
