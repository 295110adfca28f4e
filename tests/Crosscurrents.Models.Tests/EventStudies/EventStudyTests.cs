using Crosscurrents.Models.EventStudies;
using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Tests.EventStudies;

public sealed class EventStudyTests
{
    [Fact]
    public void Run_RecoversAKnownAfterEffect_AndThePlaceboTestRejectsChance()
    {
        var (counts, interventions) = Simulate(seed: 3, effectAfter: 2.0);
        var result = EventStudy.Run(counts, interventions, new EventStudyOptions(Window: 4, Placebos: 200, Seed: 1));
        Assert.InRange(result.RateRatio, 1.6, 2.5);
        Assert.True(result.Interval.Lower > 1);
        Assert.True(result.PlaceboPValue < 0.05, $"p = {result.PlaceboPValue}");
        Assert.True(result.EventsAfter > result.EventsBefore);
        Assert.Equal(9, result.Profile.Count);
    }

    [Fact]
    public void Run_WithNoEffect_FindsNone()
    {
        var (counts, interventions) = Simulate(seed: 4, effectAfter: 1.0);
        var result = EventStudy.Run(counts, interventions, new EventStudyOptions(Window: 4, Placebos: 200, Seed: 1));
        Assert.InRange(result.RateRatio, 0.75, 1.33);
        Assert.True(result.Interval.Lower < 1 && result.Interval.Upper > 1);
        Assert.True(result.PlaceboPValue > 0.05, $"p = {result.PlaceboPValue}");
    }

    [Fact]
    public void Run_IsReproducible_ForTheSameSeed()
    {
        var (counts, interventions) = Simulate(seed: 5, effectAfter: 1.3);
        var a = EventStudy.Run(counts, interventions, new EventStudyOptions(Placebos: 50, Seed: 9));
        var b = EventStudy.Run(counts, interventions, new EventStudyOptions(Placebos: 50, Seed: 9));
        Assert.Equal(a.PlaceboPValue, b.PlaceboPValue);
        Assert.Equal(a.PlaceboRange, b.PlaceboRange);
    }

    [Fact]
    public void Run_DropsInterventionsWithoutFullWindows_AndRefusesWhenNoneAreLeft()
    {
        var counts = Enumerable.Repeat(3.0, 20).Select((v, i) => v + (i % 3)).ToList();
        var result = EventStudy.Run(counts, [1, 10, 19], new EventStudyOptions(Window: 4, Placebos: 0));
        Assert.Equal([10], result.Interventions);
        Assert.Throws<ArgumentException>(() => EventStudy.Run(counts, [1, 19], new EventStudyOptions(Window: 4, Placebos: 0)));
    }

    /// <summary>Ten years of weekly NB counts with trend and season; 12 interventions multiply the rate in the 4 weeks after by <paramref name="effectAfter"/>.</summary>
    private static (List<double> Counts, List<int> Interventions) Simulate(int seed, double effectAfter)
    {
        var random = new Random(seed);
        const int weeks = 520;
        var interventions = Enumerable.Range(1, 12).Select(k => (k * 40) + random.Next(-5, 5)).ToList();
        var counts = new List<double>();
        for (var t = 0; t < weeks; t++)
        {
            var mu = Math.Exp(1.5 + (0.6 * (t - 260.0) / 260) + (0.3 * Math.Sin(2 * Math.PI * t / 52)));
            if (interventions.Any(d => t > d && t <= d + 4))
            {
                mu *= effectAfter;
            }

            counts.Add(Poisson.Sample(random, Gamma.Sample(random, 4.0, 4.0 / mu)));
        }

        return (counts, interventions);
    }
}
