using System.Runtime.CompilerServices;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    private static string PageOf(string where, string limitOffset) => EventRows.PageSql(Migrations.EventColumns, where, limitOffset, "rowid");

    private const string SelectEvents = "SELECT " + Migrations.EventColumns + ", (SELECT min(l.incident_id) FROM event_links l WHERE l.event_id = events.id) FROM events";

    public Task<EventSet> QueryAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        using var cmd = Command(SelectEvents + where + " ORDER BY id", parameters);
        using var reader = cmd.ExecuteReader();
        var events = new List<ConflictEvent>();
        var hashes = new List<string>();
        while (reader.Read())
        {
            events.Add(EventRows.Read(reader));
            hashes.Add(reader.GetString(EventRows.ContentHash));
        }

        return Task.FromResult(new EventSet(events, DataSnapshot.OfEvents(hashes)) { Filter = filter, Coverage = ReadCoverageMap() });
    }

    public Task<IReadOnlyList<ConflictEvent>> PageAsync(EventFilter filter, long offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        parameters.Add(limit);
        parameters.Add(offset);
        using var cmd = Command(PageOf(where, "? OFFSET ?"), parameters);
        using var reader = cmd.ExecuteReader();
        var events = new List<ConflictEvent>();
        while (reader.Read())
        {
            events.Add(EventRows.Read(reader));
        }

        return Task.FromResult<IReadOnlyList<ConflictEvent>>(events);
    }

    public Task<EventCoverage> CoverageAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*), min(date_start), max(date_start) FROM events";
        using var r = cmd.ExecuteReader();
        r.Read();
        var count = r.GetInt64(0);
        return Task.FromResult(count == 0 ? new EventCoverage(0, null, null) : new EventCoverage(count, r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2)));
    }

    // DuckDB.NET reads synchronously: the rows arrive chunk by chunk (streaming mode) and are yielded one at a time.
    public async IAsyncEnumerable<ConflictEvent> StreamAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        using var cmd = Command(SelectEvents + where + " ORDER BY id", parameters);
        cmd.UseStreamingMode = true;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return EventRows.Read(reader);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>The snapshot computed by one aggregate inside DuckDB: no event leaves the database.</summary>
    public Task<DataSnapshot> SnapshotAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ReadSnapshot(filter));
    }

    /// <summary>Counts by GROUP BY inside DuckDB; the result has one row per period and key.</summary>
    public Task<EventCounts> CountAsync(EventFilter filter, CountRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var linked = Linked();

        var (sql, parameters) = EventRollupSql.Answers(filter, linked, request.Resolution)
            ? EventRollupSql.Counts(filter, request, EventFilterSql.QuestionMark)
            : EventCountSql.Counts(filter, request, EventFilterSql.QuestionMark, linked);
        var rows = new List<EventCountRow>();
        using (var cmd = Command(sql, parameters))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(EventCountSql.ReadRow(reader));
            }
        }

        return Task.FromResult(new EventCounts(rows, ReadSnapshot(filter)) { Filter = filter, Coverage = ReadCoverageMap(), Request = request });
    }

    public Task<IReadOnlyList<TollCount>> TollsAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var tolls = new List<TollCount>();
        using var cmd = Command(EventCountSql.Tolls(filter, EventFilterSql.QuestionMark, Linked()));
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            tolls.Add(new TollCount(reader.GetInt64(0), reader.GetInt64(1)));
        }

        return Task.FromResult<IReadOnlyList<TollCount>>(tolls);
    }

    /// <summary>DuckDB's expression that reads a hex string as a BIGINT.</summary>
    internal static string HexToBigint(string hex) => $"CAST('0x' || {hex} AS BIGINT)";

    /// <summary>Whether the store holds any cross-dataset link (then counts group reports into incidents).</summary>
    private bool Linked()
    {
        using var any = Command(EventCountSql.AnyLink, []);
        return (bool)any.ExecuteScalar()!;
    }

    // Snapshots ignore links (they name the reports), so the rollup answers them whenever the filter allows; the others
    // are kept for as long as the store's events do not change (SnapshotCache).
    private DataSnapshot ReadSnapshot(EventFilter filter)
    {
        if (EventRollupSql.Answers(filter, linked: false))
        {
            return ReadSnapshot(EventRollupSql.Snapshot(filter, EventFilterSql.QuestionMark));
        }

        var key = SnapshotCache.Key("duckdb:" + System.IO.Path.GetFullPath(Path), filter);
        if (SnapshotCache.TryGet(key, ReadSnapshot(SnapshotCache.State(EventFilterSql.QuestionMark)), out var cached))
        {
            return cached;
        }

        using var cmd = Command(SnapshotCache.StateAndSnapshot(filter, EventFilterSql.QuestionMark, HexToBigint));
        using var reader = cmd.ExecuteReader();
        reader.Read();
        var snapshot = EventCountSql.ReadSnapshot(reader, 3);
        SnapshotCache.Add(key, EventCountSql.ReadSnapshot(reader), snapshot);
        return snapshot;
    }

    private DataSnapshot ReadSnapshot((string Sql, List<object> Parameters) query)
    {
        using var cmd = Command(query);
        using var reader = cmd.ExecuteReader();
        reader.Read();
        return EventCountSql.ReadSnapshot(reader);
    }

    private DuckDBCommand Command((string Sql, List<object> Parameters) query) => Command(query.Sql, query.Parameters);
}
