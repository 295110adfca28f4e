using Crosscurrents.Models.Hawkes;
using Crosscurrents.Testing.Generators;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Tests.Hawkes;

/// <summary>
/// Data dated to the day: a continuous-time Hawkes process simulated by Ogata's thinning (not the model's own
/// simulator), binned into days, then fitted. Offspring born on their parent's day must count as offspring: a model
/// whose kernel starts at lag 1 loses them (about 7% of all offspring for a mean delay of 7 days) and more.
/// The long version (100 worlds with the full background) is <c>hawkes-coverage continuous</c> in benchmarks/.
/// </summary>
public sealed class HawkesTiesTests
{
    [Fact]
    public void DailyBinnedContinuousProcess_GivesUnbiasedBranchingAndDecay()
    {
        const double mu = 0.2, n = 0.5, beta = 1 / 7.0; // the world: 10 years, mean delay 7 days
        const int days = 3652, worlds = 6;
        var estimates = new List<(double Alpha, double Omega, bool Covered)>();
        for (var seed = 1; seed <= worlds; seed++)
        {
            var events = OgataHawkesSimulator.Simulate([mu], new[,] { { n } }, [beta], days, new Random(seed));
            var counts = OgataHawkesSimulator.DailyCounts(events, 1, days);
            var data = new HawkesData(["s"], counts, ["intercept"], Matrix<double>.Build.Dense(days, 1, 1.0));
            var fit = HawkesModel.Fit(data);
            Assert.True(fit.Usable, fit.Describe());
            var b = fit.Branching(0, 0);
            estimates.Add((b.Estimate, fit.Estimates!.Omega[0], b.Lower <= n && n <= b.Upper));
        }

        Assert.InRange(estimates.Average(e => e.Alpha), n - 0.06, n + 0.06);
        Assert.InRange(estimates.Average(e => e.Omega), beta * 0.7, beta * 1.3);
        Assert.True(estimates.Count(e => e.Covered) >= worlds - 2, $"{estimates.Count(e => e.Covered)} of {worlds} intervals cover {n}");
    }

    [Fact]
    public void ManyTies_StillRecoverTheBranchingRatio()
    {
        // Busy streams: most event days have several events, and two streams excite each other.
        const int days = 3000;
        var alpha = new[,] { { 0.4, 0.2 }, { 0.1, 0.3 } };
        var events = OgataHawkesSimulator.Simulate([1.0, 0.6], alpha, [0.3, 0.15], days, new Random(7));
        var counts = OgataHawkesSimulator.DailyCounts(events, 2, days);
        Assert.True(counts[0].Count(c => c >= 2) > counts[0].Count(c => c == 1), "most event days of stream 0 have ties");
        var fit = HawkesModel.Fit(new HawkesData(["a", "b"], counts, ["intercept"], Matrix<double>.Build.Dense(days, 1, 1.0)));
        Assert.True(fit.Usable, fit.Describe());
        for (var j = 0; j < 2; j++)
        {
            for (var i = 0; i < 2; i++)
            {
                var b = fit.Branching(j, i);
                Assert.True(Math.Abs(b.Estimate - alpha[j, i]) <= Math.Max(0.06, 3 * b.StdError), $"{j}→{i}: truth {alpha[j, i]}, estimate {b.Estimate:0.000} ± {b.StdError:0.000}");
            }
        }
    }
}
