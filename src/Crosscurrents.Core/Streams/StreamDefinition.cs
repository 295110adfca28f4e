using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Internal;

namespace Crosscurrents.Core.Streams;

/// <summary>
/// A stream: a named event filter (for example <c>ttp</c>: events with a TTP-family actor in Pakistan) that models
/// count and compare. Shipped defaults are in <c>data/streams.csv</c>; users add their own rows.
/// </summary>
/// <param name="Name">Short name used on the command line.</param>
/// <param name="Description">What it selects.</param>
/// <param name="Actor">Actor id; the stream takes the actor with its factions and fronts.</param>
/// <param name="Opponent">Second actor id for a dyad stream.</param>
/// <param name="Country">Country where the events happened.</param>
/// <param name="Province">Province.</param>
/// <param name="Violence">state-based, non-state or one-sided.</param>
/// <param name="MinFatalities">Only events with at least this many deaths.</param>
public sealed record StreamDefinition(string Name, string Description, string? Actor, string? Opponent, string? Country, string? Province,
    ViolenceType? Violence, int? MinFatalities)
{
    /// <summary>The stream as an event filter.</summary>
    /// <exception cref="InvalidDataException">The stream names an actor the registry does not have.</exception>
    public EventFilter ToFilter(ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        IReadOnlySet<string>? Family(string? id) => id is null
            ? null
            : actors.Find(id) is null ? throw new InvalidDataException($"stream '{Name}' names unknown actor '{id}'") : actors.WithDescendants(id);
        return new EventFilter
        {
            ActorIds = Family(Actor),
            OpponentIds = Family(Opponent),
            Country = Country,
            Province = Province,
            ViolenceType = Violence,
            MinFatalities = MinFatalities,
        };
    }

    public static IReadOnlyList<StreamDefinition> Load(string path) =>
        DataFileReader.Read(path, ["name", "description", "actor", "opponent", "country", "province", "violence", "min_fatalities"], row =>
            new StreamDefinition(
                row.Required("name"),
                row.Required("description"),
                row.Optional("actor"),
                row.Optional("opponent"),
                row.Optional("country"),
                row.Optional("province"),
                row.Optional("violence") switch
                {
                    null => null,
                    "state-based" => ViolenceType.StateBased,
                    "non-state" => ViolenceType.NonState,
                    "one-sided" => ViolenceType.OneSided,
                    var other => throw new InvalidDataException($"{path}: stream '{row.Required("name")}' has violence '{other}' (use state-based, non-state or one-sided)"),
                },
                row.OptionalDouble("min_fatalities") is { } m ? (int)m : null));
}
