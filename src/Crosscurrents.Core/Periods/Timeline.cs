using Crosscurrents.Core.Internal;

namespace Crosscurrents.Core.Periods;

/// <summary>The timeline of ceasefires, talks, operations, strikes and regime changes used as model covariates.</summary>
public sealed class Timeline
{
    /// <summary>The kinds the shipped timeline uses; a file may add others, which are kept as they are.</summary>
    public static readonly IReadOnlyList<string> KnownKinds =
    [
        "regime_change", "negotiation", "ceasefire", "ceasefire_end", "cross_border_strike", "border_clash",
        "major_attack", "military_operation", "military_operation_end", "organisational", "policy", "drone_campaign",
    ];

    public Timeline(IEnumerable<Period> periods)
    {
        Periods = periods.OrderBy(p => p.Start).ThenBy(p => p.Kind, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Period> Periods { get; }

    public IEnumerable<Period> OfKind(params string[] kinds) =>
        Periods.Where(p => kinds.Contains(p.Kind, StringComparer.Ordinal));

    /// <summary>Parties as written in the timeline file or the store: registry ids separated by <c>;</c>.</summary>
    public static IReadOnlyList<string> SplitParties(string? text) =>
        text is null ? [] : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The periods whose parties include one of the given actors (e.g. a group with its factions).</summary>
    public IEnumerable<Period> WithParty(IReadOnlySet<string> actors) =>
        Periods.Where(p => p.Parties.Any(actors.Contains));

    public static Timeline Load(string path)
    {
        var periods = DataFileReader.Read(path, ["date_start", "date_end", "kind", "description", "source_url"], row =>
        {
            var start = row.OptionalDate("date_start") ?? throw new InvalidDataException($"{path}: a row has no date_start");
            var end = row.OptionalDate("date_end");
            if (end < start)
            {
                throw new InvalidDataException($"{path}: period '{row.Required("kind")}' starting {start:yyyy-MM-dd} ends before it starts");
            }

            return new Period(start, end, row.Required("kind"), row.Required("description"), row.Optional("source_url"))
            {
                Parties = SplitParties(row.Optional("parties")),
            };
        });
        return new Timeline(periods);
    }
}
