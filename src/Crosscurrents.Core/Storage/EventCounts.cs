using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Core.Storage;

/// <summary>What the rows of <see cref="IEventStore.CountAsync"/> are split by, besides the period.</summary>
public enum CountKey
{
    /// <summary>One row per period.</summary>
    None,
    /// <summary>Per period and province.</summary>
    Province,
    /// <summary>Per period, province and district.</summary>
    District,
    /// <summary>Per period and the two sides as the source names them (name and registry id of each).</summary>
    Sides,
}

/// <summary>How <see cref="IEventStore.CountAsync"/> aggregates.</summary>
/// <param name="Resolution">The period: the day, ISO week (from Monday), month or year the event starts in.</param>
/// <param name="Key">What else the rows are split by.</param>
public sealed record CountRequest(TimeResolution Resolution, CountKey Key = CountKey.None);

/// <summary>One row of counts: the incidents that start in a period and share a key, and their deaths.</summary>
/// <param name="Period">The first day of the period.</param>
/// <param name="Province">Province (with <see cref="CountKey.Province"/> or <see cref="CountKey.District"/>).</param>
/// <param name="District">District (with <see cref="CountKey.District"/>).</param>
/// <param name="SideA">Side A as the source names it (with <see cref="CountKey.Sides"/>).</param>
/// <param name="SideAActor">Side A's registry id, if resolved.</param>
/// <param name="SideB">Side B as the source names it.</param>
/// <param name="SideBActor">Side B's registry id, if resolved.</param>
/// <param name="Events">Incidents (reports of one incident in several datasets count once).</param>
/// <param name="Best">Sum of best-estimate deaths.</param>
/// <param name="Low">Sum of the low estimates (each at most its best; across an incident's reports the lowest).</param>
/// <param name="High">Sum of the high estimates (each at least its best; across an incident's reports the highest).</param>
/// <param name="First">The earliest start date in the row.</param>
/// <param name="Last">The latest start date in the row.</param>
public sealed record EventCountRow(
    DateOnly Period,
    string? Province,
    string? District,
    string? SideA,
    string? SideAActor,
    string? SideB,
    string? SideBActor,
    long Events,
    long Best,
    long Low,
    long High,
    DateOnly First,
    DateOnly Last);

/// <summary>Counts computed where the events live, with the snapshot of the events they count and what the store's
/// datasets cover, like <see cref="EventSet"/> but without the events: its size is the number of periods and keys.</summary>
public sealed record EventCounts(IReadOnlyList<EventCountRow> Rows, DataSnapshot Snapshot)
{
    /// <summary>The filter the events were selected by.</summary>
    public EventFilter Filter { get; init; } = EventFilter.All;

    /// <summary>What the store's datasets cover.</summary>
    public CoverageMap Coverage { get; init; } = CoverageMap.Empty;

    /// <summary>How the rows were aggregated.</summary>
    public CountRequest Request { get; init; } = new(TimeResolution.Month);

    /// <summary>The coverage scope of the filter.</summary>
    public CoverageScope Scope => CoverageScope.Of(Filter);
}
