using System.Data.Common;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Store.Sql;

/// <summary>Reads an event from the columns of <c>SelectEvents</c> (the event columns in table order, then the
/// incident id), the same in every SQL backend.</summary>
internal static class EventRows
{
    /// <summary>The position of the content hash among the event columns.</summary>
    public const int ContentHash = 30;

    public static ConflictEvent Read(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        int? I(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        return new ConflictEvent
        {
            Id = r.GetString(0),
            Source = new EventSource(r.GetString(1), r.GetString(2), r.GetString(3)),
            DateStart = r.GetFieldValue<DateOnly>(4),
            DateEnd = r.GetFieldValue<DateOnly>(5),
            DatePrecision = (DatePrecision)Small(r, 6),
            Place = new EventPlace(r.GetString(7), S(8), S(9), S(10), S(11), S(12), D(13), D(14), I(15)),
            SideA = new ActorMention(r.GetString(16), S(17)),
            SideB = new ActorMention(r.GetString(18), S(19)),
            ViolenceType = (ViolenceType)Small(r, 20),
            EventType = S(21),
            Fatalities = new Fatalities(r.GetInt32(22), r.GetInt32(23), r.GetInt32(24), I(25), I(26), I(27), I(28)),
            SourceText = S(29),
            ImportBatch = S(31),
            IncidentId = r.FieldCount > 32 ? S(32) : null,
        };
    }

    // DuckDB keeps the small codes as TINYINT, PostgreSQL (which has no one-byte integer) as SMALLINT.
    private static int Small(DbDataReader r, int i) => r.GetValue(i) switch
    {
        sbyte b => b,
        short s => s,
        byte u => u,
        int n => n,
        var other => Convert.ToInt32(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A page of events in id order with each one's incident: the page's rows are chosen first (ORDER BY id
    /// LIMIT on the id column alone: DuckDB's top-N then carries one column, not 32, a quarter of the time at 1e6
    /// events) and only its rows are read whole and look up their links.</summary>
    /// <param name="columns">The event columns in table order.</param>
    /// <param name="where">The filter's WHERE clause (or empty).</param>
    /// <param name="limitOffset">The backend's <c>LIMIT</c> argument and <c>OFFSET</c> clause.</param>
    /// <param name="rowKey">What names a row: DuckDB's <c>rowid</c> (the page's rows are then fetched by position, not
    /// found by a second scan that matches 1e6 ids against the page's), PostgreSQL's primary key <c>id</c>.</param>
    public static string PageSql(string columns, string where, string limitOffset, string rowKey = "id") =>
        $"SELECT {columns}, (SELECT min(l.incident_id) FROM event_links l WHERE l.event_id = events.id) " +
        $"FROM events WHERE {rowKey} IN (SELECT {rowKey} FROM events{where} ORDER BY id LIMIT {limitOffset}) ORDER BY id";
}
