using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Internal;
using Crosscurrents.Store.Sql;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>
    /// Writes events through DuckDB's appender inside the import's transaction. Into an empty store the appender
    /// writes straight into <c>events</c> (every id is new); otherwise it stages into a temporary table that is merged
    /// into <c>events</c> in set-based statements (insert new ids, replace changed events, leave unchanged ones).
    /// </summary>
    /// <summary>Records an import, with its coverage, inside the caller's transaction.</summary>
    private void InsertBatch(ImportBatch completed, long imported, long updated, long unchanged)
    {
        using (var batch = _connection.CreateCommand())
        {
            batch.CommandText = """
                INSERT INTO import_batches (id, file, file_sha256, format, dataset, dataset_version, started_at, records_read, imported, updated, unchanged, rejected)
                VALUES ($id, $file, $sha, $format, $dataset, $version, $started, $read, $imported, $updated, $unchanged, $rejected)
                """;
            batch.Parameters.Add(new DuckDBParameter("id", completed.Id));
            batch.Parameters.Add(new DuckDBParameter("file", completed.File));
            batch.Parameters.Add(new DuckDBParameter("sha", completed.FileSha256));
            batch.Parameters.Add(new DuckDBParameter("format", completed.Format));
            batch.Parameters.Add(new DuckDBParameter("dataset", completed.Dataset));
            batch.Parameters.Add(new DuckDBParameter("version", completed.DatasetVersion));
            batch.Parameters.Add(new DuckDBParameter("started", completed.StartedAt));
            batch.Parameters.Add(new DuckDBParameter("read", completed.Read));
            batch.Parameters.Add(new DuckDBParameter("imported", imported));
            batch.Parameters.Add(new DuckDBParameter("updated", updated));
            batch.Parameters.Add(new DuckDBParameter("unchanged", unchanged));
            batch.Parameters.Add(new DuckDBParameter("rejected", completed.Rejected));
            batch.ExecuteNonQuery();
        }

        if (completed.Coverage is { } coverage)
        {
            WriteCoverage(completed.Id, coverage);
        }
    }

    /// <summary>Stores an import's rejected records (in its order), inside the caller's transaction.</summary>
    private void InsertRejections(string batchId, IEnumerable<StoredRejection> rejections)
    {
        using var appender = _connection.CreateAppender("rejects");
        long seq = 0;
        foreach (var r in rejections)
        {
            appender.CreateRow().AppendValue(batchId).AppendValue((long?)seq++).AppendValue(r.File).AppendValue((int?)r.Line)
                .AppendValue(r.Field).AppendValue(r.Reason).AppendValue(r.Record).EndRow();
        }
    }

    private sealed class ImportSession : IImportSession
    {
        private readonly DuckDbEventStore _store;
        private readonly ImportBatch _batch;
        private readonly DuckDBTransaction _transaction;
        private readonly DuckDBAppender _appender;
        private readonly HashSet<UInt128> _ids = [];
        private readonly List<StoredRejection> _rejections = [];
        private readonly bool _direct;
        private readonly bool _newDataset;
        private bool _hasDuplicateIds;
        private long _written;
        private long _sequence;
        private bool _finished;

        public ImportSession(DuckDbEventStore store, ImportBatch batch)
        {
            _store = store;
            _batch = batch;
            _transaction = store._connection.BeginTransaction();
            // A dataset the store does not hold yet (the rollup lists every stored dataset) needs no merge: its rows go
            // straight into the events, and only its own rollup rows are added at the commit (ImportBatch.DatasetFixed).
            _newDataset = batch.DatasetFixed && !store.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM event_rollup WHERE dataset = $dataset)", new DuckDBParameter("dataset", batch.Dataset));
            _direct = _newDataset || !store.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM events)");
            if (!_direct)
            {
                store.Execute($"CREATE OR REPLACE TEMP TABLE staging AS SELECT 0::BIGINT AS seq, {Migrations.EventColumns} FROM events LIMIT 0");
            }

            _appender = store._connection.CreateAppender(_direct ? "events" : "staging");
        }

        public ValueTask AddAsync(ConflictEvent e, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(e);
            if (_newDataset)
            {
                // One dataset's events with unique ids (ImportBatch.DatasetFixed): no set of ids is kept (the id check at
                // the commit stands behind the promise); an event of another dataset stops the import.
                if (e.Source.Dataset != _batch.Dataset)
                {
                    throw new StoreException($"{_store.Path}: event '{e.Id}' is not of dataset '{_batch.Dataset}', which the import promised for all its events; nothing was imported");
                }

                _written++;
            }
            else
            {
                _hasDuplicateIds |= !_ids.Add(EventIdKey.Of(e.Id));
            }

            var row = _appender.CreateRow();
            if (!_direct)
            {
                row = row.AppendValue(_sequence++);
            }

            row.AppendEvent(e)
                .AppendValue(EventContentHash.Compute(e))
                .AppendValue(_batch.Id)
                .EndRow();
            return ValueTask.CompletedTask;
        }

        public ValueTask RejectAsync(StoredRejection rejection, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(rejection);
            _rejections.Add(rejection);
            return ValueTask.CompletedTask;
        }

        public Task<ImportCounts> CommitAsync(ImportBatch completed, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(completed);
            cancellationToken.ThrowIfCancellationRequested();
            if (_finished)
            {
                throw new InvalidOperationException("the import was already committed");
            }

            _appender.Close();
            var result = _direct ? CommitDirect() : CommitStaged(completed);
            _store.InsertBatch(completed, result.Imported, result.Updated, result.Unchanged);
            _store.InsertRejections(completed.Id, _rejections);

            // Ids are unique by construction: checked inside the transaction, so a store never holds an id twice.
            if (_store.Scalar<long>("SELECT count(*) FROM (SELECT id FROM events GROUP BY id HAVING count(*) > 1)") > 0)
            {
                throw new StoreException($"{_store.Path}: the import would store an event id twice; nothing was imported");
            }

            if (_newDataset)
            {
                // DuckDB aggregates the new dataset's rows in parallel, faster than summing them on the writer's thread.
                using var add = _store.Command(EventRollupSql.AddDataset(HexToBigint, "?"), [_batch.Dataset]);
                add.ExecuteNonQuery();
            }
            else
            {
                _store.Execute(EventRollupSql.Rebuild(HexToBigint));
            }

            _transaction.Commit();
            _finished = true;
            return Task.FromResult(result with { Dropped = completed.DropMissing ? result.Missing : 0 });
        }

        private ImportCounts CommitDirect()
        {
            if (_hasDuplicateIds)
            {
                // A file that lists an id twice: the later record (larger rowid) wins, as a later release would.
                _store.Execute("""
                    DELETE FROM events WHERE rowid IN (
                        SELECT rowid FROM events QUALIFY row_number() OVER (PARTITION BY id ORDER BY rowid DESC) > 1)
                    """);
            }

            return new ImportCounts(_newDataset ? _written : _ids.Count, 0, 0);
        }

        private ImportCounts CommitStaged(ImportBatch completed)
        {
            // A file that lists an id twice: the later record wins, as a later release would. Without duplicates
            // (the usual case) the staging table is used as it is, sparing a copy of every row.
            _store.Execute(_hasDuplicateIds
                ? $"""
                  CREATE OR REPLACE TEMP VIEW staged AS
                  SELECT {Migrations.EventColumns} FROM staging
                  QUALIFY row_number() OVER (PARTITION BY id ORDER BY seq DESC) = 1
                  """
                : $"CREATE OR REPLACE TEMP VIEW staged AS SELECT {Migrations.EventColumns} FROM staging");
            using var counts = _store._connection.CreateCommand();
            counts.CommandText = """
                SELECT count(*) FILTER (WHERE e.id IS NULL),
                       count(*) FILTER (WHERE e.id IS NOT NULL AND e.content_hash <> s.content_hash),
                       count(*) FILTER (WHERE e.content_hash = s.content_hash)
                FROM staged s LEFT JOIN events e ON e.id = s.id
                """;
            ImportCounts result;
            using (var reader = counts.ExecuteReader())
            {
                reader.Read();
                result = new ImportCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            }

            if (result.Updated > 0)
            {
                // The old values stay readable: an update never loses what the event was before.
                using (var keep = _store.Command(
                    $"INSERT INTO event_history SELECT e.*, ?, 'updated', current_timestamp FROM events e JOIN staged s ON e.id = s.id AND e.content_hash <> s.content_hash",
                    [_batch.Id]))
                {
                    keep.ExecuteNonQuery();
                }

                _store.Execute("DELETE FROM events WHERE id IN (SELECT s.id FROM staged s JOIN events e ON e.id = s.id AND e.content_hash <> s.content_hash)");
            }

            if (result.Imported + result.Updated > 0)
            {
                _store.Execute($"INSERT INTO events ({Migrations.EventColumns}) SELECT s.* FROM staged s ANTI JOIN events e ON e.id = s.id");
            }

            result = result with { Missing = Missing(completed) };
            _store.Execute("DROP VIEW staged; DROP TABLE staging;");
            return result;
        }

        /// <summary>
        /// Events of the import's dataset inside its complete coverage that the file does not hold: recorded in the
        /// history as missing, or (when the import asks) moved there as dropped. Runs with the staging table in place.
        /// </summary>
        private long Missing(ImportBatch completed)
        {
            if (completed.Coverage is not { Completeness: Core.Coverage.Completeness.Complete, From: { } from, To: { } to } coverage || coverage.Countries.Count == 0)
            {
                return 0;
            }

            var countries = string.Join(", ", coverage.Countries.Select(_ => "?"));
            var where = $"e.dataset = ? AND e.date_start BETWEEN ? AND ? AND e.country IN ({countries}) AND e.id NOT IN (SELECT id FROM staged)";
            List<object?> Parameters() => [completed.Dataset, from, to, .. coverage.Countries];
            using (var keep = _store.Command(
                $"INSERT INTO event_history SELECT e.*, ?, ?, current_timestamp FROM events e WHERE {where}",
                [completed.Id, completed.DropMissing ? "dropped" : "missing", .. Parameters()]))
            {
                var missing = keep.ExecuteNonQuery();
                if (completed.DropMissing && missing > 0)
                {
                    using var drop = _store.Command($"DELETE FROM events e WHERE {where}", Parameters());
                    drop.ExecuteNonQuery();
                }

                return missing;
            }
        }

        public void Dispose()
        {
            if (!_finished)
            {
                _finished = true;
                try
                {
                    _appender.Dispose();
                }
                finally
                {
                    _transaction.Rollback();
                }
            }

            _transaction.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
