using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Cli.Commands;

/// <summary>The event filter options shared by <c>events</c> and <c>series</c>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<string> _from = new("--from") { Description = "First day, yyyy-MM-dd (or yyyy, yyyy-MM)" };
    private readonly Option<string> _to = new("--to") { Description = "Last day, yyyy-MM-dd (or yyyy, yyyy-MM: the end of that year or month)" };
    private readonly Option<string> _country = new("--country") { Description = "Country, e.g. Pakistan" };
    private readonly Option<string> _province = new("--province") { Description = "Province (current or as the source named it), e.g. Balochistan" };
    private readonly Option<string> _district = new("--district") { Description = "District, e.g. \"North Waziristan\"" };
    private readonly Option<string> _actor = new("--actor") { Description = "Actor id, name or alias; includes its factions and fronts (e.g. ttp)" };
    private readonly Option<string> _dyad = new("--dyad") { Description = "Two actors, A:B, in either order (e.g. pak-state:ttp)" };
    private readonly Option<string> _violence = new("--violence") { Description = "Type of violence: state-based, non-state, one-sided (or 1, 2, 3)" };
    private readonly Option<int?> _minFatalities = new("--min-fatalities") { Description = "Only events with at least this many deaths (best estimate; 0 to 1000000)" };
    private readonly Option<string> _dataset = new("--dataset") { Description = "Only events of one dataset (ucdp-ged, ucdp-candidate, acled, ...)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _from, _to, _country, _province, _district, _actor, _dyad, _violence, _minFatalities, _dataset })
        {
            command.Options.Add(option);
        }
    }

    public EventFilter Build(ParseResult result, ActorRegistry actors)
    {
        IReadOnlySet<string>? actorIds = null, opponentIds = null;
        if (result.GetValue(_dyad) is { } dyad)
        {
            var parts = dyad.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new UsageException($"--dyad '{dyad}': give two actors as A:B, e.g. pak-state:ttp");
            }

            actorIds = Actor(actors, parts[0]);
            opponentIds = Actor(actors, parts[1]);
        }

        if (result.GetValue(_actor) is { } actor)
        {
            var ids = Actor(actors, actor);
            if (actorIds is null)
            {
                actorIds = ids;
            }
            else
            {
                throw new UsageException("give either --actor or --dyad, not both");
            }
        }

        return new EventFilter
        {
            From = Date(result.GetValue(_from), "--from", end: false),
            To = Date(result.GetValue(_to), "--to", end: true),
            Country = result.GetValue(_country),
            Province = result.GetValue(_province),
            District = result.GetValue(_district),
            ActorIds = actorIds,
            OpponentIds = opponentIds,
            ViolenceType = Violence(result.GetValue(_violence)),
            MinFatalities = result.GetValue(_minFatalities) is { } min and (< 0 or > 1_000_000)
                ? throw new UsageException($"--min-fatalities {min}: expected a whole number from 0 to 1000000")
                : result.GetValue(_minFatalities),
            Dataset = result.GetValue(_dataset),
        };
    }

    private static HashSet<string> Actor(ActorRegistry actors, string name)
    {
        var actor = actors.Lookup(name) ?? throw new UsageException($"unknown actor '{name}'; 'crosscurrents actors' lists the registry");
        return actors.WithDescendants(actor.Id).ToHashSet(StringComparer.Ordinal);
    }

    private static ViolenceType? Violence(string? value) => value?.ToUpperInvariant() switch
    {
        null => null,
        "1" or "STATE-BASED" or "STATE" => ViolenceType.StateBased,
        "2" or "NON-STATE" => ViolenceType.NonState,
        "3" or "ONE-SIDED" => ViolenceType.OneSided,
        _ => throw new UsageException($"--violence '{value}': use state-based, non-state or one-sided (or 1, 2, 3)"),
    };

    /// <summary>Parses yyyy, yyyy-MM or yyyy-MM-dd; a year or month as an end means its last day.</summary>
    public static DateOnly? Date(string? value, string option, bool end)
    {
        if (value is null)
        {
            return null;
        }

        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month))
        {
            return end ? month.AddDays(DateTime.DaysInMonth(month.Year, month.Month) - 1) : month;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, c, out var year) && year is > 0 and < 10000)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new UsageException($"{option} '{value}': expected yyyy-MM-dd, yyyy-MM or yyyy");
    }
}
