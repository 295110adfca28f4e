using Crosscurrents.Models.Comparisons;

namespace Crosscurrents.Models.Tests.Comparisons;

public sealed class PoissonRateRatioTests
{
    [Fact]
    public void OfMeans_IsTheRatioOfMeans_WithTheLogScaleWaldInterval()
    {
        double[] a = [10, 20, 30];
        double[] b = [40, 50];
        var r = PoissonRateRatio.OfMeans(a, b);
        Assert.Equal(45.0 / 20.0, r.Estimate, 12);
        var se = Math.Sqrt((1 / 60.0) + (1 / 90.0));
        Assert.Equal(r.Estimate * Math.Exp(-1.96 * se), r.Lower, 12);
        Assert.Equal(r.Estimate * Math.Exp(1.96 * se), r.Upper, 12);
    }

    [Fact]
    public void OfTotals_IsAfterOverBefore()
    {
        var r = PoissonRateRatio.OfTotals(before: 50, after: 100);
        Assert.Equal(2, r.Estimate, 12);
        Assert.True(r.Lower is > 1 and < 2 && r.Upper > 2);
    }

    [Fact]
    public void EmptyOrZeroSides_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => PoissonRateRatio.OfMeans([], [1.0]));
        Assert.Throws<ArgumentException>(() => PoissonRateRatio.OfMeans([0.0], [1.0]));
        Assert.Throws<ArgumentException>(() => PoissonRateRatio.OfTotals(0, 3));
    }
}
