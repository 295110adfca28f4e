using System.Globalization;
using System.Text;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Testing.Fixtures;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Benchmarks;

/// <summary>
/// The long simulation-recovery run: for K = 1, 2 and 4 streams with covariates, simulate, fit, and count how often
/// the 95% Wald intervals cover the true parameters (goal: between 90% and 99%), and the mean bias.
/// </summary>
internal static class HawkesCoverage
{
    public static int Run(int replications, int days)
    {
        var c = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(c, $"# Hawkes simulation recovery: {replications} replications of {days:N0} days each");
        report.AppendLine();
        report.AppendLine(c, $"Run: `dotnet run -c Release --project benchmarks/Crosscurrents.Benchmarks -- hawkes-coverage {replications} {days}` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd}. Covariates: intercept, annual harmonic, a 0/1 window that lowers the background rate (deterrence-style). Seeds 1..{replications}.");
        report.AppendLine();
        report.AppendLine("| K | parameter group | parameters | coverage of 95% intervals | mean bias | replications without usable estimates |");
        report.AppendLine("|---:|---|---:|---:|---:|---:|");
        foreach (var k in new[] { 1, 2, 4 })
        {
            var groups = new Dictionary<string, (int Covered, int Total, double Bias)>();
            var failures = 0;
            for (var r = 1; r <= replications; r++)
            {
                var random = new Random(r);
                var covariates = Matrix<double>.Build.Dense(days, 3, (t, col) => col switch { 0 => 1, 1 => Math.Sin(2 * Math.PI * t / 365.25), _ => (t / 200) % 3 == 0 ? 1 : 0 });
                var alpha = new double[k, k];
                for (var j = 0; j < k; j++)
                {
                    for (var i = 0; i < k; i++)
                    {
                        alpha[j, i] = j == i ? 0.35 : 0.1;
                    }
                }

                var truth = new HawkesParameters(Enumerable.Range(0, k).Select(i => new[] { Math.Log(0.4 + (0.1 * i)), 0.3, -0.4 }).ToArray(), alpha,
                    Enumerable.Range(0, k).Select(j => 0.3 + (0.1 * j)).ToArray());
                var data = new HawkesData(Enumerable.Range(0, k).Select(i => $"s{i}").ToList(), HawkesModel.Simulate(truth, covariates, random), ["intercept", "season", "window"], covariates);
                var fit = HawkesModel.Fit(data);
                if (!fit.Usable)
                {
                    failures++;
                    continue;
                }

                foreach (var p in fit.ParameterTable())
                {
                    var group = p.Id.Kind switch { HawkesParameterKind.Background => "background γ", HawkesParameterKind.Branching => "branching α", _ => "decay ω" };
                    var g = groups.GetValueOrDefault(group);
                    var covered = Math.Abs(p.Estimate - truth[p.Id]) <= 1.959964 * p.StdError;
                    groups[group] = (g.Covered + (covered ? 1 : 0), g.Total + 1, g.Bias + (p.Estimate - truth[p.Id]));
                }
            }

            foreach (var (group, g) in groups)
            {
                report.AppendLine(c, $"| {k} | {group} | {g.Total / Math.Max(1, replications - failures)} | {(double)g.Covered / g.Total:P1} | {g.Bias / g.Total:+0.0000;-0.0000} | {failures} |");
            }

            Console.Error.WriteLine($"K = {k} done");
        }

        report.AppendLine();
        report.AppendLine("Simulated by `HawkesModel.Simulate` (the model's own continuous-time branching simulator, binned to days) and fitted with the default `HawkesFitOptions`. The validation against an independent simulator is `hawkes-coverage continuous` (`hawkes-daily-continuous.md`).");
        report.AppendLine();
        report.AppendLine("```");
        report.AppendLine(HawkesContinuousCoverage.Machine());
        report.AppendLine("```");
        Console.WriteLine(report);
        File.WriteAllText(Path.Combine(RepositoryData.RepositoryRoot, "benchmarks", "results", "hawkes-coverage.md"), report.ToString());
        return 0;
    }
}
