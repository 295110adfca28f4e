using Crosscurrents.Models.Changepoints;
using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Tests.Changepoints;

public sealed class ChangepointDetectionTests
{
    [Fact]
    public void Detect_FindsKnownChanges_WithBootstrapRangesThatCoverThem()
    {
        var random = new Random(4);
        var counts = Enumerable.Range(0, 300).Select(t => (double)Poisson.Sample(random, t < 100 ? 2 : t < 200 ? 8 : 3)).ToList();
        var result = ChangepointDetection.Detect(counts, new ChangepointOptions(MinSegment: 5, Bootstraps: 100, Seed: 1));
        Assert.Equal(2, result.Changes.Count);
        Assert.InRange(result.Changes[0].Index, 95, 105);
        Assert.InRange(result.Changes[1].Index, 195, 205);
        Assert.All(result.Changes, c => Assert.True(c.Lower <= c.Index && c.Index <= c.Upper));
        Assert.All(result.Changes, c => Assert.True(c.Support > 0.8));
        Assert.InRange(result.Segments[1].Mean, 7, 9);
    }

    [Fact]
    public void Detect_OnAConstantRate_FindsNothing()
    {
        var random = new Random(5);
        var counts = Enumerable.Range(0, 400).Select(_ => (double)Poisson.Sample(random, 4)).ToList();
        Assert.Empty(ChangepointDetection.Detect(counts, new ChangepointOptions(Bootstraps: 0)).Changes);
    }

    [Fact]
    public void Pelt_GivesTheSameSegmentationAsBruteForce()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            var counts = Enumerable.Range(0, 80).Select(t => (double)Poisson.Sample(random, t % 30 < 12 ? 1.5 : 5)).ToList();
            var penalty = 2 * Math.Log(counts.Count);
            Assert.Equal(ChangepointDetection.OptimalPartitioning(counts, penalty, 3), ChangepointDetection.Pelt(counts, penalty, 3));
        }
    }
}
