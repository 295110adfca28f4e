namespace Crosscurrents.Core.Events;

/// <summary>Which events a query selects. Every criterion is optional; set ones combine with AND.</summary>
/// <remarks>
/// <see cref="ActorIds"/> should already hold the actor with its factions (see <c>ActorRegistry.WithDescendants</c>);
/// an event matches when either side is one of them. A dyad matches when one side is in <see cref="ActorIds"/> and
/// the other in <see cref="OpponentIds"/>, in either order.
/// </remarks>
public sealed record EventFilter
{
    public static readonly EventFilter All = new();

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Country { get; init; }

    public string? Province { get; init; }

    public string? District { get; init; }

    public IReadOnlySet<string>? ActorIds { get; init; }

    public IReadOnlySet<string>? OpponentIds { get; init; }

    public ViolenceType? ViolenceType { get; init; }

    public int? MinFatalities { get; init; }

    public string? Dataset { get; init; }

    /// <summary>One event by its id.</summary>
    public string? Id { get; init; }
}
