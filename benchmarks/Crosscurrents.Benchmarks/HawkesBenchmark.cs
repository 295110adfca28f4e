using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Testing.Fixtures;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// Hawkes fitting speed: K = 10 streams and about 100,000 events, Crosscurrents against the same likelihood, gradient
/// and L-BFGS-B optimiser written in NumPy/SciPy (Debian's python3-scipy), in the same run on the same data.
/// </summary>
internal static class HawkesBenchmark
{
    public static int Run(int k, int days)
    {
        var c = CultureInfo.InvariantCulture;
        var random = new Random(2026);
        var covariates = Matrix<double>.Build.Dense(days, 3, (t, col) => col switch { 0 => 1, 1 => Math.Sin(2 * Math.PI * t / 365.25), _ => (t / 500) % 2 });
        var alpha = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < k; i++)
            {
                alpha[j, i] = j == i ? 0.3 : (j + i) % 3 == 0 ? 0.04 : 0.0;
            }
        }

        var truth = new HawkesParameters(Enumerable.Range(0, k).Select(i => new[] { Math.Log(0.45 + (0.02 * i)), 0.2, -0.2 }).ToArray(), alpha,
            Enumerable.Range(0, k).Select(j => 0.2 + (0.05 * j)).ToArray());
        var counts = HawkesModel.Simulate(truth, covariates, random);
        var data = new HawkesData(Enumerable.Range(0, k).Select(i => $"s{i}").ToList(), counts, ["intercept", "season", "window"], covariates);
        var events = counts.Sum(s => s.Sum());

        // Likelihood + gradient throughput.
        HawkesModel.Gradient(data, truth);
        var watch = Stopwatch.StartNew();
        const int evaluations = 20;
        for (var e = 0; e < evaluations; e++)
        {
            HawkesModel.Gradient(data, truth);
        }

        var evalSeconds = watch.Elapsed.TotalSeconds / evaluations;
        watch.Restart();
        var optimised = HawkesModel.Fit(data, HawkesFitOptions.Default with { StandardErrors = false, Starts = 1 });
        var optimiseSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var fit = HawkesModel.Fit(data);
        var fitSeconds = watch.Elapsed.TotalSeconds;

        // The NumPy/SciPy version on the same data.
        var folder = Path.Combine(Path.GetTempPath(), "crosscurrents-hawkes-bench");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "counts.csv"), [string.Join(',', data.Streams), .. Enumerable.Range(0, days).Select(t => string.Join(',', counts.Select(s => s[t].ToString(c))))]);
        File.WriteAllLines(Path.Combine(folder, "covariates.csv"), [string.Join(',', data.CovariateNames), .. Enumerable.Range(0, days).Select(t => string.Join(',', Enumerable.Range(0, 3).Select(col => covariates[t, col].ToString("R", c))))]);
        var script = Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "python", "hawkes_numpy.py");
        var python = new ProcessStartInfo("/usr/bin/python3", [script, folder]) { RedirectStandardOutput = true, RedirectStandardError = true };
        string pythonLine;
        using (var process = Process.Start(python)!)
        {
            pythonLine = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
        }

        var py = JsonDocument.Parse(pythonLine).RootElement;
        var pyEval = py.GetProperty("eval_seconds").GetDouble();
        var pyFit = py.GetProperty("fit_seconds").GetDouble();
        var updates = (double)k * k * days;
        var report = new StringBuilder();
        report.AppendLine(c, $"# Hawkes fit: K = {k} streams, {events:N0} events over {days:N0} days");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- hawkes {k} {days}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}; one thread for Crosscurrents (NumPy may use its own threads).");
        report.AppendLine();
        report.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; Python: Debian python3-numpy/python3-scipy.");
        report.AppendLine();
        report.AppendLine("| | Crosscurrents (C#) | NumPy/SciPy | ratio |");
        report.AppendLine("|---|---:|---:|---:|");
        report.AppendLine(c, $"| one log-likelihood + gradient | {evalSeconds * 1000:0.0} ms | {pyEval * 1000:0.0} ms | {pyEval / evalSeconds:0.0}× |");
        report.AppendLine(c, $"| stream-pair × day updates per second | {updates / evalSeconds:N0} | {updates / pyEval:N0} | |");
        report.AppendLine(c, $"| optimisation (L-BFGS-B to convergence{(optimised.Usable ? "" : ", NOT converged")}) | {optimiseSeconds:0.00} s ({optimised.Iterations} iterations) | {pyFit:0.00} s ({py.GetProperty("iterations").GetInt32()} iterations) | {pyFit / optimiseSeconds:0.0}× |");
        report.AppendLine(c, $"| full fit with standard errors (observed information over {truth.Count} parameters) | {fitSeconds:0.00} s | (not computed) | |");
        report.AppendLine();
        report.AppendLine(c, $"Log-likelihood at the optimum: Crosscurrents {fit.LogLikelihood:0.00}, SciPy {py.GetProperty("loglik").GetDouble():0.00}. Goals: full fit under 10 s on one core; at least 10× faster than NumPy/SciPy.");
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", "hawkes-fit.md"), report.ToString());
        return 0;
    }
}
