using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;
using Npgsql;
using NpgsqlTypes;

namespace Crosscurrents.Store.Postgres;

public sealed partial class PostgresEventStore
{
    public async Task<IImportSession> BeginImportAsync(ImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (IsReadOnly)
        {
            throw new StoreException($"{Location}: opened read-only; cannot import.");
        }

        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // The merge joins the staged rows with the events by id: let those joins hash in memory.
            await Execute(connection, "SET LOCAL work_mem = '256MB'", cancellationToken, transaction).ConfigureAwait(false);
            var direct = false;
            if (batch.DatasetFixed)
            {
                // A dataset the store does not hold yet (the rollup lists every stored dataset): its rows go straight into
                // the events table, sparing a second copy of each row. The merge lock is taken now, not at commit, so no
                // other import can add events of the dataset in between; another import waits for it and then merges.
                await Execute(connection, MergeLock, cancellationToken, transaction).ConfigureAwait(false);
                direct = !await Scalar<bool>(connection, "SELECT EXISTS (SELECT 1 FROM event_rollup WHERE dataset = $1)", cancellationToken, transaction, batch.Dataset).ConfigureAwait(false);
            }

            if (!direct)
            {
                await Execute(connection, "CREATE TEMP TABLE staging (seq BIGINT NOT NULL, LIKE events) ON COMMIT DROP", cancellationToken, transaction).ConfigureAwait(false);
            }

            var copy = await BinaryCopyWriter.BeginAsync(connection, direct
                ? $"COPY events ({EventColumns}) FROM STDIN (FORMAT BINARY)"
                : $"COPY staging (seq, {EventColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            return new ImportSession(this, connection, transaction, copy, batch, direct);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The lock under which imports merge into the events one at a time (per schema), held to the commit.</summary>
    private const string MergeLock = "SELECT pg_advisory_xact_lock(hashtext('crosscurrents-import:' || current_schema()))";

    /// <summary>Records an import, with its coverage, inside the caller's transaction.</summary>
    private static async Task InsertBatchAsync(NpgsqlConnection c, NpgsqlTransaction tx, ImportBatch completed, long imported, long updated, long unchanged, CancellationToken cancellationToken)
    {
        object?[] coverage = completed.Coverage is { } cover ? CoverageColumns.Values(cover) : new object?[8];
        await Execute(c, """
            INSERT INTO import_batches (id, file, file_sha256, format, dataset, dataset_version, started_at, records_read, imported, updated, unchanged, rejected,
                completeness, cover_from, cover_to, cover_countries, cover_provinces, cover_kinds, cover_origin, cover_rule)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::date, $15::date, $16, $17, $18, $19, $20)
            """, cancellationToken, tx,
            [completed.Id, completed.File, completed.FileSha256, completed.Format, completed.Dataset, completed.DatasetVersion, completed.StartedAt.ToUniversalTime(),
                completed.Read, imported, updated, unchanged, completed.Rejected, .. coverage]).ConfigureAwait(false);
    }

    /// <summary>Adds rollup rows summed by the importer, inside the connection's transaction.</summary>
    private static async Task InsertRollupAsync(NpgsqlConnection c, RollupRows rollup, CancellationToken cancellationToken)
    {
        await using var copy = await c.BeginBinaryImportAsync($"COPY event_rollup ({EventRollupSql.Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var (g, t) in rollup.Rows)
        {
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            CopyValues.Date(copy, g.Piece);
            CopyValues.Text(copy, g.Country);
            CopyValues.Text(copy, g.Province);
            CopyValues.Text(copy, g.District);
            CopyValues.Text(copy, g.SourceProvince);
            CopyValues.Text(copy, g.SourceDistrict);
            CopyValues.Text(copy, g.SideA);
            CopyValues.Text(copy, g.SideAActor);
            CopyValues.Text(copy, g.SideB);
            CopyValues.Text(copy, g.SideBActor);
            CopyValues.Small(copy, g.ViolenceType);
            CopyValues.Text(copy, g.Dataset);
            copy.Write(t.Events, NpgsqlDbType.Bigint);
            copy.Write(t.Best, NpgsqlDbType.Bigint);
            copy.Write(t.Low, NpgsqlDbType.Bigint);
            copy.Write(t.High, NpgsqlDbType.Bigint);
            CopyValues.Date(copy, t.First);
            CopyValues.Date(copy, t.Last);
            copy.Write(t.KeyXor, NpgsqlDbType.Bigint);
            copy.Write((decimal)t.KeySum, NpgsqlDbType.Numeric);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores rejected records (numbered in their order within each batch) with binary COPY, inside the
    /// connection's transaction.</summary>
    private static async Task InsertRejectionsAsync(NpgsqlConnection c, IEnumerable<StoredRejection> rejections, CancellationToken cancellationToken)
    {
        var list = rejections.ToList();
        if (list.Count == 0)
        {
            return;
        }

        await using var copy = await c.BeginBinaryImportAsync("COPY rejects (batch_id, seq, file, line, field, reason, record) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        var seq = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in list)
        {
            var n = seq.GetValueOrDefault(r.Batch);
            seq[r.Batch] = n + 1;
            await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
            CopyValues.Text(copy, r.Batch);
            copy.Write(n, NpgsqlDbType.Bigint);
            CopyValues.Text(copy, r.File);
            copy.Write(r.Line, NpgsqlDbType.Integer);
            CopyValues.Text(copy, r.Field);
            CopyValues.Text(copy, r.Reason);
            CopyValues.Text(copy, r.Record);
        }

        await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Streams events with the binary COPY protocol into a temporary staging table inside the import's transaction;
    /// the commit merges them into <c>events</c> in set-based statements (insert new ids, move changed events' old
    /// values to the history and write the new ones, leave unchanged ones), as the DuckDB store does.
    /// </summary>
    private sealed class ImportSession : IImportSession
    {
        private readonly PostgresEventStore _store;
        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlTransaction _transaction;
        private readonly BinaryCopyWriter _copy;
        private readonly ImportBatch _batch;
        private readonly bool _direct;
        private readonly RollupRows? _rollup;
        private readonly HashSet<UInt128> _ids = [];
        private readonly List<StoredRejection> _rejections = [];
        private bool _hasDuplicateIds;
        private long _written;
        private bool _copyOpen = true;
        private long _sequence;
        private bool _finished;

        public ImportSession(PostgresEventStore store, NpgsqlConnection connection, NpgsqlTransaction transaction, BinaryCopyWriter copy, ImportBatch batch, bool direct)
        {
            _store = store;
            _connection = connection;
            _transaction = transaction;
            _copy = copy;
            _batch = batch;
            _direct = direct;
            // Written straight into the events, a new dataset's rollup rows are summed on the way, not rebuilt after.
            _rollup = direct ? new RollupRows() : null;
        }

        public ValueTask AddAsync(ConflictEvent conflictEvent, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(conflictEvent);
            if (_finished)
            {
                throw new InvalidOperationException("the import was already committed");
            }

            if (_direct)
            {
                // One dataset's events (ImportBatch.DatasetFixed): an event of another stops the import; a repeated id
                // breaks the primary key at the commit, which then fails as a whole.
                if (conflictEvent.Source.Dataset != _batch.Dataset)
                {
                    throw new StoreException($"{_store.Location}: event '{conflictEvent.Id}' is not of dataset '{_batch.Dataset}', which the import promised for all its events; nothing was imported");
                }

                _written++;
            }
            else
            {
                _hasDuplicateIds |= !_ids.Add(EventIdKey.Of(conflictEvent.Id));
            }

            // The synchronous writer only touches the socket when its 1 MB buffer fills; per-value awaits would cost
            // more than they save on a million rows.
            _copy.StartRow(BinaryCopyWriter.EventFields + (_direct ? 2 : 3));
            if (!_direct)
            {
                _copy.Bigint(_sequence++);
            }

            _copy.Event(conflictEvent);
            var hash = EventContentHash.Compute(conflictEvent);
            _copy.Text(hash);
            _copy.Text(_batch.Id);
            _rollup?.Add(conflictEvent, hash);
            return ValueTask.CompletedTask;
        }

        public ValueTask RejectAsync(StoredRejection rejection, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(rejection);
            _rejections.Add(rejection);
            return ValueTask.CompletedTask;
        }

        public async Task<ImportCounts> CommitAsync(ImportBatch completed, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(completed);
            if (_finished)
            {
                throw new InvalidOperationException("the import was already committed");
            }

            try
            {
                await _copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex) when (_direct && ex.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new StoreException($"{_store.Location}: the import holds an event id twice ({ex.Detail}); nothing was imported", ex);
            }

            _copyOpen = false;
            var c = _connection;
            var tx = _transaction;

            // A file that lists an id twice: the later record wins, as a later release would.
            var source = "staging";
            if (_hasDuplicateIds)
            {
                await Execute(c, $"CREATE TEMP TABLE staged ON COMMIT DROP AS SELECT DISTINCT ON (id) {EventColumns} FROM staging ORDER BY id, seq DESC", cancellationToken, tx).ConfigureAwait(false);
                source = "staged";
            }

            // Imports stage concurrently but merge one at a time: after the lock each statement sees every import
            // committed before it, so the same file imported twice at once lands once.
            await Execute(c, MergeLock, cancellationToken, tx).ConfigureAwait(false);

            ImportCounts result;
            if (_direct)
            {
                // The rows are already in the events table; none of them can have been there before.
                result = new ImportCounts(_written, 0, 0);
            }
            else if (!await Scalar<bool>(c, "SELECT EXISTS (SELECT 1 FROM events)", cancellationToken, tx).ConfigureAwait(false))
            {
                // Into an empty store every staged event is new and none can be missing: one insert, no joins.
                var inserted = await ExecuteCount(c, $"INSERT INTO events ({EventColumns}) SELECT {EventColumns} FROM {source}", cancellationToken, tx).ConfigureAwait(false);
                result = new ImportCounts(inserted, 0, 0);
            }
            else
            {
                result = await MergeAsync(c, tx, source, completed, cancellationToken).ConfigureAwait(false);
            }

            await InsertBatchAsync(c, tx, completed, result.Imported, result.Updated, result.Unchanged, cancellationToken).ConfigureAwait(false);
            await InsertRejectionsAsync(c, _rejections.Select(r => r with { Batch = completed.Id }), cancellationToken).ConfigureAwait(false);

            // Still under the merge lock: the rollup is rebuilt from exactly the events this import leaves, or, for a
            // dataset new to the store, given the rows of its events (no stored row can share their group).
            if (_rollup is not null)
            {
                await InsertRollupAsync(c, _rollup, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Execute(c, EventRollupSql.Rebuild(HexToBigint), cancellationToken, tx).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            _finished = true;
            return result with { Dropped = completed.DropMissing ? result.Missing : 0 };
        }

        /// <summary>Merges the staged events into a store that has events: counts, history of changed events,
        /// replacement, inserts of new ids, and the missing events of a complete release.</summary>
        private async Task<ImportCounts> MergeAsync(NpgsqlConnection c, NpgsqlTransaction tx, string source, ImportBatch completed, CancellationToken cancellationToken)
        {
            // An index and statistics on the staged ids: the merge and the missing-events check probe them per event (the
            // events table's statistics lag behind a large insert, so the planner may pick nested loops; with the index
            // those stay index lookups).
            await Execute(c, $"CREATE INDEX ON {source} (id)", cancellationToken, tx).ConfigureAwait(false);
            await Execute(c, $"ANALYZE {source}", cancellationToken, tx).ConfigureAwait(false);

            ImportCounts result;
            await using (var counts = Command(c, $"""
                SELECT count(*) FILTER (WHERE e.id IS NULL),
                       count(*) FILTER (WHERE e.id IS NOT NULL AND e.content_hash <> s.content_hash),
                       count(*) FILTER (WHERE e.content_hash = s.content_hash)
                FROM {source} s LEFT JOIN events e ON e.id = s.id
                """, [], tx))
            await using (var reader = await counts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                result = new ImportCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            }

            if (result.Updated > 0)
            {
                // The old values stay readable: an update never loses what the event was before.
                await Execute(c, $"INSERT INTO event_history SELECT e.*, $1, 'updated', now() FROM events e JOIN {source} s ON e.id = s.id AND e.content_hash <> s.content_hash",
                    cancellationToken, tx, _batch.Id).ConfigureAwait(false);
                await Execute(c, $"DELETE FROM events e USING {source} s WHERE e.id = s.id AND e.content_hash <> s.content_hash", cancellationToken, tx).ConfigureAwait(false);
            }

            if (result.Imported + result.Updated > 0)
            {
                await Execute(c, $"INSERT INTO events ({EventColumns}) SELECT {EventColumns} FROM {source} s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id)",
                    cancellationToken, tx).ConfigureAwait(false);
            }

            return result with { Missing = await MissingAsync(completed, source, cancellationToken).ConfigureAwait(false) };
        }

        /// <summary>Events of the import's dataset inside its complete coverage that the file does not hold: recorded in
        /// the history as missing, or (when the import asks) moved there as dropped.</summary>
        private async Task<long> MissingAsync(ImportBatch completed, string source, CancellationToken cancellationToken)
        {
            if (completed.Coverage is not { Completeness: Core.Coverage.Completeness.Complete, From: { } from, To: { } to } coverage || coverage.Countries.Count == 0)
            {
                return 0;
            }

            var countries = coverage.Countries.ToArray();
            static string Where(int first) =>
                $"e.dataset = ${first} AND e.date_start BETWEEN ${first + 1} AND ${first + 2} AND e.country = ANY(${first + 3})";
            var missing = 0;
            await using (var keep = Command(_connection,
                $"INSERT INTO event_history SELECT e.*, $1, $2, now() FROM events e WHERE {Where(3)} AND NOT EXISTS (SELECT 1 FROM {source} s WHERE s.id = e.id)",
                [completed.Id, completed.DropMissing ? "dropped" : "missing", completed.Dataset, from, to, countries], _transaction))
            {
                missing = await keep.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (completed.DropMissing && missing > 0)
            {
                await Execute(_connection, $"DELETE FROM events e WHERE {Where(1)} " +
                    $"AND NOT EXISTS (SELECT 1 FROM {source} s WHERE s.id = e.id)", cancellationToken, _transaction, completed.Dataset, from, to, countries).ConfigureAwait(false);
            }

            return missing;
        }

        public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (_copyOpen)
                {
                    _copyOpen = false;
                    // Disposing an uncompleted COPY cancels it; the transaction is then rolled back with the connection.
                    try
                    {
                        await _copy.DisposeAsync().ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
                    {
                        // The COPY was already broken; closing the connection below rolls everything back.
                    }
                }

                if (!_finished)
                {
                    _finished = true;
                    try
                    {
                        await _transaction.RollbackAsync().ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
                    {
                        // A broken connection: the server rolls back when it goes.
                    }
                }
            }
            finally
            {
                await _transaction.DisposeAsync().ConfigureAwait(false);
                await _connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
