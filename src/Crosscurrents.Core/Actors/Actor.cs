namespace Crosscurrents.Core.Actors;

/// <summary>A canonical actor in the registry.</summary>
/// <param name="Id">Stable id used everywhere else (e.g. <c>ttp</c>, <c>ttp-hgb</c>).</param>
/// <param name="Name">Display name.</param>
/// <param name="ParentId">The group this actor belongs to (faction → group), or null for a top-level actor.</param>
/// <param name="Role">state, state-force, host-state, foreign-state, militant-group, faction, front, civilians, …</param>
/// <param name="Country">Country the actor is based in, when it has one.</param>
/// <param name="Description">A short note for analysts.</param>
public sealed record Actor(string Id, string Name, string? ParentId, string Role, string? Country, string? Description);
