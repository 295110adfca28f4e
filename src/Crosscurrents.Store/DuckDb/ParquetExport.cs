using Crosscurrents.Core.Events;
using Crosscurrents.Store.Internal;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

/// <summary>Writes events to a Parquet file through an in-memory DuckDB database (DuckDB's own Parquet writer).</summary>
public static class ParquetExport
{
    public static void Write(IEnumerable<ConflictEvent> events, string path)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = """
                CREATE TABLE events (id VARCHAR, dataset VARCHAR, dataset_version VARCHAR, source_id VARCHAR, date_start DATE, date_end DATE,
                  date_precision TINYINT, country VARCHAR, province VARCHAR, district VARCHAR, place VARCHAR, source_province VARCHAR,
                  source_district VARCHAR, latitude DOUBLE, longitude DOUBLE, location_precision INTEGER, side_a VARCHAR, side_a_actor VARCHAR,
                  side_b VARCHAR, side_b_actor VARCHAR, violence_type TINYINT, event_type VARCHAR, fatalities_low INTEGER,
                  fatalities_best INTEGER, fatalities_high INTEGER, deaths_a INTEGER, deaths_b INTEGER, deaths_civilians INTEGER,
                  deaths_unknown INTEGER, source_text VARCHAR)
                """;
            cmd.ExecuteNonQuery();
        }

        using (var appender = connection.CreateAppender("events"))
        {
            foreach (var e in events)
            {
                appender.CreateRow().AppendEvent(e).EndRow();
            }
        }

        using var copy = connection.CreateCommand();
        copy.CommandText = $"COPY events TO '{Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
        copy.ExecuteNonQuery();
    }
}
