using Crosscurrents.Core;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Analysis.Inputs;

/// <summary>
/// An event filter as a user gives it (text, as typed on a command line or in a query string); <see cref="ToFilter"/>
/// resolves actors and dates and checks every field, naming the field in its error.
/// </summary>
public sealed record EventQuery
{
    public string? From { get; init; }

    public string? To { get; init; }

    public string? Country { get; init; }

    public string? Province { get; init; }

    public string? District { get; init; }

    /// <summary>Actor id, name or alias; includes its factions and fronts.</summary>
    public string? Actor { get; init; }

    /// <summary>Two actors, A:B, in either order.</summary>
    public string? Dyad { get; init; }

    /// <summary>state-based, non-state, one-sided (or 1, 2, 3).</summary>
    public string? Violence { get; init; }

    public int? MinFatalities { get; init; }

    public string? Dataset { get; init; }

    /// <summary>The store filter, or a <see cref="UsageException"/> naming the field that is wrong.</summary>
    public EventFilter ToFilter(ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        IReadOnlySet<string>? actorIds = null, opponentIds = null;
        if (Dyad is { } dyad)
        {
            var parts = dyad.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new UsageException($"--dyad '{dyad}': give two actors as A:B, e.g. pak-state:ttp");
            }

            actorIds = Resolve(actors, parts[0]);
            opponentIds = Resolve(actors, parts[1]);
        }

        if (Actor is { } actor)
        {
            actorIds = actorIds is null ? Resolve(actors, actor) : throw new UsageException("give either --actor or --dyad, not both");
        }

        return new EventFilter
        {
            From = DateInput.Parse(From, "--from", end: false),
            To = DateInput.Parse(To, "--to", end: true),
            Country = Country,
            Province = Province,
            District = District,
            ActorIds = actorIds,
            OpponentIds = opponentIds,
            ViolenceType = ParseViolence(Violence),
            MinFatalities = MinFatalities is { } min and (< 0 or > 1_000_000)
                ? throw new UsageException($"--min-fatalities {min}: expected a whole number from 0 to 1000000")
                : MinFatalities,
            Dataset = Dataset,
        };
    }

    private static HashSet<string> Resolve(ActorRegistry actors, string name)
    {
        var actor = actors.Lookup(name) ?? throw new UsageException($"unknown actor '{name}'; 'crosscurrents actors' lists the registry");
        return actors.WithDescendants(actor.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static ViolenceType? ParseViolence(string? value) => value?.ToUpperInvariant() switch
    {
        null => null,
        "1" or "STATE-BASED" or "STATE" => ViolenceType.StateBased,
        "2" or "NON-STATE" => ViolenceType.NonState,
        "3" or "ONE-SIDED" => ViolenceType.OneSided,
        _ => throw new UsageException($"--violence '{value}': use state-based, non-state or one-sided (or 1, 2, 3)"),
    };
}
