using Crosscurrents.Models.EventStudies;
using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Tests.EventStudies;

public sealed class EpisodeStudyTests
{
    /// <summary>
    /// Weekly counts from daily events whose rate is gamma-distributed day to day (overdispersed, not the NB model's
    /// own weekly process), a declining trend, and a known effect after each episode ends.
    /// </summary>
    private static (double[] Counts, double[] Deaths, List<Episode> Episodes) World(int seed, double effect, double deathsAfter = 2)
    {
        var random = new Random(seed);
        const int weeks = 400;
        var episodes = Enumerable.Range(0, 8).Select(i => new Episode(20 + (i * 45), 20 + (i * 45) + 4)).ToList();
        var counts = new double[weeks];
        var deaths = new double[weeks];
        for (var w = 0; w < weeks; w++)
        {
            var after = episodes.Any(e => w > e.End && w <= e.End + 8);
            var rate = 1.2 * Math.Exp(-w / 250.0) * (after ? effect : 1);
            for (var d = 0; d < 7; d++)
            {
                var n = Poisson.Sample(random, Gamma.Sample(random, 2.0, 2.0 / rate));
                counts[w] += n;
                for (var k = 0; k < n; k++)
                {
                    deaths[w] += 1 + Poisson.Sample(random, after ? deathsAfter : 2);
                }
            }
        }

        return (counts, deaths, episodes);
    }

    [Fact]
    public void Run_RecoversAKnownEffectAfterEpisodes_WithIntervalsThatCover()
    {
        var covered = 0;
        var estimates = new List<double>();
        for (var r = 0; r < 40; r++)
        {
            var (counts, deaths, episodes) = World(100 + r, effect: 2.0);
            var result = EpisodeStudy.Run(counts, deaths, episodes, window: 8, periodsPerYear: 52, seed: r);
            estimates.Add(Math.Log(result.RateRatio));
            if (result.Interval.Lower <= 2.0 && result.Interval.Upper >= 2.0)
            {
                covered++;
            }
        }

        Assert.InRange(Math.Exp(estimates.Average()), 1.75, 2.3);
        Assert.InRange(covered, 34, 40); // nominal 95%: 38 of 40
    }

    [Fact]
    public void Run_WithoutAnEffect_OnADecliningTrend_RarelyFindsOne()
    {
        var falseIncrease = 0;
        var falseDecrease = 0;
        for (var r = 0; r < 40; r++)
        {
            var (counts, deaths, episodes) = World(300 + r, effect: 1.0);
            var result = EpisodeStudy.Run(counts, deaths, episodes, window: 8, periodsPerYear: 52, seed: r);
            falseIncrease += result.Interval.Lower > 1 ? 1 : 0;
            falseDecrease += result.Interval.Upper < 1 ? 1 : 0;
        }

        Assert.InRange(falseIncrease, 0, 4);
        Assert.InRange(falseDecrease, 0, 4);
    }

    [Fact]
    public void Run_MeasuresLethalityAfterAgainstBefore()
    {
        var (counts, deaths, episodes) = World(7, effect: 1.0, deathsAfter: 5);
        var result = EpisodeStudy.Run(counts, deaths, episodes, window: 8, periodsPerYear: 52, seed: 1);

        // 1 + Poisson(5) against 1 + Poisson(2) deaths per event: a ratio of 2.
        Assert.InRange(result.Lethality, 1.6, 2.5);
        Assert.True(result.LethalityInterval.Lower < result.Lethality && result.Lethality < result.LethalityInterval.Upper);
    }

    [Fact]
    public void Run_RefusesEpisodesWithoutFullWindows()
    {
        var counts = new double[30];
        Assert.Throws<ArgumentException>(() => EpisodeStudy.Run(counts, counts, [new Episode(2, 5)], 8, 52, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => EpisodeStudy.Run(counts, counts, [new Episode(10, 12)], 0, 52, 1));
    }
}
