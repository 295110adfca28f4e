using Crosscurrents.Models.Comparisons;

namespace Crosscurrents.Models.Tests.Comparisons;

public sealed class CountIntervalTests
{
    [Theory]
    [InlineData(0, 0.0, 3.688879)] // R: poisson.test(0)$conf.int
    [InlineData(5, 1.623486, 11.668332)] // R: poisson.test(5)$conf.int
    public void PoissonExact_MatchesR(int count, double lower, double upper)
    {
        var i = CountInterval.PoissonExact(count);
        Assert.Equal(count, i.Estimate);
        Assert.Equal(lower, i.Lower, 5);
        Assert.Equal(upper, i.Upper, 5);
    }

    [Fact]
    public void Wilson_MatchesTheScoreInterval()
    {
        // R: prop.test(5, 10, correct = FALSE)$conf.int = 0.2365931 0.7634069
        var i = CountInterval.Wilson(5, 10);
        Assert.Equal(0.5, i.Estimate);
        Assert.Equal(0.2365931, i.Lower, 6);
        Assert.Equal(0.7634069, i.Upper, 6);
        Assert.Equal(0, CountInterval.Wilson(0, 20).Lower);
        Assert.Equal(1, CountInterval.Wilson(20, 20).Upper);
    }
}
