using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;
using Npgsql;

namespace Crosscurrents.Store.Postgres;

public sealed partial class PostgresEventStore
{
    public async Task<EventSet> QueryAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Where(filter);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        // The events and the coverage map from one state of the store, even while an import commits.
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var events = new List<ConflictEvent>();
        var hashes = new List<string>();
        await using (var cmd = Command(connection, SelectEvents + where + " ORDER BY id", parameters, tx))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                events.Add(EventRows.Read(reader));
                hashes.Add(reader.GetString(EventRows.ContentHash));
            }
        }

        var coverage = CoverageOf(await ReadBatchesAsync(connection, tx, cancellationToken).ConfigureAwait(false));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new EventSet(events, DataSnapshot.OfEvents(hashes)) { Filter = filter, Coverage = coverage };
    }

    public async IAsyncEnumerable<ConflictEvent> StreamAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (where, parameters) = Where(filter);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection, SelectEvents + where + " ORDER BY id", parameters);
        // Npgsql reads rows from the socket as they are consumed: memory stays flat however many there are.
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // Rows already buffered come without touching the socket: check the token for each.
            cancellationToken.ThrowIfCancellationRequested();
            yield return EventRows.Read(reader);
        }
    }

    public async Task<IReadOnlyList<ConflictEvent>> PageAsync(EventFilter filter, long offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var (where, parameters) = Where(filter);
        parameters.Add((long)limit);
        parameters.Add(offset);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection, PageOf(where, $"${parameters.Count - 1} OFFSET ${parameters.Count}"), parameters);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<ConflictEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(EventRows.Read(reader));
        }

        return events;
    }

    public async Task<EventCoverage> CoverageAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection, "SELECT count(*), min(date_start), max(date_start) FROM events", []);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await r.ReadAsync(cancellationToken).ConfigureAwait(false);
        var count = r.GetInt64(0);
        return count == 0 ? new EventCoverage(0, null, null) : new EventCoverage(count, r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2));
    }

    /// <summary>The snapshot computed by one aggregate inside PostgreSQL: no event leaves the server.</summary>
    public async Task<DataSnapshot> SnapshotAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ReadSnapshotAsync(connection, null, filter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts by GROUP BY inside PostgreSQL, with the snapshot and coverage from the same state of the store.</summary>
    public async Task<EventCounts> CountAsync(EventFilter filter, CountRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var linked = await LinkedAsync(connection, tx, cancellationToken).ConfigureAwait(false);

        var (sql, parameters) = EventRollupSql.Answers(filter, linked, request.Resolution)
            ? EventRollupSql.Counts(filter, request, EventFilterSql.Numbered)
            : EventCountSql.Counts(filter, request, EventFilterSql.Numbered, linked);
        var rows = new List<EventCountRow>();
        await using (var cmd = Command(connection, sql, parameters, tx))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(EventCountSql.ReadRow(reader));
            }
        }

        var snapshot = await ReadSnapshotAsync(connection, tx, filter, cancellationToken).ConfigureAwait(false);
        var coverage = CoverageOf(await ReadBatchesAsync(connection, tx, cancellationToken).ConfigureAwait(false));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new EventCounts(rows, snapshot) { Filter = filter, Coverage = coverage, Request = request };
    }

    public async Task<IReadOnlyList<TollCount>> TollsAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        var linked = await LinkedAsync(connection, tx, cancellationToken).ConfigureAwait(false);

        var (sql, parameters) = EventCountSql.Tolls(filter, EventFilterSql.Numbered, linked);
        var tolls = new List<TollCount>();
        await using (var cmd = Command(connection, sql, parameters, tx))
        await using (var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tolls.Add(new TollCount(reader.GetInt64(0), reader.GetInt64(1)));
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return tolls;
    }

    /// <summary>Whether the store holds any cross-dataset link (then counts group reports into incidents).</summary>
    private static async Task<bool> LinkedAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken cancellationToken)
    {
        await using var any = Command(connection, EventCountSql.AnyLink, [], tx);
        return (bool)(await any.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>PostgreSQL's expression that reads a hex string as a BIGINT.</summary>
    internal static string HexToBigint(string hex) => $"CAST(CAST('x' || {hex} AS bit(60)) AS BIGINT)";

    // Snapshots ignore links (they name the reports), so the rollup answers them whenever the filter allows; the others
    // are kept for as long as the store's events do not change (SnapshotCache).
    private async Task<DataSnapshot> ReadSnapshotAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, EventFilter filter, CancellationToken cancellationToken)
    {
        if (EventRollupSql.Answers(filter, linked: false))
        {
            return await ReadSnapshotAsync(connection, tx, EventRollupSql.Snapshot(filter, EventFilterSql.Numbered), cancellationToken).ConfigureAwait(false);
        }

        var key = SnapshotCache.Key("postgresql:" + Location, filter);
        var state = await ReadSnapshotAsync(connection, tx, SnapshotCache.State(EventFilterSql.Numbered), cancellationToken).ConfigureAwait(false);
        if (SnapshotCache.TryGet(key, state, out var cached))
        {
            return cached;
        }

        var (sql, parameters) = SnapshotCache.StateAndSnapshot(filter, EventFilterSql.Numbered, HexToBigint);
        await using var cmd = Command(connection, sql, parameters, tx);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = EventCountSql.ReadSnapshot(reader, 3);
        SnapshotCache.Add(key, EventCountSql.ReadSnapshot(reader), snapshot);
        return snapshot;
    }

    private static async Task<DataSnapshot> ReadSnapshotAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, (string Sql, List<object> Parameters) query, CancellationToken cancellationToken)
    {
        await using var cmd = Command(connection, query.Sql, query.Parameters, tx);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return EventCountSql.ReadSnapshot(reader);
    }

    public async Task<CoverageMap> CoverageMapAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return CoverageOf(await ReadBatchesAsync(connection, null, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<ImportBatch>> BatchesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ReadBatchesAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    private static CoverageMap CoverageOf(IReadOnlyList<ImportBatch> batches) => new(batches.Where(b => b.Coverage is not null).Select(b => b.Coverage!));

    private static async Task<IReadOnlyList<ImportBatch>> ReadBatchesAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, CancellationToken cancellationToken)
    {
        await using var cmd = Command(connection, BatchRows.Select, [], tx);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ImportBatch>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(BatchRows.Read(reader));
        }

        return result;
    }
}
