using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;
using Npgsql;

namespace Crosscurrents.Store.Postgres;

/// <summary>
/// The team server store: the same tables as the DuckDB file, in a PostgreSQL database (in the first schema of the
/// connection's search path), created and migrated on first open.
/// </summary>
/// <remarks>
/// Many processes read and import at once. An import stages its events with the binary COPY protocol into a temporary
/// table inside its own transaction and merges them under a transaction-scoped advisory lock, so concurrent imports of
/// different files both land, the same file imported twice at once lands once (the second finds every event unchanged),
/// and readers, under MVCC, see the store before or after an import, never half of one. Reads that combine several
/// tables (<see cref="QueryAsync"/>) run in one repeatable-read transaction.
/// </remarks>
public sealed partial class PostgresEventStore : IEventStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresEventStore(NpgsqlDataSource dataSource, string location, bool readOnly)
    {
        _dataSource = dataSource;
        Location = location;
        IsReadOnly = readOnly;
    }

    /// <summary>The server and database, without the password (for messages).</summary>
    public string Location { get; }

    /// <summary>True when opened for reading only: every write is refused.</summary>
    public bool IsReadOnly { get; }

    /// <inheritdoc />
    public int SchemaVersion { get; private set; }

    /// <summary>The schema version this build migrates to.</summary>
    public static int CurrentSchemaVersion => PostgresMigrations.All.Max(m => m.Version);

    /// <summary>Opens (and creates and migrates, unless read-only) the store in the database a connection string or
    /// <c>postgres://</c> URL names (blocks on <see cref="OpenAsync"/>).</summary>
    /// <exception cref="StoreException">The server cannot be reached, or a read-only open finds no store there.</exception>
    public static PostgresEventStore Open(string location, bool readOnly = false) => OpenAsync(location, readOnly).GetAwaiter().GetResult();

    /// <summary>Opens (and creates and migrates, unless read-only) the store in the database a connection string or
    /// <c>postgres://</c> URL names.</summary>
    /// <exception cref="StoreException">The server cannot be reached, or a read-only open finds no store there.</exception>
    public static async Task<PostgresEventStore> OpenAsync(string location, bool readOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        var described = PostgresConnection.Describe(location);
        var builder = new NpgsqlDataSourceBuilder(PostgresConnection.ToConnectionString(location));
        builder.ConnectionStringBuilder.ApplicationName ??= "crosscurrents";
        // An import of millions of rows or a full export takes longer than Npgsql's 30 s default; a timeout the user
        // wrote into the connection string is kept.
        if (!PostgresConnection.ToConnectionString(location).Contains("Command Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.CommandTimeout = 0;
        }
        var dataSource = builder.Build();
        var store = new PostgresEventStore(dataSource, described, readOnly);
        try
        {
            await using var connection = await store.ConnectAsync(cancellationToken).ConfigureAwait(false);
            if (!readOnly)
            {
                await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }
            else if (!await Scalar<bool>(connection, "SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken).ConfigureAwait(false))
            {
                throw new StoreException($"{described}: not a Crosscurrents event store; run 'crosscurrents import' or 'crosscurrents brief' first.");
            }

            store.SchemaVersion = await Scalar<int>(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations", cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>A pooled connection; a server that cannot be reached is a <see cref="StoreException"/> naming it.</summary>
    private async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new StoreException($"{Location}: cannot connect to the PostgreSQL server ({ex.Message.Trim()}). Is it running, and do the host, database, user and password match?", ex);
        }
    }

    private static async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Two processes opening a new database at once: one migrates, the other waits and finds it done.
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, "SELECT pg_advisory_xact_lock(hashtext('crosscurrents-migrate:' || current_schema()))", cancellationToken, tx).ConfigureAwait(false);
        await Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())", cancellationToken, tx).ConfigureAwait(false);
        var current = await Scalar<int>(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations", cancellationToken, tx).ConfigureAwait(false);
        foreach (var (version, description, sql) in PostgresMigrations.All.Where(m => m.Version > current))
        {
            await Execute(connection, sql, cancellationToken, tx).ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand("INSERT INTO schema_migrations (version, description) VALUES ($1, $2)", connection, tx);
            cmd.Parameters.Add(new NpgsqlParameter { Value = version });
            cmd.Parameters.Add(new NpgsqlParameter { Value = description });
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new StoreException($"{Location}: opened read-only; cannot write.");
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, NpgsqlTransaction? tx = null, params object?[] parameters)
    {
        await using var cmd = Command(connection, sql, parameters, tx);
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> ExecuteCount(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, NpgsqlTransaction? tx = null, params object?[] parameters)
    {
        await using var cmd = Command(connection, sql, parameters, tx);
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, NpgsqlTransaction? tx = null, params object?[] parameters)
    {
        await using var cmd = Command(connection, sql, parameters, tx);
        var value = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IEnumerable<object?> parameters, NpgsqlTransaction? tx = null)
    {
        var cmd = new NpgsqlCommand(sql, connection, tx);
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = p ?? DBNull.Value });
        }

        return cmd;
    }

    /// <summary>The event columns in table order (as in DuckDB).</summary>
    private const string EventColumns = DuckDb.Migrations.EventColumns;

    private static string PageOf(string where, string limitOffset) => EventRows.PageSql(EventColumns, where, limitOffset);

    private static readonly string SelectEvents = "SELECT " + EventColumns + ", (SELECT min(l.incident_id) FROM event_links l WHERE l.event_id = events.id) FROM events";

    private static (string Sql, List<object> Parameters) Where(Core.Events.EventFilter filter) => EventFilterSql.Where(filter, EventFilterSql.Numbered);
}
