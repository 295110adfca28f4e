using Crosscurrents.Models.Comparisons;

namespace Crosscurrents.Models.Tests.Comparisons;

public sealed class PeriodRateRatioTests
{
    [Fact]
    public void NegativeBinomial_RecoversADoubledRate()
    {
        var random = new Random(7);
        var inB = Enumerable.Range(0, 400).Select(i => i >= 200).ToList();
        var counts = inB.Select(b => (double)MathNet.Numerics.Distributions.Poisson.Sample(random, b ? 6.0 : 3.0)).ToList();
        var r = PeriodRateRatio.NegativeBinomial(counts, inB);
        Assert.InRange(r.Estimate, 1.8, 2.2);
        Assert.True(r.Lower < r.Estimate && r.Estimate < r.Upper && r.Lower > 1);
        Assert.Throws<ArgumentException>(() => PeriodRateRatio.NegativeBinomial([1.0], [true, false]));
    }
}
