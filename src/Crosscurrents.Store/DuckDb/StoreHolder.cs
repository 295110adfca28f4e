namespace Crosscurrents.Store.DuckDb;

/// <summary>
/// What holds a DuckDB file for writing, as the next process that tries to open it is told: the command and, for a
/// server, the addresses it listens on. Recorded beside the file while the write connection is open
/// (<c>events.duckdb.holder</c>).
/// </summary>
public sealed record StoreHolder(string Command, string? Url = null)
{
    /// <summary>The holder recorded when the opener does not say what it is.</summary>
    public static readonly StoreHolder Unnamed = new("a crosscurrents process");
}
