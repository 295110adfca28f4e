using System.Collections.Concurrent;
using System.Collections.Frozen;
using Crosscurrents.Core.Internal;

namespace Crosscurrents.Core.Actors;

/// <summary>
/// The actor registry: canonical actors with their hierarchy and the aliases each source uses for them.
/// Loaded from two editable CSV files (<c>actors.csv</c>, <c>aliases.csv</c>).
/// </summary>
public sealed class ActorRegistry
{
    private readonly FrozenDictionary<string, Actor> _actors;
    private readonly FrozenDictionary<string, ActorAlias[]> _aliasesByName;
    private readonly FrozenDictionary<string, string[]> _children;

    // Side names repeat across millions of rows; each distinct spelling is normalised and looked up once.
    private readonly ConcurrentDictionary<string, ActorAlias[]?> _candidatesByRawName = new(StringComparer.Ordinal);

    public ActorRegistry(IEnumerable<Actor> actors, IEnumerable<ActorAlias> aliases)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(aliases);
        _actors = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var actor in _actors.Values)
        {
            if (actor.ParentId is not null && !_actors.ContainsKey(actor.ParentId))
            {
                throw new InvalidDataException($"actor '{actor.Id}' names unknown parent '{actor.ParentId}'");
            }
        }

        var aliasList = aliases.ToList();
        foreach (var alias in aliasList)
        {
            if (!_actors.ContainsKey(alias.ActorId))
            {
                throw new InvalidDataException($"alias '{alias.Name}' names unknown actor '{alias.ActorId}'");
            }
        }

        Aliases = aliasList;
        _aliasesByName = aliasList
            .GroupBy(a => NormaliseName(a.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _children = _actors.Values
            .Where(a => a.ParentId is not null)
            .GroupBy(a => a.ParentId!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(a => a.Id).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>All actors, in id order.</summary>
    public IEnumerable<Actor> Actors => _actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal);

    public IReadOnlyList<ActorAlias> Aliases { get; }

    public Actor? Find(string id) => _actors.GetValueOrDefault(id);

    /// <summary>
    /// Resolves a side name as a source writes it. An alias for the same source family wins over a <c>*</c> alias;
    /// dated aliases apply only on their dates. Returns null when nothing matches.
    /// </summary>
    public string? Resolve(string sourceFamily, string name, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var candidates = _candidatesByRawName.GetOrAdd(name, raw => _aliasesByName.GetValueOrDefault(NormaliseName(raw)));
        if (candidates is null)
        {
            return null;
        }

        string? wildcard = null;
        foreach (var alias in candidates)
        {
            if (!alias.IsValidOn(date))
            {
                continue;
            }

            if (string.Equals(alias.Source, sourceFamily, StringComparison.OrdinalIgnoreCase))
            {
                return alias.ActorId;
            }

            if (alias.Source == "*")
            {
                wildcard ??= alias.ActorId;
            }
        }

        return wildcard;
    }

    /// <summary>Finds an actor by id, name or any alias (for command-line filters such as <c>--actor TTP</c>).</summary>
    public Actor? Lookup(string idOrName)
    {
        if (_actors.TryGetValue(idOrName, out var byId))
        {
            return byId;
        }

        var key = NormaliseName(idOrName);
        var byName = _actors.Values.FirstOrDefault(a => NormaliseName(a.Name) == key);
        if (byName is not null)
        {
            return byName;
        }

        return _aliasesByName.TryGetValue(key, out var aliases) ? _actors[aliases[0].ActorId] : null;
    }

    /// <summary>The actor and all its factions, fronts and sub-factions, recursively.</summary>
    public IReadOnlySet<string> WithDescendants(string id)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { id };
        var stack = new Stack<string>();
        stack.Push(id);
        while (stack.Count > 0)
        {
            if (_children.TryGetValue(stack.Pop(), out var kids))
            {
                foreach (var kid in kids)
                {
                    if (result.Add(kid))
                    {
                        stack.Push(kid);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The group an actor counts under in summaries: factions, fronts and state forces climb to their parent until an
    /// actor of another role is reached (TTP factions → TTP, Frontier Corps → Government of Pakistan, but BLA stays BLA
    /// rather than becoming "Baloch separatist groups").
    /// </summary>
    public string GroupOf(string id)
    {
        var current = id;
        while (_actors.TryGetValue(current, out var actor) && actor.ParentId is not null && actor.Role is "faction" or "front" or "state-force")
        {
            current = actor.ParentId;
        }

        return current;
    }

    /// <summary>The top-level ancestor of an actor (itself when it has no parent).</summary>
    public string RootOf(string id)
    {
        var current = id;
        while (_actors.TryGetValue(current, out var actor) && actor.ParentId is not null)
        {
            current = actor.ParentId;
        }

        return current;
    }

    /// <summary>Loads the registry from <c>actors.csv</c> and <c>aliases.csv</c> in a folder.</summary>
    public static ActorRegistry Load(string folder)
    {
        var actorsPath = Path.Combine(folder, "actors.csv");
        var aliasesPath = Path.Combine(folder, "aliases.csv");
        var actors = DataFileReader.Read(actorsPath, ["id", "name", "parent", "role", "country", "description"], row =>
            new Actor(row.Required("id"), row.Required("name"), row.Optional("parent"), row.Required("role"),
                row.Optional("country"), row.Optional("description")));
        var aliases = DataFileReader.Read(aliasesPath, ["actor_id", "source", "alias", "valid_from", "valid_to"], row =>
            new ActorAlias(row.Required("actor_id"), row.Required("source"), row.Required("alias"),
                row.OptionalDate("valid_from"), row.OptionalDate("valid_to")));
        return new ActorRegistry(actors, aliases);
    }

    private static string NormaliseName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
