using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

/// <summary>
/// The embedded event store: one DuckDB file, created and migrated on first open. Nothing to install.
/// </summary>
/// <remarks>
/// DuckDB allows one read-write process per file; open with <c>readOnly: true</c> for queries so several readers can
/// share a file. An import is one transaction: killed midway, the file is as it was before the import.
/// </remarks>
public sealed partial class DuckDbEventStore : IEventStore
{
    private readonly DuckDBConnection _connection;

    /// <summary>This write connection's count in the holder file beside the store (null for read-only opens).</summary>
    private IDisposable? _holding;

    private DuckDbEventStore(DuckDBConnection connection, string path, bool readOnly)
    {
        _connection = connection;
        Path = path;
        IsReadOnly = readOnly;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public bool IsReadOnly { get; }

    /// <summary>DuckDB's memory cap for every open (queries, exports, imports) unless $CROSSCURRENTS_DUCKDB_MEMORY says
    /// otherwise. Writers had no cap and took DuckDB's default (80% of RAM): the brief, which opens the store for writing
    /// to load the shipped data if needed, peaked at 2.1 GiB on 5M events, 0.8 GiB with the cap; an import of 1M rows
    /// took 0.65 GiB instead of 0.98, in the same time.</summary>
    public const string MemoryLimit = "256MB";

    /// <summary>The schema version this build migrates to.</summary>
    public static int CurrentSchemaVersion => Migrations.All.Max(m => m.Version);

    public int SchemaVersion => Scalar<int>("SELECT coalesce(max(version), 0) FROM schema_migrations");

    /// <summary>Opens (and creates and migrates, unless read-only) the store at <paramref name="path"/>.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="readOnly">Open for reading only.</param>
    /// <param name="holder">What this process is, recorded beside the file while a write connection is open, so that
    /// another process refused the file is told who holds it (<see cref="StoreHolder.Unnamed"/> when not given).</param>
    /// <exception cref="StoreException">The file cannot be opened (e.g. another process holds it for writing: the
    /// message names it when it recorded itself), or a read-only open finds no store there.</exception>
    public static DuckDbEventStore Open(string path, bool readOnly = false, StoreHolder? holder = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (readOnly && !File.Exists(path))
        {
            throw new StoreException($"{path}: no event store here; run 'crosscurrents import' or 'crosscurrents brief' first.");
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new DuckDBConnection(readOnly ? $"Data Source={path};ACCESS_MODE=READ_ONLY" : $"Data Source={path}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new StoreException(HolderFile.Read(path) is { } held
                ? held.Describe(path, readOnly)
                : $"{path}: cannot open the event store ({ex.Message.Trim()}). DuckDB allows one writing process per file; is another crosscurrents command running?", ex);
        }

        var store = new DuckDbEventStore(connection, path, readOnly);
        if (!readOnly)
        {
            store._holding = HolderFile.Hold(path, holder ?? StoreHolder.Unnamed, TimeProvider.System.GetUtcNow());
        }
        // Queries stream, so DuckDB's own buffers are what grows with the store: every open caps them (sorts and
        // aggregates spill to disk beyond it); $CROSSCURRENTS_DUCKDB_MEMORY (e.g. 2GB) sets another cap.
        var limit = Environment.GetEnvironmentVariable("CROSSCURRENTS_DUCKDB_MEMORY") is { Length: > 0 } given ? given : MemoryLimit;
        if (!System.Text.RegularExpressions.Regex.IsMatch(limit, "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
        {
            store.Dispose();
            throw new StoreException($"CROSSCURRENTS_DUCKDB_MEMORY '{limit}': expected a size such as 256MB or 2GB");
        }

        store.Execute($"SET memory_limit = '{limit}'");

        if (!readOnly)
        {
            store.Migrate();
        }
        else if (store.Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'") == 0)
        {
            store.Dispose();
            throw new StoreException($"{path}: not a Crosscurrents event store.");
        }

        return store;
    }

    public Task<IImportSession> BeginImportAsync(ImportBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        if (IsReadOnly)
        {
            throw new StoreException($"{Path}: opened read-only; cannot import.");
        }

        return Task.FromResult<IImportSession>(new ImportSession(this, batch));
    }

    public Task<IReadOnlyList<ImportBatch>> BatchesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ReadBatches());
    }

    private IReadOnlyList<ImportBatch> ReadBatches()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = BatchRows.Select;
        using var reader = cmd.ExecuteReader();
        var result = new List<ImportBatch>();
        while (reader.Read())
        {
            result.Add(BatchRows.Read(reader));
        }

        return result;
    }

    public void Dispose()
    {
        _connection.Dispose();
        _holding?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)");
        var current = SchemaVersion;
        foreach (var (version, description, sql) in Migrations.All.Where(m => m.Version > current))
        {
            using var tx = _connection.BeginTransaction();
            Execute(sql);
            using (var cmd = _connection.CreateCommand())
            {
                cmd.CommandText = "INSERT INTO schema_migrations (version, description) VALUES ($version, $description)";
                cmd.Parameters.Add(new DuckDBParameter("version", version));
                cmd.Parameters.Add(new DuckDBParameter("description", description));
                cmd.ExecuteNonQuery();
            }

            tx.Commit();
        }

        if (current < 4)
        {
            BackfillCoverage();
        }
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private T Scalar<T>(string sql, params DuckDBParameter[] parameters)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(p);
        }

        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private DuckDBCommand Command(string sql, IEnumerable<object?> parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(p ?? DBNull.Value));
        }

        return cmd;
    }
}
