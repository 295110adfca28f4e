using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Internal;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

/// <summary>
/// Writes the events of a filter to a Parquet file with DuckDB's Parquet writer, in bounded memory: from a DuckDB store
/// DuckDB copies the rows straight from its own table; from any other store the events are streamed into a temporary
/// DuckDB file on disk (not memory) and copied from there. Both give the same columns, types and order (ordinal id).
/// </summary>
public static class ParquetExport
{
    /// <summary>The exported columns and their DuckDB types: the events table's, without its content hash and batch.</summary>
    public static readonly IReadOnlyList<(string Name, string Type)> Columns =
    [
        ("id", "VARCHAR"), ("dataset", "VARCHAR"), ("dataset_version", "VARCHAR"), ("source_id", "VARCHAR"), ("date_start", "DATE"),
        ("date_end", "DATE"), ("date_precision", "TINYINT"), ("country", "VARCHAR"), ("province", "VARCHAR"), ("district", "VARCHAR"),
        ("place", "VARCHAR"), ("source_province", "VARCHAR"), ("source_district", "VARCHAR"), ("latitude", "DOUBLE"), ("longitude", "DOUBLE"),
        ("location_precision", "INTEGER"), ("side_a", "VARCHAR"), ("side_a_actor", "VARCHAR"), ("side_b", "VARCHAR"), ("side_b_actor", "VARCHAR"),
        ("violence_type", "TINYINT"), ("event_type", "VARCHAR"), ("fatalities_low", "INTEGER"), ("fatalities_best", "INTEGER"),
        ("fatalities_high", "INTEGER"), ("deaths_a", "INTEGER"), ("deaths_b", "INTEGER"), ("deaths_civilians", "INTEGER"),
        ("deaths_unknown", "INTEGER"), ("source_text", "VARCHAR"),
    ];

    /// <summary>The memory DuckDB may use while staging events from another store; beyond it, it writes to disk.</summary>
    private const string StagingMemoryLimit = "128MB";

    /// <summary>Writes the events <paramref name="filter"/> selects from <paramref name="store"/>, in ordinal id order.</summary>
    public static void Write(IEventStore store, EventFilter filter, string path)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (store is DuckDbEventStore duckDb)
        {
            duckDb.CopyToParquet(filter, path);
        }
        else
        {
            Write(store.Stream(filter), path);
        }
    }

    /// <summary>Writes <paramref name="events"/> in the order given, staged in a temporary DuckDB file that is deleted after.</summary>
    public static void Write(IEnumerable<ConflictEvent> events, string path)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Directory.CreateTempSubdirectory("crosscurrents-parquet-");
        try
        {
            using var connection = new DuckDBConnection($"Data Source={System.IO.Path.Combine(folder.FullName, "staging.duckdb")}");
            connection.Open();
            Execute(connection, $"SET memory_limit = '{StagingMemoryLimit}'");
            Execute(connection, "SET threads = 1");
            Execute(connection, $"CREATE TABLE events ({string.Join(", ", Columns.Select(c => $"{c.Name} {c.Type}"))})");
            using (var appender = connection.CreateAppender("events"))
            {
                foreach (var e in events)
                {
                    appender.CreateRow().AppendEvent(e).EndRow();
                }
            }

            // A table scan keeps the order rows were appended in, and COPY keeps it (preserve_insertion_order).
            Execute(connection, CopyStatement("SELECT * FROM events", path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Rows per Parquet row group. The writer holds a whole row group per thread in memory, outside DuckDB's
    /// memory cap: DuckDB's default (122,880) put the export of 1M events at 560 MiB, 65,536 on one thread at 350 MiB,
    /// for a file 15% larger (benchmarks/results/events-memory.md).</summary>
    public const int RowGroupSize = 65_536;

    /// <summary>The COPY statement of a query's rows to <paramref name="path"/>.</summary>
    internal static string CopyStatement(string query, string path) => $"COPY ({query}) TO {Literal(path)} (FORMAT parquet, ROW_GROUP_SIZE {RowGroupSize})";

    /// <summary>The SELECT list of the exported columns.</summary>
    internal static string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    private static string Literal(string path) => "'" + System.IO.Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
