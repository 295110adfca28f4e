using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Models.Tests.Hawkes;

public sealed class HawkesDiagnosticsTests
{
    [Fact]
    public void GoodnessOfFit_AtTheTrueParameters_LooksUniform_AndAWrongModelDoesNot()
    {
        var (data, truth) = HawkesModelTests.Simulated(k: 2, t: 4000, seed: 21);
        var good = HawkesModel.GoodnessOfFit(data, truth, seed: 1);
        Assert.All(good.KsPValue, p => Assert.True(p > 0.01, $"p = {p}"));

        // Ignore the excitation: the residuals are no longer uniform.
        var noExcitation = truth with { Alpha = new double[2, 2] };
        var bad = HawkesModel.GoodnessOfFit(data, noExcitation, seed: 1);
        Assert.All(bad.KsPValue, p => Assert.True(p < 0.01, $"p = {p}"));
    }

    [Theory]
    [InlineData(new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 }, 0.1, 0.95)]
    [InlineData(new[] { 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09 }, 0.91, 0.0)]
    public void KolmogorovSmirnov_MatchesHandComputedStatistics(double[] values, double expectedD, double minimumP)
    {
        var (d, p) = HawkesModel.KolmogorovSmirnov(values);
        Assert.Equal(expectedD, d, 6);
        Assert.True(p >= minimumP && p <= 1);
    }
}

public sealed class HawkesBootstrapTests
{
    [Fact]
    public void Bootstrap_IntervalsContainTheEstimates_AndReproduce()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 1, t: 2000, seed: 31);
        var fit = HawkesModel.Fit(data);
        var options = fit.Options with { BootstrapReplications = 30 };
        var a = HawkesModel.Bootstrap(fit, seed: 5, options);
        var b = HawkesModel.Bootstrap(fit, seed: 5, options);
        Assert.Equal(a.Intervals, b.Intervals);
        var alpha = a.Branching("s0", "s0");
        Assert.True(alpha.Lower < fit.Branching(0, 0).Estimate && fit.Branching(0, 0).Estimate < alpha.Upper + 0.05,
            $"alpha {fit.Branching(0, 0).Estimate} vs bootstrap {alpha}");
        Assert.All(a.Intervals, x => Assert.True(x.Lower <= x.Upper));
    }
}
