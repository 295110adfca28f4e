using Crosscurrents.Models.Comparisons;

namespace Crosscurrents.Models.Tests.Comparisons;

public sealed class PeakBootstrapTests
{
    [Fact]
    public void Run_Reproduces_AndFindsAClearPeak()
    {
        double[] values = [100, 120, 400, 110];
        var a = PeakBootstrap.Run(values, 1000, seed: 3);
        var b = PeakBootstrap.Run(values, 1000, seed: 3);
        Assert.Equal(a.Replications, b.Replications);
        Assert.Equal(2, a.Peak);
        Assert.Equal(1.0, a.Probability(i => i == 2));
        Assert.Equal(new PeakRange(2, 2), a.Range95());
    }

    [Fact]
    public void TwoCloseYears_ShareThePeak_AndTheRangeIsTheOrderStatistics()
    {
        double[] values = [50, 300, 299, 60];
        var boot = PeakBootstrap.Run(values, 1000, seed: 1);
        var p = boot.Probability(i => i == 1);
        Assert.InRange(p, 0.3, 0.7);
        var sorted = boot.Replications.Order().ToArray();
        Assert.Equal(new PeakRange(sorted[25], sorted[974]), boot.Range95());
    }
}
