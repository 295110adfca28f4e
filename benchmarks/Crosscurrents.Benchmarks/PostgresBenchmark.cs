using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;
using DuckDB.NET.Data;
using Npgsql;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// The PostgreSQL store beside the DuckDB one, in the same run: a full import of a generated GED file against what a
/// user would do instead (<c>psql \copy</c> of the same CSV into a plain table with the file's columns, no validation),
/// a series query (events and deaths by month and province) timed many times on both backends, a full streamed read,
/// and a fault run (the importer killed with SIGKILL mid-COPY).
/// </summary>
/// <remarks>The server is the one <c>$CROSSCURRENTS_TEST_POSTGRES</c> names (<c>.ci/postgres.sh</c> starts one with
/// fsync off, as a test server); each run gets its own schema.</remarks>
internal static class PostgresBenchmark
{
    private const string SeriesSql = "SELECT date_trunc('month', date_start) AS month, province, count(*) AS events, sum(fatalities_best) AS deaths FROM events GROUP BY 1, 2 ORDER BY 1, 2";

    private static string Server => Environment.GetEnvironmentVariable("CROSSCURRENTS_TEST_POSTGRES") is { Length: > 0 } given
        ? given
        : "Host=127.0.0.1;Port=55432;Database=crosscurrents_test;Username=crosscurrents;Password=crosscurrents";

    public static int Compare(int rows, int repeats, int queries)
    {
        var dir = Path.Combine(Path.GetTempPath(), "crosscurrents-bench");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"GEDEvent_v25_1_{rows}.csv");
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"generating {rows:N0} rows ...");
            GedFileGenerator.Write(file, rows, seed: 2026);
        }

        var results = new Dictionary<string, List<(double Seconds, long PeakBytes, long Rows)>> { ["psql-copy"] = [], ["pg-import"] = [], ["crosscurrents-import"] = [] };
        string pgStore = "", duckStore = "";
        for (var r = 0; r < repeats; r++)
        {
            var schema = $"bench_{rows}_{r}";
            Admin($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
            results["psql-copy"].Add(PsqlCopy(file, schema));
            pgStore = new NpgsqlConnectionStringBuilder(Server) { SearchPath = schema }.ConnectionString;
            results["pg-import"].Add(ImportBenchmark.RunChild("pg-import", file, pgStore));
            duckStore = Path.Combine(dir, $"pg-bench-{r}.duckdb");
            File.Delete(duckStore);
            File.Delete(duckStore + ".wal");
            results["crosscurrents-import"].Add(ImportBenchmark.RunChild("crosscurrents-import", file, duckStore));
        }

        var c = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(c, $"# PostgreSQL and DuckDB stores: import of a generated {rows:N0}-row GED file ({new FileInfo(file).Length / 1e6:0.0} MB), series query, streamed read");
        report.AppendLine();
        report.AppendLine(c, $"Run: `.ci/postgres.sh`, then `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- postgres {rows} {repeats} {queries}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}.");
        report.AppendLine();
        report.AppendLine(ImportBenchmark.Machine() + $" PostgreSQL: {Scalar(Server, "SHOW server_version")} (Debian), the test server of `.ci/postgres.sh` (loopback, fsync off, shared_buffers {Scalar(Server, "SHOW shared_buffers")}), on the same machine.");
        report.AppendLine();
        report.AppendLine("The machine was shared with other build and test jobs during the run (load average " + File.ReadAllText("/proc/loadavg").Split(' ')[0] + " on 2 cores at the end): absolute times are noisy; the ratios come from the same run.");
        report.AppendLine();
        report.AppendLine("## Import");
        report.AppendLine();
        report.AppendLine("| what | median s | runs (s) | rows/s | peak RSS of the importer (MiB) |");
        report.AppendLine("|---|---:|---|---:|---:|");
        var medians = new Dictionary<string, double>();
        foreach (var (mode, runs) in results)
        {
            var median = runs.Select(x => x.Seconds).Order().ElementAt(runs.Count / 2);
            medians[mode] = median;
            var label = mode switch
            {
                "psql-copy" => "psql \\copy into a plain table (50 text columns, no validation)",
                "pg-import" => "crosscurrents import into PostgreSQL (binary COPY, merge)",
                _ => "crosscurrents import into DuckDB",
            };
            report.AppendLine(c, $"| {label} | {median:0.00} | {string.Join(", ", runs.Select(x => x.Seconds.ToString("0.00", c)))} | {runs[0].Rows / median:N0} | {(mode == "psql-copy" ? "–" : (runs.Max(x => x.PeakBytes) / 1048576.0).ToString("0", c))} |");
        }

        report.AppendLine();
        report.AppendLine(c, $"Ratio (PostgreSQL import / psql \\copy): **{medians["pg-import"] / medians["psql-copy"]:0.00}×** (goal: ≤ 2×). PostgreSQL import / DuckDB import: {medians["pg-import"] / medians["crosscurrents-import"]:0.00}×.");
        report.AppendLine();

        // Series: the same SQL on both stores, many times; then the product's path, a full streamed read.
        report.AppendLine(c, $"## Series by month and province over {rows:N0} events ({queries} runs each)");
        report.AppendLine();
        report.AppendLine("| backend | p50 ms | p95 ms | p99 ms | max ms | groups |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        var (pgTimes, pgGroups) = TimeSeriesPostgres(pgStore, queries);
        var (duckTimes, duckGroups) = TimeSeriesDuckDb(duckStore, queries);
        foreach (var (name, times, groups) in new[] { ("PostgreSQL", pgTimes, pgGroups), ("DuckDB", duckTimes, duckGroups) })
        {
            report.AppendLine(c, $"| {name} | {Percentile(times, 0.50):0.0} | {Percentile(times, 0.95):0.0} | {Percentile(times, 0.99):0.0} | {times.Max():0.0} | {groups:N0} |");
        }

        report.AppendLine();
        report.AppendLine(c, $"The query: `{SeriesSql}`, each backend on its own store of the same events (goal: p99 < 50 ms).");
        report.AppendLine();
        report.AppendLine(c, $"## The product's series path over {rows:N0} events ({queries} runs each)");
        report.AppendLine();
        report.AppendLine("`IEventStore.CountAsync(all events, month × province)`: what `series --by month --group province` asks the store. The counts");
        report.AppendLine("and the data snapshot come from the monthly rollup (schema 9, rebuilt inside each import), with the coverage map, in one");
        report.AppendLine("transaction; the raw GROUP BY above is the scan it replaces.");
        report.AppendLine();
        report.AppendLine("| backend | p50 ms | p95 ms | p99 ms | max ms | rows |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, location) in new[] { ("PostgreSQL", pgStore), ("DuckDB", duckStore) })
        {
            using var store = EventStores.Open(location, readOnly: true);
            var (times, count) = Time(queries, () => store.Count(EventFilter.All, new CountRequest(TimeResolution.Month, CountKey.Province)).Rows.Count);
            report.AppendLine(c, $"| {name} | {Percentile(times, 0.50):0.0} | {Percentile(times, 0.95):0.0} | {Percentile(times, 0.99):0.0} | {times.Max():0.0} | {count:N0} |");
        }

        report.AppendLine();
        report.AppendLine("## Streamed read of every event (`IEventStore.StreamAsync`, what exports and series read)");
        report.AppendLine();
        report.AppendLine("| backend | seconds | events/s |");
        report.AppendLine("|---|---:|---:|");
        foreach (var (name, location) in new[] { ("PostgreSQL", pgStore), ("DuckDB", duckStore) })
        {
            using var store = EventStores.Open(location, readOnly: true);
            var watch = Stopwatch.StartNew();
            var n = store.Stream(EventFilter.All).LongCount();
            var seconds = watch.Elapsed.TotalSeconds;
            report.AppendLine(c, $"| {name} | {seconds:0.00} | {n / seconds:N0} |");
        }

        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", $"postgres-{rows}.md"), report.ToString());
        return 0;
    }

    /// <summary>Interrupts an import mid-COPY twice, killing the importer (SIGKILL) and restarting the server, and
    /// checks each time that the store is exactly as before and takes a new import.</summary>
    public static int Fault(int rows)
    {
        var dir = Path.Combine(Path.GetTempPath(), "crosscurrents-bench");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"GEDEvent_v25_1_{rows}.csv");
        if (!File.Exists(file))
        {
            GedFileGenerator.Write(file, rows, seed: 2026);
        }

        var c = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine("# Faults: a PostgreSQL import interrupted mid-COPY");
        report.AppendLine();
        report.AppendLine(c, $"Run: `.ci/postgres.sh`, then `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- postgres-fault {rows}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}.");
        report.AppendLine();
        report.AppendLine(c, $"A store holding the shipped UCDP file; a second process imports a {rows:N0}-row file; 2 s after its `COPY staging` is seen active the import is interrupted. Then the store is read and a 1,000-event file imported.");
        report.AppendLine();
        report.AppendLine("| interruption | snapshot before | snapshot after | batches before / after | new import afterwards | result |");
        report.AppendLine("|---|---|---|---|---|---|");
        var ok = true;
        ok &= Scenario("importer killed (SIGKILL)", file, dir, report, child => child.Kill(entireProcessTree: true));
        var data = Environment.GetEnvironmentVariable("CROSSCURRENTS_PG_DATA") is { Length: > 0 } d ? d : "/tmp/crosscurrents-ci-pg";
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            ok &= Scenario("server restarted (pg_ctl restart -m fast)", file, dir, report, _ => RestartServer(data));
        }
        else
        {
            report.AppendLine(c, $"| server restarted | not run: no server data directory at {data} (set $CROSSCURRENTS_PG_DATA) | | | | |");
        }

        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", "postgres-fault.md"), report.ToString());
        return ok ? 0 : 1;
    }

    private static bool Scenario(string name, string file, string dir, StringBuilder report, Action<Process> interrupt)
    {
        const string Schema = "bench_fault";
        Admin($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema}");
        var application = "crosscurrents-fault-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var location = new NpgsqlConnectionStringBuilder(Server) { SearchPath = Schema, ApplicationName = application }.ConnectionString;
        Core.Snapshots.DataSnapshot before;
        int batches;
        using (var store = EventStores.Open(location))
        {
            var shipped = RepositoryData.ShippedGedFile;
            Sources.Importing.EventImport.Run(shipped, new Sources.Ucdp.UcdpGedImporter(), store,
                new Sources.Importing.ImportContext(shipped, RepositoryData.Actors, RepositoryData.Places, "22.1"), "", TimeProvider.System);
            before = store.Snapshot(EventFilter.All);
            batches = store.Batches().Count;
        }

        var self = Environment.ProcessPath!;
        // The importer's output is not read (an interrupted importer prints its error to the console).
        var start = new ProcessStartInfo(self);
        if (self.EndsWith("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(PostgresBenchmark).Assembly.Location);
        }

        foreach (var a in new[] { "run-one", "pg-import", file, location })
        {
            start.ArgumentList.Add(a);
        }

        using var child = Process.Start(start)!;
        var watch = Stopwatch.StartNew();
        long copying = 0;
        while (watch.Elapsed < TimeSpan.FromMinutes(5) && !child.HasExited)
        {
            copying = Convert.ToInt64(Scalar(Server, $"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{application}' AND query LIKE 'COPY staging%' AND state = 'active'"), CultureInfo.InvariantCulture);
            if (copying > 0)
            {
                break;
            }

            Thread.Sleep(100);
        }

        Thread.Sleep(TimeSpan.FromSeconds(2)); // well into the COPY
        var interrupted = !child.HasExited;
        interrupt(child);
        if (!child.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            child.Kill(entireProcessTree: true);
        }

        Core.Snapshots.DataSnapshot after;
        int batchesAfter, reimported;
        using (var store = EventStores.Open(location))
        {
            after = store.Snapshot(EventFilter.All);
            batchesAfter = store.Batches().Count;
            var small = Path.Combine(dir, "GEDEvent_v26_1_fault.csv");
            GedFileGenerator.Write(small, 1000, seed: 7, firstId: 90_000_000);
            reimported = (int)Sources.Importing.EventImport.Run(small, new Sources.Ucdp.UcdpGedImporter(), store,
                new Sources.Importing.ImportContext(small, RepositoryData.Actors, RepositoryData.Places), "", TimeProvider.System).Counts.Imported;
        }

        var ok = before == after && batches == batchesAfter && reimported == 1000 && copying > 0 && interrupted;
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {before} | {after} | {batches} / {batchesAfter} | {reimported:N0} of 1,000 imported | **{(ok ? "as before" : "FAILED")}** |");
        Admin($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        return ok;
    }

    private static void RestartServer(string data)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Last();
        var start = new ProcessStartInfo("runuser");
        foreach (var a in new[] { "-u", "postgres", "--", Path.Combine(bin, "bin", "pg_ctl"), "-D", data, "-w", "-t", "120", "-m", "fast", "restart" })
        {
            start.ArgumentList.Add(a);
        }

        // Output not redirected: the restarted server inherits pg_ctl's stdout, and a pipe would never reach its end.
        using var process = Process.Start(start)!;
        process.WaitForExit();
        NpgsqlConnection.ClearAllPools();
    }

    private static (double Seconds, long PeakBytes, long Rows) PsqlCopy(string file, string schema)
    {
        var header = File.ReadLines(file).First().Split(',');
        Admin($"CREATE TABLE {schema}.raw ({string.Join(", ", header.Select(h => $"\"{h}\" text"))})");
        var b = new NpgsqlConnectionStringBuilder(Server);
        var start = new ProcessStartInfo("psql") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-h", b.Host!, "-p", b.Port.ToString(CultureInfo.InvariantCulture), "-U", b.Username!, "-d", b.Database!, "-v", "ON_ERROR_STOP=1", "-c", $"\\copy {schema}.raw FROM '{file}' WITH (FORMAT csv, HEADER true)" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["PGPASSWORD"] = b.Password ?? "";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("psql \\copy failed");
        }

        var copied = long.Parse(output.Trim().Split(' ')[^1], CultureInfo.InvariantCulture);
        Console.Error.WriteLine($"psql-copy: {seconds:0.00} s");
        return (seconds, 0, copied);
    }

    private static (List<double> Milliseconds, long Groups) TimeSeriesPostgres(string location, int queries)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using (var analyze = new NpgsqlCommand("ANALYZE events", connection))
        {
            analyze.ExecuteNonQuery();
        }

        return Time(queries, () =>
        {
            using var cmd = new NpgsqlCommand(SeriesSql, connection);
            using var r = cmd.ExecuteReader();
            long n = 0;
            while (r.Read())
            {
                n++;
            }

            return n;
        });
    }

    private static (List<double> Milliseconds, long Groups) TimeSeriesDuckDb(string path, int queries)
    {
        using var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return Time(queries, () =>
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = SeriesSql;
            using var r = cmd.ExecuteReader();
            long n = 0;
            while (r.Read())
            {
                n++;
            }

            return n;
        });
    }

    private static (List<double>, long) Time(int queries, Func<long> query)
    {
        var groups = query(); // warm-up
        var times = new List<double>(queries);
        for (var i = 0; i < queries; i++)
        {
            var watch = Stopwatch.StartNew();
            groups = query();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (times, groups);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    private static string Scalar(string location, string sql)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToString(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
