using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Analysis.Brief;

/// <summary>What the brief reads of the events: counts aggregated where the events live, never the events themselves,
/// so the brief's memory grows with days, places and dyads, not with events.</summary>
/// <param name="Days">Incidents and deaths per day (its snapshot names every event in the store).</param>
/// <param name="DaysByProvince">The same per day and province.</param>
/// <param name="DaysBySides">The same per day and the two sides as the sources name them.</param>
/// <param name="TtpDays">Per day, the events with the TTP or one of its factions as a side.</param>
/// <param name="Districts">Per year, province and district (for the map).</param>
public sealed record BriefEvents(EventCounts Days, EventCounts DaysByProvince, EventCounts DaysBySides, EventCounts TtpDays, EventCounts Districts)
{
    private static readonly string[] TtpIds = ["ttp"];

    /// <summary>The snapshot of every event the brief counts.</summary>
    public DataSnapshot Snapshot => Days.Snapshot;

    /// <summary>What the store's datasets cover.</summary>
    public CoverageMap Coverage => Days.Coverage;

    /// <summary>The coverage scope of the events (the whole store).</summary>
    public CoverageScope Scope => Days.Scope;

    /// <summary>The counts of the brief from the store: five aggregate queries.</summary>
    public static BriefEvents FromStore(IEventStore store, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(actors);
        EventCounts Count(EventFilter filter, TimeResolution resolution, CountKey key) => store.Count(filter, new CountRequest(resolution, key));
        return new BriefEvents(Count(EventFilter.All, TimeResolution.Day, CountKey.None), Count(EventFilter.All, TimeResolution.Day, CountKey.Province),
            Count(EventFilter.All, TimeResolution.Day, CountKey.Sides), Count(TtpFilter(actors), TimeResolution.Day, CountKey.None),
            Count(EventFilter.All, TimeResolution.Year, CountKey.District));
    }

    /// <summary>The same counts from events held in memory (as the store would aggregate them).</summary>
    public static BriefEvents FromEvents(EventSet set, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(actors);
        var ttpIds = TtpFilter(actors).ActorIds!;
        var ttpEvents = set.Events.Where(e => ttpIds.Contains(e.SideA.ActorId ?? "") || ttpIds.Contains(e.SideB.ActorId ?? "")).ToList();
        var ttpSet = new EventSet(ttpEvents, DataSnapshot.OfEvents(ttpEvents.Select(EventContentHash.Compute))) { Filter = TtpFilter(actors), Coverage = set.Coverage };
        EventCounts Count(EventSet events, TimeResolution resolution, CountKey key) => SeriesBuilder.Aggregate(events, new CountRequest(resolution, key));
        return new BriefEvents(Count(set, TimeResolution.Day, CountKey.None), Count(set, TimeResolution.Day, CountKey.Province),
            Count(set, TimeResolution.Day, CountKey.Sides), Count(ttpSet, TimeResolution.Day, CountKey.None), Count(set, TimeResolution.Year, CountKey.District));
    }

    /// <summary>The events with the TTP (or a faction of it) as a side.</summary>
    public static EventFilter TtpFilter(ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        return EventFilter.All with { ActorIds = TtpIds.SelectMany(actors.WithDescendants).ToHashSet(StringComparer.Ordinal) };
    }
}
