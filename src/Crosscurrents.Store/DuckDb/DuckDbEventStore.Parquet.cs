using Crosscurrents.Core.Events;
using Crosscurrents.Store.Sql;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>Copies the events of <paramref name="filter"/> to a Parquet file inside DuckDB, with the WHERE clause and
    /// order of <see cref="StreamAsync"/>: no row passes through .NET, and the sort spills to disk beyond the memory cap.</summary>
    internal void CopyToParquet(EventFilter filter, string path)
    {
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        using var cmd = Command(ParquetExport.CopyStatement($"SELECT {ParquetExport.ColumnList} FROM events{where} ORDER BY id", path), parameters);
        // One thread: each writer thread holds a row group of its own outside the memory cap (threads is a setting of
        // the whole database, so it is put back after).
        Execute("SET threads = 1");
        try
        {
            cmd.ExecuteNonQuery();
        }
        finally
        {
            Execute("RESET threads");
        }
    }
}
