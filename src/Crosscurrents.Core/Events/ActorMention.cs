namespace Crosscurrents.Core.Events;

/// <summary>A side of an event: the name the source used and the registry actor it resolved to.</summary>
/// <param name="Name">The name exactly as in the source.</param>
/// <param name="ActorId">The canonical actor id, or null when the registry has no alias for the name.</param>
public readonly record struct ActorMention(string Name, string? ActorId)
{
    public bool IsResolved => ActorId is not null;
}
