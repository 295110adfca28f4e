using System.Data.Common;
using System.Numerics;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Store.Sql;

/// <summary>
/// The aggregate queries the SQL backends (DuckDB, PostgreSQL) share: counts per period and key
/// (<see cref="IEventStore.CountAsync"/>) and the snapshot of a filter (<see cref="DataSnapshot.OfEvents"/>) computed
/// inside the database, so that neither sends its events to the process.
/// </summary>
/// <remarks>
/// One incident once, as <see cref="EventSet.Incidents"/> does in memory: when the store holds links, reports are grouped
/// by incident (the lead report, else the first by id, stands for it; the low and high deaths are the range across
/// the incident's reports). Without links every event is its own incident and the plain GROUP BY is used.
/// </remarks>
internal static class EventCountSql
{
    /// <summary>Whether the store holds any cross-dataset link (then counts group reports into incidents).</summary>
    public const string AnyLink = "SELECT EXISTS (SELECT 1 FROM event_links)";

    /// <summary>The first day of the period an event starts in (ISO weeks from Monday), the same text on both backends.</summary>
    public static string PeriodOf(TimeResolution resolution, string column = "date_start") => resolution switch
    {
        TimeResolution.Day => column,
        TimeResolution.Week => $"CAST(date_trunc('week', CAST({column} AS TIMESTAMP)) AS DATE)",
        TimeResolution.Month => $"CAST(date_trunc('month', CAST({column} AS TIMESTAMP)) AS DATE)",
        TimeResolution.Year => $"CAST(date_trunc('year', CAST({column} AS TIMESTAMP)) AS DATE)",
        _ => throw new ArgumentOutOfRangeException(nameof(resolution)),
    };

    /// <summary>The counts query and its parameters.</summary>
    /// <param name="filter">Which events.</param>
    /// <param name="request">Period and key.</param>
    /// <param name="placeholder">The backend's parameter placeholder.</param>
    /// <param name="linked">Whether the store holds any cross-dataset links (then incidents are grouped).</param>
    public static (string Sql, List<object> Parameters) Counts(EventFilter filter, CountRequest request, Func<int, string> placeholder, bool linked)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (where, parameters) = EventFilterSql.Where(filter, placeholder);
        var (select, groupBy) = Grouping(request);
        if (!linked)
        {
            return ($"""
                SELECT {select}, count(*), CAST(sum(fatalities_best) AS BIGINT),
                       CAST(sum(least(fatalities_low, fatalities_best)) AS BIGINT), CAST(sum(greatest(fatalities_high, fatalities_best)) AS BIGINT),
                       min(date_start), max(date_start)
                FROM events{where}
                GROUP BY {groupBy} ORDER BY {groupBy}
                """, parameters);
        }

        return ($"""
            WITH f AS (
                SELECT id, date_start, province, district, side_a, side_a_actor, side_b, side_b_actor,
                       fatalities_low, fatalities_best, fatalities_high,
                       coalesce((SELECT min(l.incident_id) FROM event_links l WHERE l.event_id = events.id), id) AS incident
                FROM events{where}),
            r AS (
                SELECT f.*,
                       row_number() OVER (PARTITION BY incident ORDER BY CASE WHEN id = incident THEN 0 ELSE 1 END, id) AS rn,
                       min(least(fatalities_low, fatalities_best)) OVER (PARTITION BY incident) AS lo,
                       max(greatest(fatalities_high, fatalities_best)) OVER (PARTITION BY incident) AS hi
                FROM f)
            SELECT {select}, count(*), CAST(sum(fatalities_best) AS BIGINT), CAST(sum(lo) AS BIGINT), CAST(sum(hi) AS BIGINT),
                   min(date_start), max(date_start)
            FROM r WHERE rn = 1
            GROUP BY {groupBy} ORDER BY {groupBy}
            """, parameters);
    }

    /// <summary>Incidents per best death toll (at least 0), ascending: the same incidents as <see cref="Counts"/>.</summary>
    public static (string Sql, List<object> Parameters) Tolls(EventFilter filter, Func<int, string> placeholder, bool linked)
    {
        var (where, parameters) = EventFilterSql.Where(filter, placeholder);
        if (!linked)
        {
            return ($"SELECT CAST(greatest(fatalities_best, 0) AS BIGINT) AS toll, count(*) FROM events{where} GROUP BY 1 ORDER BY 1", parameters);
        }

        return ($"""
            WITH f AS (
                SELECT id, fatalities_best,
                       coalesce((SELECT min(l.incident_id) FROM event_links l WHERE l.event_id = events.id), id) AS incident
                FROM events{where}),
            r AS (
                SELECT fatalities_best, row_number() OVER (PARTITION BY incident ORDER BY CASE WHEN id = incident THEN 0 ELSE 1 END, id) AS rn
                FROM f)
            SELECT CAST(greatest(fatalities_best, 0) AS BIGINT) AS toll, count(*) FROM r WHERE rn = 1 GROUP BY 1 ORDER BY 1
            """, parameters);
    }

    /// <summary>The period and key columns of a counts query (period, then the six key columns of
    /// <see cref="EventCountRow"/>, NULL where unused) and the GROUP BY list.</summary>
    public static (string Select, string GroupBy) Grouping(CountRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = KeyColumns(request.Key);
        var period = PeriodOf(request.Resolution);
        return ($"{period}, {string.Join(", ", key)}", string.Join(", ", new[] { period }.Concat(key.Where(k => k != NoKey))));
    }

    /// <summary>The snapshot query: count, XOR and sum of each selected event's key (the first
    /// <see cref="DataSnapshot.KeyDigits"/> hex digits of its content hash, as a number).</summary>
    /// <param name="filter">Which events.</param>
    /// <param name="placeholder">The backend's parameter placeholder.</param>
    /// <param name="hexToBigint">The backend's expression that reads a hex string as a BIGINT.</param>
    public static (string Sql, List<object> Parameters) Snapshot(EventFilter filter, Func<int, string> placeholder, Func<string, string> hexToBigint)
    {
        ArgumentNullException.ThrowIfNull(hexToBigint);
        var (where, parameters) = EventFilterSql.Where(filter, placeholder);
        var key = hexToBigint($"substr(content_hash, 1, {DataSnapshot.KeyDigits})");
        return ($"SELECT count(*), coalesce(bit_xor(k), 0), coalesce(sum(k), 0) FROM (SELECT {key} AS k FROM events{where}) keys", parameters);
    }

    /// <summary>The snapshot from the row of <see cref="Snapshot"/> (its three columns from <paramref name="at"/>).</summary>
    public static DataSnapshot ReadSnapshot(DbDataReader reader, int at = 0)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sum = reader.GetValue(at + 2) switch
        {
            BigInteger b => b,
            decimal d => new BigInteger(d),
            long l => new BigInteger(l),
            var other => BigInteger.Parse(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture),
        };
        return DataSnapshot.FromEventAggregates(reader.GetInt64(at), reader.GetInt64(at + 1), sum);
    }

    /// <summary>One row of <see cref="Counts"/>.</summary>
    public static EventCountRow ReadRow(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new EventCountRow(
            reader.GetFieldValue<DateOnly>(0), Text(1), Text(2), Text(3), Text(4), Text(5), Text(6),
            reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10),
            reader.GetFieldValue<DateOnly>(11), reader.GetFieldValue<DateOnly>(12));
    }

    private const string NoKey = "CAST(NULL AS VARCHAR)";

    // Always six key columns in EventCountRow's order, NULL where the key does not use them.
    private static string[] KeyColumns(CountKey key) => key switch
    {
        CountKey.None => [NoKey, NoKey, NoKey, NoKey, NoKey, NoKey],
        CountKey.Province => ["province", NoKey, NoKey, NoKey, NoKey, NoKey],
        CountKey.District => ["province", "district", NoKey, NoKey, NoKey, NoKey],
        CountKey.Sides => [NoKey, NoKey, "side_a", "side_a_actor", "side_b", "side_b_actor"],
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };
}
