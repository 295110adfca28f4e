using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Scenarios;
using Crosscurrents.Testing.Fixtures;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// Scenario Monte Carlo speed: 10,000 paths × 24 months (730 days) of a 3-stream Hawkes model with a lever halving the
/// background on days 100–300, on one thread and on all cores, against the same simulation in NumPy (vectorised over
/// paths, generation by generation) in the same run.
/// </summary>
internal static class ScenarioBenchmark
{
    public static int Run(int paths)
    {
        var c = CultureInfo.InvariantCulture;
        const int days = 730;
        var theta = new HawkesParameters([[Math.Log(0.3)], [Math.Log(0.2)], [Math.Log(0.1)]],
            new double[,] { { 0.3, 0.1, 0.0 }, { 0.05, 0.3, 0.05 }, { 0.0, 0.1, 0.2 } }, [0.2, 0.3, 0.5]);
        var model = ScenarioModel.Known(theta, ["a", "b", "c"], ["intercept"]);
        var lever = new ScenarioLever("halve", LeverEffect.Assumed(0.5, 0.5, 0.5, "benchmark"), [true, true, true], [new DayRange(100, 300)]);
        var setup = new ScenarioSetup(Matrix<double>.Build.Dense(days, 1, 1.0), [[], [], []], Enumerable.Range(0, 24).Select(m => (int)(m * days / 24.0)).ToArray(),
            [[1.0], [1.0], [1.0]], [lever], []);
        ScenarioSimulator.Run(model, setup, new ScenarioRunOptions(200, 1));
        (double Seconds, ScenarioPaths Paths) Time(int threads)
        {
            var watch = Stopwatch.StartNew();
            var result = ScenarioSimulator.Run(model, setup, new ScenarioRunOptions(paths, 1, MaxDegreeOfParallelism: threads));
            return (watch.Elapsed.TotalSeconds, result);
        }

        var one = Time(1);
        var all = Time(-1);
        var python = RunPython(paths);
        var perCore = one.Paths.SimulatedEvents / one.Seconds;
        var report = new StringBuilder();
        report.AppendLine(c, $"# Scenario Monte Carlo: {paths:N0} paths × 24 months × 3 streams");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- scenario {paths}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}.");
        report.AppendLine();
        report.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores (shared with other jobs while measured), {Environment.OSVersion}, .NET {Environment.Version}; Python: Debian python3-numpy.");
        report.AppendLine();
        report.AppendLine("| | Crosscurrents, 1 thread | Crosscurrents, all cores | NumPy (vectorised) |");
        report.AppendLine("|---|---:|---:|---:|");
        report.AppendLine(c, $"| wall time | {one.Seconds:0.00} s | {all.Seconds:0.00} s | {python.Seconds:0.00} s |");
        report.AppendLine(c, $"| simulated events | {one.Paths.SimulatedEvents:N0} | {all.Paths.SimulatedEvents:N0} | {python.Events:N0} |");
        report.AppendLine(c, $"| events per second | {perCore:N0} (per core) | {all.Paths.SimulatedEvents / all.Seconds:N0} | {python.Events / python.Seconds:N0} |");
        report.AppendLine(c, $"| mean events per path | {one.Paths.SimulatedEvents / (double)paths:0.0} | {all.Paths.SimulatedEvents / (double)paths:0.0} | {python.Events / paths:0.0} |");
        report.AppendLine();
        report.AppendLine(c, $"NumPy / Crosscurrents (one thread): {python.Seconds / one.Seconds:0.0}×. Goals (issue 15): at least 1e6 events per second per core; 10,000 paths of 24 months for a 3-stream model under 10 s.");
        report.AppendLine(c, $"The one- and all-core runs give identical paths: {one.Paths.Events.AsSpan().SequenceEqual(all.Paths.Events)}.");
        report.AppendLine("Crosscurrents' simulation does more per event than the NumPy one (a time-ordered queue so rules can react to the simulated past, deaths per event); the NumPy one cannot run a rule lever.");
        var text = report.ToString();
        Console.Write(text);
        var results = Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "scenario-montecarlo.md"), text);
        return 0;
    }

    private static (double Seconds, double Events) RunPython(int paths)
    {
        var script = Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "python", "scenario_numpy.py");
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, paths.ToString(CultureInfo.InvariantCulture)]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var json = JsonDocument.Parse(output);
        return (json.RootElement.GetProperty("seconds").GetDouble(), json.RootElement.GetProperty("events").GetDouble());
    }
}
