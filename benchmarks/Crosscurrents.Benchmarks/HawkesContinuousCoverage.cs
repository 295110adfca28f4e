using System.Diagnostics;
using System.Globalization;
using System.Text;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Covariates;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// Issue 12's validation: continuous-time exponential Hawkes worlds (μ = 0.2/day, branching n = 0.5, mean delay 7
/// days, 10 years) simulated by Ogata's thinning (not the model's own simulator), binned to daily counts, fitted
/// (a) as <c>dynamics fit</c> does: the shipped timeline's covariates for 2007–2016 (trend with knots chosen by BIC,
/// season, ceasefire, talks, 30 days after a ceasefire ended), (b) the same with robust standard errors, (c) with the old fixed 6 knots, (d) intercept only.
/// Goal: mean n within 0.03 of the truth and 95% intervals covering 90–98%.
/// </summary>
internal static class HawkesContinuousCoverage
{
    private const double Mu = 0.2, Branching = 0.5, Beta = 1 / 7.0;

    public static int Run(int replications, int years)
    {
        var c = CultureInfo.InvariantCulture;
        var from = new DateOnly(2007, 1, 1);
        var to = from.AddYears(years).AddDays(-1);
        var days = to.DayNumber - from.DayNumber + 1;
        var timeline = RepositoryData.LoadTimeline();
        HawkesData Data(double[] counts, int knots)
        {
            var (names, columns) = DailyCovariates.Build(from, to, timeline, new CovariateOptions(TrendKnots: knots));
            return new HawkesData(["s"], [counts], names, Matrix<double>.Build.Dense(days, names.Count, (t, col) => columns[col][t]));
        }

        var configurations = new (string Name, Func<double[], (HawkesFit Fit, int Knots)> Fit)[]
        {
            ("timeline covariates, trend knots by BIC (default)", counts =>
            {
                var s = HawkesModel.SelectTrend(HawkesModel.DefaultTrendKnots.Where(n => n < years).ToList(), k => Data(counts, k));
                return (s.Fit, s.TrendKnots);
            }),
            ("the same, robust (sandwich) standard errors", counts =>
            {
                var s = HawkesModel.SelectTrend(HawkesModel.DefaultTrendKnots.Where(n => n < years).ToList(), k => Data(counts, k), HawkesFitOptions.Default with { RobustStandardErrors = true });
                return (s.Fit, s.TrendKnots);
            }),
            ("timeline covariates, 6 trend knots (the old default)", counts => (HawkesModel.Fit(Data(counts, 6)), 6)),
            ("intercept only", counts => (HawkesModel.Fit(new HawkesData(["s"], [counts], ["intercept"], Matrix<double>.Build.Dense(days, 1, 1.0))), 0)),
        };

        var watch = Stopwatch.StartNew();
        var worlds = Enumerable.Range(1, replications).AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(seed =>
        {
            var events = OgataHawkesSimulator.Simulate([Mu], new[,] { { Branching } }, [Beta], days, new Random(seed));
            var counts = OgataHawkesSimulator.DailyCounts(events, 1, days)[0];
            var ties = counts.Count(x => x >= 2) / Math.Max(1.0, counts.Count(x => x >= 1));
            return (Events: events.Count, Ties: ties, Results: configurations.Select(cfg => cfg.Fit(counts)).ToArray());
        }).ToList();
        var elapsed = watch.Elapsed;

        var report = new StringBuilder();
        report.AppendLine(c, $"# Hawkes on data dated to the day: {replications} continuous-time worlds of {years} years");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- hawkes-coverage continuous {replications} {years}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd} ({elapsed.TotalMinutes:0.0} min).");
        report.AppendLine();
        report.AppendLine(c, $"Truth: one stream, μ = {Mu}/day, branching ratio n = {Branching}, exponential kernel with mean delay {1 / Beta:0} days (half-life {Math.Log(2) / Beta:0.00} days), simulated in continuous time by Ogata's thinning (`OgataHawkesSimulator`, seeds 1..{replications}), binned to days ({worlds.Average(w => w.Events):N0} events a world on average; {worlds.Average(w => w.Ties):P0} of event days have ties). Fitted with `HawkesModel` and default `HawkesFitOptions`; the timeline covariates are those `dynamics fit` builds from `data/timeline` for {from:yyyy-MM-dd} to {to:yyyy-MM-dd} (intercept, trend, season, ceasefire in force, talks, 30 days after a ceasefire ended; the truth has none of them).");
        report.AppendLine();
        report.AppendLine("| background | usable fits | mean n̂ | bias | SD of n̂ | mean SE | 95% interval covers n | mean half-life (days) | mean trend knots |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < configurations.Length; i++)
        {
            var usable = worlds.Select(w => w.Results[i]).Where(r => r.Fit.Usable).ToList();
            var estimates = usable.Select(r => r.Fit.Branching(0, 0)).ToList();
            var mean = estimates.Count == 0 ? double.NaN : estimates.Average(b => b.Estimate);
            var sd = estimates.Count < 2 ? double.NaN : Math.Sqrt(estimates.Sum(b => (b.Estimate - mean) * (b.Estimate - mean)) / (estimates.Count - 1));
            var covered = estimates.Count(b => b.Lower <= Branching && Branching <= b.Upper);
            report.AppendLine(c, $"| {configurations[i].Name} | {usable.Count}/{replications} | {mean:0.000} | {mean - Branching:+0.000;-0.000} | {sd:0.000} | {estimates.Average(b => b.StdError):0.000} | {covered}/{estimates.Count} ({covered / (double)Math.Max(1, estimates.Count):P0}) | {usable.Average(r => r.Fit.HalfLife(0).HalfLife):0.00} | {usable.Average(r => r.Knots):0.0} |");
        }

        // How fast can the excitation be before day-level data mislead? Intercept only, 30 worlds per half-life.
        report.AppendLine();
        report.AppendLine("Sensitivity to the speed of the excitation (μ = 0.3/day, n = 0.5, 10 years, intercept only, 30 worlds each, search down to a half-life of 0.01 days):");
        report.AppendLine();
        report.AppendLine("| true half-life (days) | mean n̂ | 95% interval covers | mean estimated half-life |");
        report.AppendLine("|---:|---:|---:|---:|");
        foreach (var halfLife in new[] { 0.1, 0.25, 0.5, 1, 2, 4.85 })
        {
            var fits = Enumerable.Range(1, 30).AsParallel().AsOrdered().Select(seed =>
            {
                var events = OgataHawkesSimulator.Simulate([0.3], new[,] { { Branching } }, [Math.Log(2) / halfLife], days, new Random(seed));
                var counts = OgataHawkesSimulator.DailyCounts(events, 1, days);
                return HawkesModel.Fit(new HawkesData(["s"], counts, ["intercept"], Matrix<double>.Build.Dense(days, 1, 1.0)), HawkesFitOptions.Default with { MinHalfLifeDays = 0.01 });
            }).Where(f => f.Usable).ToList();
            var b = fits.Select(f => f.Branching(0, 0)).ToList();
            report.AppendLine(c, $"| {halfLife} | {b.Average(x => x.Estimate):0.000} | {b.Count(x => x.Lower <= Branching && Branching <= x.Upper)}/{b.Count} | {fits.Average(f => f.HalfLife(0).HalfLife):0.000} |");
        }

        var failures = worlds.SelectMany(w => w.Results).Where(r => !r.Fit.Usable).GroupBy(r => r.Fit.ExitReason).Select(g => $"{g.Key}: {g.Count()}").ToList();
        report.AppendLine();
        report.AppendLine(failures.Count == 0 ? "Every fit converged." : $"Fits without usable estimates: {string.Join(", ", failures)}.");
        report.AppendLine();
        report.AppendLine("Before this model (issue 12: kernel from lag 1, 6 fixed trend knots): mean n̂ = 0.41 with 59/100 intervals covering; with trend and after-ceasefire terms off, 0.45 and 81/100.");
        report.AppendLine();
        report.AppendLine("Machine:");
        report.AppendLine();
        report.AppendLine("```");
        report.AppendLine(Machine());
        report.AppendLine("```");
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", "hawkes-daily-continuous.md"), report.ToString());
        return 0;
    }

    internal static string Machine()
    {
        static string Shell(string command)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardOutput = true });
                var output = process!.StandardOutput.ReadToEnd();
                process.WaitForExit();
                return output.TrimEnd();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "(not available)";
            }
        }

        return $"$ nproc\n{Shell("nproc")}\n$ lscpu | head\n{Shell("lscpu | head")}\n$ uptime\n{Shell("uptime")}\n.NET {Environment.Version}";
    }
}
