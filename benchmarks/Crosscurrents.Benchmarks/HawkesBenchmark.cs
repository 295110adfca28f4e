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
/// and L-BFGS-B fit in NumPy/SciPy (Debian's python3-scipy) written two ways, vectorised (scipy.signal.lfilter and
/// matrix products) and as a loop over days, in the same run on the same data.
/// </summary>
internal static class HawkesBenchmark
{
    /// <summary>Only the likelihood + gradient, <paramref name="evaluations"/> times, for <c>perf stat</c> and profiles.</summary>
    public static int Evaluations(int k, int days, int evaluations)
    {
        var (data, truth) = Problem(k, days);
        var watch = Stopwatch.StartNew();
        for (var e = 0; e < evaluations; e++)
        {
            HawkesModel.Gradient(data, truth);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{evaluations} evaluations: {watch.Elapsed.TotalMilliseconds / evaluations:0.000} ms each"));
        return 0;
    }

    private static (HawkesData Data, HawkesParameters Truth) Problem(int k, int days)
    {
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
        return (new HawkesData(Enumerable.Range(0, k).Select(i => $"s{i}").ToList(), counts, ["intercept", "season", "window"], covariates), truth);
    }

    public static int Run(int k, int days, bool loopFit = true)
    {
        var c = CultureInfo.InvariantCulture;
        var loadBefore = LoadAverage();
        var (data, truth) = Problem(k, days);
        var counts = data.Counts;
        var covariates = data.Covariates;
        var events = counts.Sum(s => s.Sum());

        // Likelihood + gradient at the true parameters: the time of one, and the values the Python versions must match.
        var testLogLik = HawkesModel.LogLikelihood(data, truth);
        var testGradient = Pack(HawkesModel.Gradient(data, truth));
        const int evaluations = 200;
        for (var e = 0; e < evaluations; e++)
        {
            HawkesModel.Gradient(data, truth); // warm-up: let the JIT reach its optimised tier
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var e = 0; e < evaluations; e++)
        {
            HawkesModel.Gradient(data, truth);
        }

        var evalSeconds = watch.Elapsed.TotalSeconds / evaluations;
        var evalCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / evaluations;

        // Like for like with SciPy: one start, the optimisation to convergence, no standard errors.
        HawkesModel.Fit(data, HawkesFitOptions.Default with { StandardErrors = false, Starts = 1 }); // warm-up (JIT)
        // Best of three (the machine is shared), as on the SciPy side.
        var optimiseTimes = new List<double>();
        HawkesFit optimised = null!;
        for (var r = 0; r < 3; r++)
        {
            watch.Restart();
            optimised = HawkesModel.Fit(data, HawkesFitOptions.Default with { StandardErrors = false, Starts = 1 });
            optimiseTimes.Add(watch.Elapsed.TotalSeconds);
        }

        var optimiseSeconds = optimiseTimes.Min();
        // Untimed: the same search driven on to a projected gradient of 1e-10, to see the optimum itself.
        var polished = HawkesModel.Fit(data, HawkesFitOptions.Default with { StandardErrors = false, Starts = 1, OptimiserGradientTolerance = 1e-10 });
        watch.Restart();
        var oneStart = HawkesModel.Fit(data, HawkesFitOptions.Default with { Starts = 1 });
        var oneStartSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var fit = HawkesModel.Fit(data);
        var fitSeconds = watch.Elapsed.TotalSeconds;

        // The NumPy/SciPy versions on the same data, one BLAS/OpenMP thread.
        var folder = Path.Combine(Path.GetTempPath(), "crosscurrents-hawkes-bench");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "counts.csv"), [string.Join(',', data.Streams), .. Enumerable.Range(0, days).Select(t => string.Join(',', counts.Select(s => s[t].ToString(c))))]);
        File.WriteAllLines(Path.Combine(folder, "covariates.csv"), [string.Join(',', data.CovariateNames), .. Enumerable.Range(0, days).Select(t => string.Join(',', Enumerable.Range(0, 3).Select(col => covariates[t, col].ToString("R", c))))]);
        File.WriteAllText(Path.Combine(folder, "theta.json"), JsonSerializer.Serialize(new
        {
            gamma = truth.Gamma,
            alpha = Enumerable.Range(0, k).Select(j => Enumerable.Range(0, k).Select(i => truth.Alpha[j, i]).ToArray()).ToArray(),
            omega = truth.Omega,
        }));
        var script = Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "python", "hawkes_numpy.py");
        var python = new ProcessStartInfo("/usr/bin/python3", loopFit ? [script, folder] : [script, folder, "--no-loop-fit"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var variable in new[] { "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS" })
        {
            python.Environment[variable] = "1";
        }

        string pythonLine;
        using (var process = Process.Start(python)!)
        {
            var errors = process.StandardError.ReadToEndAsync();
            pythonLine = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine(errors.Result);
                return 1;
            }
        }

        var py = JsonDocument.Parse(pythonLine).RootElement;
        var vec = py.GetProperty("vectorised");
        var loop = py.GetProperty("loop");
        double Agreement(JsonElement side)
        {
            var g = side.GetProperty("test_gradient").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var scale = testGradient.Max(Math.Abs);
            return Math.Max(Math.Abs(side.GetProperty("test_loglik").GetDouble() - testLogLik) / Math.Abs(testLogLik),
                g.Select((v, n) => Math.Abs(v - testGradient[n]) / scale).Max());
        }

        var updates = (double)k * k * days;
        var (vecEval, loopEval) = (vec.GetProperty("eval_seconds").GetDouble(), loop.GetProperty("eval_seconds").GetDouble());
        if (!loopFit)
        {
            // A quick run while profiling: the loop's fit (minutes) left out; nothing is written to results/.
            Console.WriteLine(string.Create(c, $"C#: eval {evalSeconds * 1000:0.000} ms (CPU {evalCpuSeconds * 1000:0.000} ms), fit {optimiseSeconds:0.000} s ({optimised.Iterations} iterations, log L {optimised.LogLikelihood:0.000000000}, {optimised.ExitReason}), one start with SEs {oneStartSeconds:0.000} s, full fit {fitSeconds:0.000} s (log L {fit.LogLikelihood:0.000000000}); polished log L {polished.LogLikelihood:0.000000000}, SciPy polished {vec.GetProperty("polished_loglik").GetDouble():0.000000000}"));
            Console.WriteLine(string.Create(c, $"SciPy vectorised: eval {vec.GetProperty("eval_seconds").GetDouble() * 1000:0.000} ms, fit {vec.GetProperty("fit_seconds").GetDouble():0.000} s ({vec.GetProperty("iterations").GetInt32()} iterations, {vec.GetProperty("evaluations").GetInt32()} evaluations, log L {vec.GetProperty("loglik").GetDouble():0.000000000}); loop eval {loop.GetProperty("eval_seconds").GetDouble() * 1000:0.0} ms; agreement vectorised {Agreement(vec):0.0e+0}, loop {Agreement(loop):0.0e+0}"));
            return 0;
        }

        var (vecFit, loopFitSeconds) = (vec.GetProperty("fit_seconds").GetDouble(), loop.GetProperty("fit_seconds").GetDouble());
        var report = new StringBuilder();
        report.AppendLine(c, $"# Hawkes fit: K = {k} streams, {events:N0} events over {days:N0} days");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- hawkes {k} {days}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC. The C# optimisation runs on one thread (the likelihood and the search are sequential; only MathNet's matrix routines in the standard-error step may use a second); Python with OPENBLAS_NUM_THREADS = OMP_NUM_THREADS = 1 (NumPy here links Debian's reference BLAS, single-threaded anyway).");
        report.AppendLine();
        report.AppendLine(c, $"Machine: {Environment.ProcessorCount} cores ({CpuModel()}, shared with other work), {Environment.OSVersion}, .NET {Environment.Version}, {System.Numerics.Vector<double>.Count * 64}-bit System.Numerics.Vector; Python {py.GetProperty("python").GetString()}, NumPy {py.GetProperty("numpy").GetString()}, SciPy {py.GetProperty("scipy").GetString()}. Load average (1, 5, 15 min) at the start: {loadBefore}; at the end: {LoadAverage()}.");
        report.AppendLine();
        report.AppendLine("```");
        report.AppendLine(Lscpu());
        report.AppendLine("```");
        report.AppendLine();
        report.AppendLine("| | Crosscurrents (C#) | SciPy vectorised (lfilter) | SciPy loop over days | C# vs vectorised | C# vs loop |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        report.AppendLine(c, $"| one log-likelihood + gradient | {evalSeconds * 1000:0.00} ms | {vecEval * 1000:0.00} ms | {loopEval * 1000:0.0} ms | {vecEval / evalSeconds:0.0}× | {loopEval / evalSeconds:0.0}× |");
        report.AppendLine(c, $"| stream-pair × day updates per second | {updates / evalSeconds:N0} | {updates / vecEval:N0} | {updates / loopEval:N0} | | |");
        report.AppendLine(c, $"| optimisation from one start to convergence, best of three{(optimised.Usable ? "" : " (C# NOT converged)")} | {optimiseSeconds:0.000} s | {vecFit:0.000} s | {loopFitSeconds:0.00} s | {vecFit / optimiseSeconds:0.0}× | {loopFitSeconds / optimiseSeconds:0.0}× |");
        report.AppendLine(c, $"| the three optimisation runs | {string.Join(", ", optimiseTimes.Select(t => t.ToString("0.000", c)))} s | {string.Join(", ", vec.GetProperty("fit_seconds_all").EnumerateArray().Select(t => t.GetDouble().ToString("0.000", c)))} s | (one run) | | |");
        report.AppendLine(c, $"| iterations (function evaluations) | {optimised.Iterations} (box-constrained BFGS) | {vec.GetProperty("iterations").GetInt32()} ({vec.GetProperty("evaluations").GetInt32()}, L-BFGS-B) | {loop.GetProperty("iterations").GetInt32()} ({loop.GetProperty("evaluations").GetInt32()}) | | |");
        report.AppendLine(c, $"| log-likelihood at the optimum | {optimised.LogLikelihood:0.000000000} | {vec.GetProperty("loglik").GetDouble():0.000000000} | {loop.GetProperty("loglik").GetDouble():0.000000000} | Δ {optimised.LogLikelihood - vec.GetProperty("loglik").GetDouble():+0.0e+0;-0.0e+0;0} | Δ {optimised.LogLikelihood - loop.GetProperty("loglik").GetDouble():+0.0e+0;-0.0e+0;0} |");
        report.AppendLine(c, $"| log-likelihood, search driven on to a projected gradient of 1e-10 (untimed) | {polished.LogLikelihood:0.000000000} | {vec.GetProperty("polished_loglik").GetDouble():0.000000000} | | Δ {polished.LogLikelihood - vec.GetProperty("polished_loglik").GetDouble():+0.0e+0;-0.0e+0;0} | |");
        report.AppendLine(c, $"| one start with standard errors (observed information, {truth.Count} parameters) | {oneStartSeconds:0.000} s | (not computed) | (not computed) | | |");
        report.AppendLine(c, $"| full fit as shipped: {HawkesFitOptions.Default.Starts} starts, standard errors | {fitSeconds:0.000} s | (not computed) | (not computed) | | |");
        report.AppendLine();
        report.AppendLine(c, $"Agreement at the true parameters (largest relative difference from C# in log L and in the gradient, relative to its largest entry): vectorised {Agreement(vec):0.0e+0}, loop {Agreement(loop):0.0e+0}; C# log L there {testLogLik:0.000000}.");
        report.AppendLine(c, $"Converged: C# {optimised.ExitReason} (full fit {fit.ExitReason}, log L {fit.LogLikelihood:0.000000000}; one start with standard errors {oneStart.ExitReason}); SciPy vectorised {vec.GetProperty("message").GetString()} (projected gradient per event {vec.GetProperty("projected_gradient").GetDouble():0.0e+0}), loop {loop.GetProperty("message").GetString()}.");
        report.AppendLine();
        report.AppendLine("Goal (issue 18): the optimisation at least 5× faster than the vectorised SciPy fit, the same optimum to 1e-6 in log-likelihood.");
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", "hawkes-fit.md"), report.ToString());
        return 0;
    }

    private static double[] Pack(HawkesParameters g) =>
        [.. g.Gamma.SelectMany(x => x), .. Enumerable.Range(0, g.K * g.K).Select(n => g.Alpha[n / g.K, n % g.K]), .. g.Omega];

    private static string CpuModel() => File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
        : "unknown";

    /// <summary>The head of lscpu: the processor, its cores and caches, the hypervisor.</summary>
    private static string Lscpu()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("lscpu") { RedirectStandardOutput = true })!;
            var lines = process.StandardOutput.ReadToEnd().Split('\n');
            process.WaitForExit();
            string[] keys = ["Architecture", "CPU(s)", "Model name", "CPU family", "Model:", "Thread(s) per core", "Core(s) per socket", "Hypervisor vendor", "L1d cache", "L2 cache", "L3 cache"];
            return string.Join('\n', lines.Where(l => keys.Any(k => l.StartsWith(k, StringComparison.Ordinal))).Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "lscpu not available";
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
