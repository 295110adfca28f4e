using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Store.Sql;

/// <summary>
/// A monthly rollup of the events table, kept by every write (rebuilt inside the write's transaction), from which the
/// SQL backends answer counts and snapshots without scanning the events: one row per month and combination of the
/// columns a filter or a count key can name, with the incidents, deaths and the snapshot aggregates of its events.
/// </summary>
/// <remarks>
/// Its month column is called <c>date_start</c> (holding the month's first day), so <see cref="EventFilterSql"/>'s
/// WHERE clause applies unchanged when the filter's dates fall on month boundaries. It answers only what it can answer
/// exactly (<see cref="Answers"/>): no links in the store (then reports must be grouped into incidents), no
/// minimum-deaths or id filter, month-aligned dates, months or years; anything else reads the events table.
/// </remarks>
internal static class EventRollupSql
{
    private const string Group = "country, province, district, source_province, source_district, side_a, side_a_actor, side_b, side_b_actor, violence_type, dataset";

    /// <summary>The table's columns in order (the order <see cref="RollupRows"/> writes them).</summary>
    public const string Columns = "date_start, " + Group + ", events, best, low, high, first, last, key_xor, key_sum";

    /// <summary>The table, in the backend's types.</summary>
    public static string Create(string text, string tinyInt, string hugeInt) => $"""
        CREATE TABLE event_rollup (
            date_start DATE NOT NULL,
            country {text} NOT NULL,
            province {text},
            district {text},
            source_province {text},
            source_district {text},
            side_a {text} NOT NULL,
            side_a_actor {text},
            side_b {text} NOT NULL,
            side_b_actor {text},
            violence_type {tinyInt} NOT NULL,
            dataset {text} NOT NULL,
            events BIGINT NOT NULL,
            best BIGINT NOT NULL,
            low BIGINT NOT NULL,
            high BIGINT NOT NULL,
            first DATE NOT NULL,
            last DATE NOT NULL,
            key_xor BIGINT NOT NULL,
            key_sum {hugeInt} NOT NULL
        );
        """;

    /// <summary>Replaces the rollup with one computed from the events table (run inside each write's transaction).</summary>
    /// <param name="hexToBigint">The backend's expression that reads a hex string as a BIGINT.</param>
    public static string Rebuild(Func<string, string> hexToBigint) => "DELETE FROM event_rollup;\n" + Insert(hexToBigint, "");

    /// <summary>Adds the rollup rows of one dataset's events, for a dataset the rollup did not hold (no stored row can
    /// share a group with them, the dataset being a group column).</summary>
    /// <param name="hexToBigint">The backend's expression that reads a hex string as a BIGINT.</param>
    /// <param name="dataset">The placeholder of the dataset's name.</param>
    public static string AddDataset(Func<string, string> hexToBigint, string dataset) => Insert(hexToBigint, $" WHERE dataset = {dataset}");

    private static string Insert(Func<string, string> hexToBigint, string where)
    {
        ArgumentNullException.ThrowIfNull(hexToBigint);
        var key = hexToBigint($"substr(content_hash, 1, {DataSnapshot.KeyDigits})");
        return $"""
            INSERT INTO event_rollup
              SELECT {EventCountSql.PeriodOf(TimeResolution.Month)}, {Group},
                     count(*), sum(fatalities_best), sum(least(fatalities_low, fatalities_best)), sum(greatest(fatalities_high, fatalities_best)),
                     min(date_start), max(date_start), bit_xor({key}), sum({key})
              FROM events{where}
              GROUP BY {EventCountSql.PeriodOf(TimeResolution.Month)}, {Group};
            """;
    }

    /// <summary>Whether the rollup gives exactly what the events table would for this filter (and resolution).</summary>
    public static bool Answers(EventFilter filter, bool linked, TimeResolution? resolution = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return !linked && filter.MinFatalities is null && filter.Id is null
            && (filter.From is not { } from || from.Day == 1)
            && (filter.To is not { } to || to == DateOnly.MaxValue || to.AddDays(1).Day == 1)
            && (resolution is null or TimeResolution.Month or TimeResolution.Year);
    }

    /// <summary>Counts from the rollup: the same rows <see cref="EventCountSql.Counts"/> gives from the events.</summary>
    public static (string Sql, List<object> Parameters) Counts(EventFilter filter, CountRequest request, Func<int, string> placeholder)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (where, parameters) = EventFilterSql.Where(filter, placeholder);
        var (select, groupBy) = EventCountSql.Grouping(request);
        return ($"""
            SELECT {select}, CAST(sum(events) AS BIGINT), CAST(sum(best) AS BIGINT), CAST(sum(low) AS BIGINT), CAST(sum(high) AS BIGINT),
                   min(first), max(last)
            FROM event_rollup{where}
            GROUP BY {groupBy} ORDER BY {groupBy}
            """, parameters);
    }

    /// <summary>The snapshot aggregates from the rollup (the row <see cref="EventCountSql.ReadSnapshot"/> reads).</summary>
    public static (string Sql, List<object> Parameters) Snapshot(EventFilter filter, Func<int, string> placeholder)
    {
        var (where, parameters) = EventFilterSql.Where(filter, placeholder);
        return ($"SELECT coalesce(CAST(sum(events) AS BIGINT), 0), coalesce(bit_xor(key_xor), 0), coalesce(sum(key_sum), 0) FROM event_rollup{where}", parameters);
    }
}
