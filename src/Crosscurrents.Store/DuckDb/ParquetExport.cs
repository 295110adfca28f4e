using Crosscurrents.Core.Events;
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
                var p = e.Place;
                var f = e.Fatalities;
                appender.CreateRow()
                    .AppendValue(e.Id).AppendValue(e.Source.Dataset).AppendValue(e.Source.Version).AppendValue(e.Source.SourceId)
                    .AppendValue((DateOnly?)e.DateStart).AppendValue((DateOnly?)e.DateEnd).AppendValue((sbyte?)(sbyte)e.DatePrecision)
                    .AppendValue(p.Country).AppendValue(p.Province).AppendValue(p.District).AppendValue(p.PlaceName)
                    .AppendValue(p.SourceProvince).AppendValue(p.SourceDistrict).AppendValue(p.Latitude).AppendValue(p.Longitude)
                    .AppendValue(p.Precision).AppendValue(e.SideA.Name).AppendValue(e.SideA.ActorId).AppendValue(e.SideB.Name)
                    .AppendValue(e.SideB.ActorId).AppendValue((sbyte?)(sbyte)e.ViolenceType).AppendValue(e.EventType)
                    .AppendValue((int?)f.Low).AppendValue((int?)f.Best).AppendValue((int?)f.High).AppendValue(f.SideA)
                    .AppendValue(f.SideB).AppendValue(f.Civilians).AppendValue(f.Unknown).AppendValue(e.SourceText)
                    .EndRow();
            }
        }

        using var copy = connection.CreateCommand();
        copy.CommandText = $"COPY events TO '{Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
        copy.ExecuteNonQuery();
    }
}
