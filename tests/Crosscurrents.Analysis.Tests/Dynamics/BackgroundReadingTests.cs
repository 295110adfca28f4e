using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Analysis.Tests.Dynamics;

/// <summary>The readable background (levels, yearly change, period effects) recovers a known process — immigrants whose
/// rate grows 10% a year and halves during a period, each with Poisson(0.3) offspring on later days at geometric lags —
/// not the Hawkes model it is read through.</summary>
public sealed class BackgroundReadingTests
{
    private static readonly DateOnly First = new(2010, 1, 1);

    private static HawkesRun Fit(int seed)
    {
        const int days = 3653;
        var random = new Random(seed);
        var mid = (days - 1) / 2.0;
        var growth = Math.Log(1.10) * 10; // per decade
        var names = new[] { "intercept", "trend_per_decade", "ceasefire_in_force" };
        var columns = new[]
        {
            Enumerable.Repeat(1.0, days).ToArray(),
            Enumerable.Range(0, days).Select(t => (t - mid) / 3652.5).ToArray(),
            Enumerable.Range(0, days).Select(t => t is >= 1500 and < 1700 ? 1.0 : 0).ToArray(),
        };
        var counts = new double[days];
        for (var t = 0; t < days; t++)
        {
            var rate = 2.0 * Math.Exp((growth * columns[1][t]) + (Math.Log(0.5) * columns[2][t]));
            counts[t] += Poisson(random, rate);
            for (var e = 0; e < counts[t]; e++)
            {
                for (var o = Poisson(random, 0.3); o > 0; o--)
                {
                    var lag = 1;
                    while (random.NextDouble() > 0.3 && lag < 60)
                    {
                        lag++;
                    }

                    if (t + lag < days)
                    {
                        counts[t + lag]++;
                    }
                }
            }
        }

        var data = HawkesData.FromColumns(["s"], [counts], names, columns);
        var fit = HawkesModel.Fit(data);
        Assert.True(fit.Usable, fit.Describe());
        return new HawkesRun(data, fit, HawkesModel.GoodnessOfFit(fit, seed), DataSnapshot.Compute([]), First, First.AddDays(days - 1), null);
    }

    [Fact]
    public void Summarise_RecoversLevelGrowthAndPeriodEffect_WithIntervalsThatCoverThem()
    {
        var covered = (growth: 0, level: 0, period: 0);
        const int worlds = 12;
        for (var seed = 1; seed <= worlds; seed++)
        {
            var b = Assert.Single(BackgroundReading.Summarise(Fit(seed)));
            var trend = Assert.Single(b.Trend);
            Assert.InRange(trend.PercentPerYear!.Value, 5, 15);
            covered.growth += trend.Ci95![0] <= 10 && 10 <= trend.Ci95[1] ? 1 : 0;

            // The level at the first day: 2/day at mid-span, 10% a year less for each of the five years before it.
            var truth = 2.0 * Math.Pow(1.10, -(3652 / 2.0) / 365.25) * 30.436875;
            var level = b.Levels[0];
            covered.level += level.Ci95![0] <= truth && truth <= level.Ci95[1] ? 1 : 0;

            var period = Assert.Single(b.Periods);
            Assert.Equal(200, period.Days);
            covered.period += period.Ci95![0] <= 0.5 && 0.5 <= period.Ci95[1] ? 1 : 0;
        }

        // 95% intervals: at most a couple of misses in 12 worlds.
        Assert.True(covered.growth >= worlds - 2, $"growth covered {covered.growth}/{worlds}");
        Assert.True(covered.level >= worlds - 2, $"level covered {covered.level}/{worlds}");
        Assert.True(covered.period >= worlds - 2, $"period covered {covered.period}/{worlds}");
    }

    [Fact]
    public void Quality_SaysWhetherTheTestRejects_InWords()
    {
        var q = Assert.Single(BackgroundReading.Quality(Fit(3)));
        Assert.Contains("time-rescaling test", q.Sentence, StringComparison.Ordinal);
        Assert.Equal(q.P < 0.05, q.Rejects);
        Assert.Contains(q.Rejects ? "rejects" : "does not reject", q.Sentence, StringComparison.Ordinal);
    }

    private static int Poisson(Random random, double rate)
    {
        // Knuth's method is fine for rates of a few per day.
        var limit = Math.Exp(-rate);
        var (k, p) = (0, 1.0);
        do
        {
            k++;
            p *= random.NextDouble();
        }
        while (p > limit && k < 1000);
        return k - 1;
    }
}
