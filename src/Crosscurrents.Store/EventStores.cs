using Crosscurrents.Core.Storage;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Store.Postgres;

namespace Crosscurrents.Store;

/// <summary>
/// Opens a store from what the user typed after <c>--db</c> (or in <c>$CROSSCURRENTS_DB</c>): a PostgreSQL connection
/// string (<c>Host=...;Database=...</c>) or URL (<c>postgres://user@host/db</c>) opens the server store, anything else
/// is the path of a DuckDB file.
/// </summary>
public static class EventStores
{
    /// <summary>True when <paramref name="location"/> names a PostgreSQL server rather than a DuckDB file.</summary>
    public static bool IsServer(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var text = location.TrimStart();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.Split(';').Any(part => part.Split('=', 2) is [var key, _] && key.Trim() is var k
                && (k.Equals("Host", StringComparison.OrdinalIgnoreCase) || k.Equals("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Opens (creating and migrating unless read-only) the store at <paramref name="location"/>.</summary>
    /// <param name="location">A connection string, URL or DuckDB file.</param>
    /// <param name="readOnly">Open for reading only.</param>
    /// <param name="holder">What this process is, for a DuckDB file opened for writing (see <see cref="StoreHolder"/>);
    /// PostgreSQL has many writers and needs none.</param>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static IEventStore Open(string location, bool readOnly = false, StoreHolder? holder = null) =>
        IsServer(location) ? PostgresEventStore.Open(location, readOnly) : DuckDbEventStore.Open(location, readOnly, holder);

    /// <summary>The location as it may be shown to a user: a connection string or URL without its password.</summary>
    public static string Describe(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return IsServer(location) ? PostgresConnection.Describe(location) : location;
    }
}
