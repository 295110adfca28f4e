namespace Crosscurrents.Core.Events;

/// <summary>
/// One event of organised violence (or a coded news event), as stored: where it came from, when and where
/// it happened, who fought whom and how many died.
/// </summary>
/// <remarks>
/// <see cref="Id"/> is stable across releases of the same source (<c>dataset:source id</c>), so a newer release
/// of UCDP GED updates an event instead of duplicating it.
/// </remarks>
public sealed record ConflictEvent
{
    /// <summary>Stable id: <c>{dataset}:{id in the source}</c>, e.g. <c>ucdp-ged:59553</c>.</summary>
    public required string Id { get; init; }

    public required EventSource Source { get; init; }

    public required DateOnly DateStart { get; init; }

    public required DateOnly DateEnd { get; init; }

    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;

    public required EventPlace Place { get; init; }

    /// <summary>Side A as the source names it, and the registry actor it resolved to (null when unresolved).</summary>
    public required ActorMention SideA { get; init; }

    public required ActorMention SideB { get; init; }

    public ViolenceType ViolenceType { get; init; } = ViolenceType.Unknown;

    /// <summary>The source's own event type where it has one (ACLED <c>event_type</c>/<c>sub_event_type</c>).</summary>
    public string? EventType { get; init; }

    public required Fatalities Fatalities { get; init; }

    /// <summary>Provenance as the source gives it: headline, article reference or notes.</summary>
    public string? SourceText { get; init; }

    /// <summary>The import batch that wrote the event into the store (null for an event not read from a store).
    /// Not part of the content hash: re-importing the same event does not change it.</summary>
    public string? ImportBatch { get; init; }

    /// <summary>The incident this report belongs to: the id of the lead report when reports of the same incident from
    /// several datasets were linked (see <c>EventLinker</c>), else the event's own id. Not part of the content hash.</summary>
    public string? IncidentId { get; init; }

    /// <summary>The incident id, or the event's own id when it was not linked.</summary>
    public string Incident => IncidentId ?? Id;
}
