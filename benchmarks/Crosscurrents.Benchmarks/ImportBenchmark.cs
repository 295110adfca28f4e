using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Places;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;
using DuckDB.NET.Data;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// Full import of a generated GED-format file (parse, validate, resolve actors and places, write to DuckDB) against
/// what a user would do instead in the same run: DuckDB's own multi-threaded <c>read_csv</c> of the same file into a
/// table (no validation, no actor or place resolution).
/// </summary>
internal static class ImportBenchmark
{
    public static int Compare(int rows, int repeats)
    {
        var dir = Path.Combine(Path.GetTempPath(), "crosscurrents-bench");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"GEDEvent_v25_1_{rows}.csv");
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"generating {rows:N0} rows ...");
            GedFileGenerator.Write(file, rows, seed: 2026);
        }

        var size = new FileInfo(file).Length;
        var results = new Dictionary<string, List<(double Seconds, long PeakBytes, long Rows)>>
        {
            ["duckdb-read_csv"] = [],
            ["crosscurrents-import"] = [],
        };
        for (var r = 0; r < repeats; r++)
        {
            foreach (var mode in results.Keys)
            {
                var db = Path.Combine(dir, $"{mode}-{r}.duckdb");
                File.Delete(db);
                File.Delete(db + ".wal");
                results[mode].Add(RunChild(mode, file, db));
                File.Delete(db);
            }
        }

        var report = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        report.AppendLine(c, $"# Import of a generated {rows:N0}-row GED file ({size / 1e6:0.0} MB)");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- import {rows} {repeats}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}.");
        report.AppendLine();
        report.AppendLine(Machine());
        report.AppendLine();
        report.AppendLine("| what | median s | runs (s) | rows/s | peak RSS (MiB) |");
        report.AppendLine("|---|---:|---|---:|---:|");
        var medians = new Dictionary<string, double>();
        foreach (var (mode, runs) in results)
        {
            var median = runs.Select(x => x.Seconds).Order().ElementAt(runs.Count / 2);
            medians[mode] = median;
            report.AppendLine(c, $"| {mode} | {median:0.00} | {string.Join(", ", runs.Select(x => x.Seconds.ToString("0.00", c)))} | {runs[0].Rows / median:N0} | {runs.Max(x => x.PeakBytes) / 1048576.0:0} |");
        }

        report.AppendLine();
        report.AppendLine(c, $"Ratio (Crosscurrents import / DuckDB read_csv): **{medians["crosscurrents-import"] / medians["duckdb-read_csv"]:0.00}×** (goal: ≤ 2×). Peak memory goal: < 1 GiB.");
        Console.WriteLine(report);
        var resultsDir = Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results");
        Directory.CreateDirectory(resultsDir);
        File.WriteAllText(Path.Combine(resultsDir, $"import-{rows}.md"), report.ToString());
        return 0;
    }

    /// <summary>One timed run in this process; prints "seconds peakBytes rows" for the parent.</summary>
    public static int RunOne(string mode, string file, string db)
    {
        var watch = Stopwatch.StartNew();
        long rows;
        if (mode == "parse-only")
        {
            // The importer's own stage alone (read, parse, validate, resolve names, hash): no store.
            var actors = ActorRegistry.Load(Path.Combine(RepositoryData.DataDirectory, "actors"));
            var places = Gazetteer.Load(Path.Combine(RepositoryData.DataDirectory, "places", "gazetteer.csv"));
            using var stream = File.OpenRead(file);
            rows = new UcdpGedImporter().Read(stream, new ImportContext(file, actors, places)).LongCount();
        }
        else if (mode == "duckdb-read_csv")
        {
            using var connection = new DuckDBConnection($"Data Source={db}");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"CREATE TABLE raw AS SELECT * FROM read_csv('{file}', header = true); SELECT count(*) FROM raw;";
            rows = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        else
        {
            var actors = ActorRegistry.Load(Path.Combine(RepositoryData.DataDirectory, "actors"));
            var places = Gazetteer.Load(Path.Combine(RepositoryData.DataDirectory, "places", "gazetteer.csv"));
            // "pg-import": db is a PostgreSQL connection string (see PostgresBenchmark); rejects stay in the database.
            using var store = mode == "pg-import" ? Store.EventStores.Open(db) : DuckDbEventStore.Open(db);
            var summary = EventImport.Run(file, new UcdpGedImporter(), store, new ImportContext(file, actors, places), mode == "pg-import" ? "" : db + ".rejects.csv", TimeProvider.System);
            rows = summary.Counts.Imported;
            if (summary.Rejected > 0)
            {
                throw new InvalidOperationException($"{summary.Rejected} rows rejected");
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds} {PeakRss()} {rows}"));
        return 0;
    }

    internal static (double Seconds, long PeakBytes, long Rows) RunChild(string mode, string file, string db)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (self.EndsWith("dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(ImportBenchmark).Assembly.Location);
        }

        foreach (var a in new[] { "run-one", mode, file, db })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var line = process.StandardOutput.ReadToEnd().Trim().Split('\n')[^1].Split(' ');
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{mode} failed");
        }

        var result = (double.Parse(line[0], CultureInfo.InvariantCulture), long.Parse(line[1], CultureInfo.InvariantCulture), long.Parse(line[2], CultureInfo.InvariantCulture));
        Console.Error.WriteLine($"{mode}: {result.Item1:0.00} s, peak {result.Item2 / 1048576.0:0} MiB");
        return result;
    }

    /// <summary>Peak resident set size of this process (VmHWM), which includes DuckDB's native memory.</summary>
    private static long PeakRss()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return -1;
    }

    internal static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown";
        var memory = File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return string.Create(CultureInfo.InvariantCulture,
            $"Machine: {cpu}, {Environment.ProcessorCount} cores, {long.Parse(memory, CultureInfo.InvariantCulture) / 1048576.0:0} GiB RAM, {Environment.OSVersion}, .NET {Environment.Version}, DuckDB.NET 1.5.6.1.");
    }
}
