using Crosscurrents.Models.Hawkes;
using Crosscurrents.Testing.Generators;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Tests.Hawkes;

/// <summary>
/// Ties: events of a continuous-time Hawkes process binned into days, as event datasets record them, then fitted with
/// the discrete-time model. Offspring born the same day as their parent count as that day's background, so the
/// branching ratio is biased down by about the share of offspring born within the day; with half-lives of several
/// days that bias is small, and no jitter is needed.
/// </summary>
public sealed class HawkesTiesTests
{
    [Fact]
    public void DailyBinnedContinuousProcess_GivesNearlyUnbiasedBranchingAndDecay()
    {
        const double mu = 1.2, alpha = 0.5, beta = 0.12; // half-life ln 2 / 0.12 ≈ 5.8 days
        const int days = 8000;
        var estimates = new List<(double Alpha, double Omega)>();
        var ties = 0.0;
        for (var seed = 1; seed <= 8; seed++)
        {
            var counts = ContinuousHawkesSimulator.DailyCounts(ContinuousHawkesSimulator.Simulate(mu, alpha, beta, days, new Random(seed)), days);
            ties += counts.Count(c => c >= 2) / (double)counts.Count(c => c >= 1);
            var data = new HawkesData(["s"], [counts], ["intercept"], Matrix<double>.Build.Dense(days, 1, 1.0));
            var fit = HawkesModel.Fit(data, standardErrors: false);
            estimates.Add((fit.Parameters.Alpha[0, 0], fit.Parameters.Omega[0]));
        }

        // Most days with an event have more than one: the data are full of ties.
        Assert.True(ties / 8 > 0.5, $"share of event days with ties {ties / 8:0.00}");

        // Expected same-day offspring share: 1 − (1 − e^{−β})/β ≈ 5.8%; allow 12% relative bias on α.
        var meanAlpha = estimates.Average(e => e.Alpha);
        Assert.InRange(meanAlpha, alpha * 0.88, alpha * 1.05);

        // The discrete kernel's decay per day, −ln(e^{−β}) = β, is recovered within 25%.
        Assert.InRange(estimates.Average(e => e.Omega), beta * 0.75, beta * 1.25);
    }
}
