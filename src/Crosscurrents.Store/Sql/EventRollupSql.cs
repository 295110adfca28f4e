using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Store.Sql;

/// <summary>
/// A rollup of the events table by week within month, kept by every write (rebuilt inside the write's transaction), from
/// which the SQL backends answer counts and snapshots without scanning the events: one row per piece of the calendar
/// that lies in one (ISO, Monday-first) week and one month, and combination of the columns a filter or a count key can
/// name, with the incidents, deaths and the snapshot aggregates of its events.
/// </summary>
/// <remarks>
/// Its period column is called <c>date_start</c> (holding the piece's first day: the week's Monday or the month's 1st,
/// whichever is later), so <see cref="EventFilterSql"/>'s WHERE clause applies unchanged when the filter's dates fall
/// on piece boundaries, and <see cref="EventCountSql.PeriodOf"/> of it is the week, month or year of every event in
/// the piece. Pieces rather than months, because a week straddles two months: a weekly series over a million events
/// read the events table (about 30 ms of CPU), from pieces it reads 1.4 times the rows of a monthly rollup. It answers
/// only what it can answer exactly (<see cref="Answers"/>): no links in the store (then reports must be grouped into
/// incidents), no minimum-deaths or id filter, dates on piece boundaries (a month's first or last day, a Monday or a
/// Sunday), weeks, months or years; anything else reads the events table.
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

    /// <summary>The first day of an event's piece: the later of its week's Monday and its month's 1st.</summary>
    private static string PieceOf => $"greatest({EventCountSql.PeriodOf(TimeResolution.Week)}, {EventCountSql.PeriodOf(TimeResolution.Month)})";

    /// <summary>The first day of the piece <paramref name="day"/> lies in (what <c>date_start</c> holds for its event).</summary>
    public static DateOnly PieceStart(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var first = new DateOnly(day.Year, day.Month, 1);
        return monday > first ? monday : first;
    }

    private static string Insert(Func<string, string> hexToBigint, string where)
    {
        ArgumentNullException.ThrowIfNull(hexToBigint);
        var key = hexToBigint($"substr(content_hash, 1, {DataSnapshot.KeyDigits})");
        return $"""
            INSERT INTO event_rollup
              SELECT {PieceOf}, {Group},
                     count(*), sum(fatalities_best), sum(least(fatalities_low, fatalities_best)), sum(greatest(fatalities_high, fatalities_best)),
                     min(date_start), max(date_start), bit_xor({key}), sum({key})
              FROM events{where}
              GROUP BY {PieceOf}, {Group};
            """;
    }

    /// <summary>Whether the rollup gives exactly what the events table would for this filter (and resolution).</summary>
    public static bool Answers(EventFilter filter, bool linked, TimeResolution? resolution = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return !linked && filter.MinFatalities is null && filter.Id is null
            && (filter.From is not { } from || StartsPiece(from))
            && (filter.To is not { } to || to == DateOnly.MaxValue || StartsPiece(to.AddDays(1)))
            && (resolution is null or TimeResolution.Week or TimeResolution.Month or TimeResolution.Year);
    }

    private static bool StartsPiece(DateOnly day) => day.Day == 1 || day.DayOfWeek == DayOfWeek.Monday;

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
