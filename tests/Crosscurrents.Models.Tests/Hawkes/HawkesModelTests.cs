using Crosscurrents.Models.Hawkes;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Tests.Hawkes;

public sealed class HawkesModelTests
{
    [Fact]
    public void LogLikelihood_EqualsTheNaiveDoubleSum_To1e9Relative()
    {
        var (data, truth) = Simulated(k: 3, t: 300, seed: 1);
        var fast = HawkesModel.LogLikelihood(data, truth);
        var naive = HawkesModel.NaiveLogLikelihood(data, truth);
        Assert.True(Math.Abs(fast - naive) <= 1e-9 * Math.Abs(naive), $"recursive {fast}, naive {naive}");
    }

    [Fact]
    public void Gradient_MatchesFiniteDifferences()
    {
        var (data, truth) = Simulated(k: 2, t: 400, seed: 2);
        var gradient = HawkesModel.Gradient(data, truth);
        foreach (var id in truth.Ids())
        {
            var h = 1e-6 * Math.Max(1, Math.Abs(truth[id]));
            var numeric = (HawkesModel.LogLikelihood(data, truth.With(id, truth[id] + h)) - HawkesModel.LogLikelihood(data, truth.With(id, truth[id] - h))) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[id]) <= 1e-4 * Math.Max(1, Math.Abs(numeric)), $"parameter {id}: analytic {gradient[id]}, numeric {numeric}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Fit_RecoversParameters_OnSimulatedData(int k)
    {
        var (data, truth) = Simulated(k, t: 6000, seed: 10 + k);
        var fit = HawkesModel.Fit(data);
        Assert.True(fit.Usable);
        var table = fit.ParameterTable();
        Assert.Equal(truth.Count, table.Count);
        foreach (var p in table)
        {
            // Within four standard errors (and the SEs are finite).
            Assert.True(double.IsFinite(p.StdError) && p.StdError > 0, $"{p.Name}: SE {p.StdError}");
            Assert.True(Math.Abs(p.Estimate - truth[p.Id]) <= 4 * p.StdError, $"{p.Name}: truth {truth[p.Id]}, estimate {p.Estimate} ± {p.StdError}");
        }

        Assert.InRange(fit.SpectralRadius, 0, 1);
        Assert.All(fit.TriggeredShare, s => Assert.InRange(s, 0.05, 0.95));
    }

    [Fact]
    public void Fit_IntervalsCover_InMostReplications()
    {
        // A small version of the coverage study (the long run is in benchmarks/): 60 replications of K = 1.
        var covered = 0;
        var total = 0;
        for (var r = 0; r < 60; r++)
        {
            var (data, truth) = Simulated(k: 1, t: 2500, seed: 100 + r);
            var fit = HawkesModel.Fit(data);
            foreach (var p in fit.ParameterTable())
            {
                total++;
                if (Math.Abs(p.Estimate - truth[p.Id]) <= 1.959964 * p.StdError)
                {
                    covered++;
                }
            }
        }

        Assert.InRange(covered / (double)total, 0.88, 0.99);
    }

    [Fact]
    public void Simulate_MatchesTheStationaryMean_AndWithoutExcitationIsPoisson()
    {
        var covariates = Matrix<double>.Build.Dense(20000, 1, 1.0);
        var theta = new HawkesParameters([[Math.Log(2.0)]], new double[1, 1], [1.0]);
        var counts = HawkesModel.Simulate(theta, covariates, new Random(3));
        Assert.InRange(counts[0].Average(), 1.95, 2.05);

        // With excitation the mean is μ / (1 − α), same-day offspring included.
        var excited = HawkesModel.Simulate(theta with { Alpha = new[,] { { 0.5 } } }, covariates, new Random(4));
        Assert.InRange(excited[0].Average(), 3.8, 4.2);
    }

    /// <summary>K streams over t days with an intercept, an annual harmonic and a "window" covariate that lowers the rate.</summary>
    internal static (HawkesData Data, HawkesParameters Truth) Simulated(int k, int t, int seed)
    {
        var random = new Random(seed);
        var covariates = Matrix<double>.Build.Dense(t, 3, (day, c) => c switch
        {
            0 => 1,
            1 => Math.Sin(2 * Math.PI * day / 365.25),
            _ => (day / 200) % 3 == 0 ? 1 : 0,
        });
        var gamma = Enumerable.Range(0, k).Select(i => new[] { Math.Log(0.4 + (0.2 * i)), 0.3, -0.4 }).ToArray();
        var alpha = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < k; i++)
            {
                alpha[j, i] = j == i ? 0.35 : 0.15;
            }
        }

        var truth = new HawkesParameters(gamma, alpha, Enumerable.Range(0, k).Select(j => 0.3 + (0.2 * j)).ToArray());
        var counts = HawkesModel.Simulate(truth, covariates, random);
        var data = new HawkesData(Enumerable.Range(0, k).Select(i => $"s{i}").ToList(), counts, ["intercept", "season", "window"], covariates);
        return (data, truth);
    }
}
