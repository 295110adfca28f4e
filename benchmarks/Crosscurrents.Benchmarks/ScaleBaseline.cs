using System.Diagnostics;
using DuckDB.NET.Data;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// The baseline of <c>benchmarks/scripts/scale.sh</c>: what an analyst who knows SQL would run instead of the product,
/// one query straight on the store's DuckDB file (read-only, same 256 MB memory cap as the product), as a whole process
/// so that its time and peak memory compare with the product's command.
/// </summary>
internal static class ScaleBaseline
{
    public static int Run(string db, string sql)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using (var limit = connection.CreateCommand())
        {
            limit.CommandText = "SET memory_limit = '256MB'";
            limit.ExecuteNonQuery();
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        Console.WriteLine($"{rows} rows in {watch.Elapsed.TotalSeconds:0.000} s");
        return 0;
    }
}
