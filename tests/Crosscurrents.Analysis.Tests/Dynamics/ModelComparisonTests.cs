using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Core.Periods;
using Crosscurrents.Series.Covariates;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Analysis.Tests.Dynamics;

/// <summary>
/// The out-of-sample comparison picks a split only where the parts differ: worlds simulated in continuous time (events
/// at real times, offspring at exponential delays, binned to days; not the daily model being fitted), one where a
/// province's events excite each other and another's do not, and one where a single process's events are dealt to two
/// provinces at random; 15 years each, the last quarter held out.
/// </summary>
public sealed class ModelComparisonTests
{
    private static readonly DateOnly First = new(2010, 1, 1);
    private const int Days = 5479;

    /// <summary>A continuous-time Hawkes process: background at <paramref name="rate"/> a day, each event with Poisson(n) offspring at delays of mean <paramref name="meanDelay"/> days.</summary>
    private static List<double> Times(Random random, double rate, double n, double meanDelay) => ContinuousHawkesSimulator.Simulate(rate, n, 1 / meanDelay, Days, random);

    private static double[] Daily(IEnumerable<double> times) => ContinuousHawkesSimulator.DailyCounts(times, Days);

    private static IReadOnlyList<ModelAlternative> Compare(double[] a, double[] b) =>
        ModelComparison.Compare(
            [new ModelCandidate("as-one", "one", ["total"], [a.Zip(b, (x, y) => x + y).ToArray()]), new ModelCandidate("by-province", "split", ["a", "b"], [a, b])],
            First, First.AddDays(Days - 1), new Timeline([]), new CovariateOptions(), 0.25, 1);

    /// <summary>Province a: background 0.3 a day, branching 0.7; province b: Poisson, 1.5 a day. The gain is positive in
    /// each world, with p from 0.01 to 0.05: a quarter of 15 years gives this test modest power.</summary>
    [Fact]
    public void Compare_PicksTheSplit_WhenOneProvinceExcitesItselfAndTheOtherDoesNot()
    {
        var wins = 0;
        var log = new List<string>();
        for (var seed = 0; seed < 3; seed++)
        {
            var random = new Random(100 + seed);
            var alternatives = Compare(Daily(Times(random, 0.3, 0.7, 3)), Daily(Times(random, 1.5, 0, 1)));
            var split = alternatives.Single(x => x.Name == "by-province");
            Assert.True(split.Usable, split.Fit);
            Assert.Equal(0.7, split.SelfExcitation![0].Estimate, 0.15);
            Assert.True(split.SelfExcitation[1].Estimate < 0.1, $"the quiet province's self-excitation {split.SelfExcitation[1].Estimate}");
            wins += split.GainPerDay > 0 && split.GainPValue < 0.05 ? 1 : 0;
            log.Add($"{split.GainPerDay} {split.GainPValue} {split.SelfExcitation[0].Estimate} {split.SelfExcitation[1].Estimate}");
        }

        Assert.True(wins >= 2, $"the split won {wins} of 3 worlds: {string.Join("; ", log)}");
    }

    [Fact]
    public void Compare_DoesNotPickTheSplit_WhenOneProcessIsDealtToProvincesAtRandom()
    {
        var wins = 0;
        for (var seed = 0; seed < 4; seed++)
        {
            var random = new Random(200 + seed);
            var times = Times(random, 0.6, 0.5, 4);
            var toA = times.Select(_ => random.NextDouble() < 0.6).ToList();
            var alternatives = Compare(Daily(times.Where((_, i) => toA[i])), Daily(times.Where((_, i) => !toA[i])));
            var one = alternatives.Single(x => x.Name == "as-one");
            Assert.True(one.Usable, one.Fit);
            Assert.NotNull(one.LogScore);
            var split = alternatives.Single(x => x.Name == "by-province");
            wins += split.GainPerDay > 0 && split.GainPValue < 0.05 ? 1 : 0;
        }

        Assert.True(wins <= 1, $"the split won {wins} of 4 worlds where the provinces do not differ");
    }

    [Fact]
    public void Compare_ScoresTheOverdispersedVariantOfTheOneStreamModel()
    {
        var random = new Random(7);
        var a = Daily(Times(random, 0.5, 0.4, 2));
        var alternatives = Compare(a, new double[Days]);
        var names = alternatives.Select(x => x.Name).ToList();
        Assert.Equal(["as-one", "overdispersed", "by-province"], names);
        Assert.All(alternatives.Where(x => x.Usable), x => Assert.True(x.LogScore < 0));
    }
}
