using System.Globalization;
using Crosscurrents.Benchmarks;

// Whole-command timings (BenchmarkDotNet suits kernels, not a 1M-row import that writes a database).
// Usage: dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- import [rows] [repeats]
//        (internally re-invokes itself with "run-one <mode> <file> <db>" so each run's peak memory is its own)
return args switch
{
    ["run-one", var mode, var file, var db] => ImportBenchmark.RunOne(mode, file, db),
    ["duckdb-sql", var db, var sql] => ScaleBaseline.Run(db, sql),
    ["hawkes-coverage", "continuous", ..] => HawkesContinuousCoverage.Run(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10),
    ["hawkes-coverage", ..] => HawkesCoverage.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3000),
    ["hawkes-eval", var k, var days, var n] => HawkesBenchmark.Evaluations(int.Parse(k, CultureInfo.InvariantCulture), int.Parse(days, CultureInfo.InvariantCulture), int.Parse(n, CultureInfo.InvariantCulture)),
    ["hawkes", ..] => HawkesBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000, loopFit: !args.Contains("--quick")),
    ["scenario", ..] => ScenarioBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000),
    ["claims-calibration", ..] => ClaimCalibration.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100,
        args.Length > 2 ? args[2].Split(',').ToHashSet(StringComparer.Ordinal) : null),
    ["news", ..] => NewsBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000),
    ["postgres", ..] => PostgresBenchmark.Compare(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100),
    ["postgres-fault", ..] => PostgresBenchmark.Fault(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000),
    ["import", ..] => ImportBenchmark.Compare(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Crosscurrents.Benchmarks import [rows=1000000] [repeats=3] | postgres [rows=1000000] [repeats=1] [queries=100] | postgres-fault [rows=1000000] | news [documents=20000] | hawkes [k=10] [days=10000] [--quick] | hawkes-eval k days evaluations | hawkes-coverage [replications=200] [days=3000] | hawkes-coverage continuous [replications=100] [years=10] | claims-calibration [replications=100] [tests=change,...,links]");
    return 2;
}
