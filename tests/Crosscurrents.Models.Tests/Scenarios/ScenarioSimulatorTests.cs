using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Scenarios;
using Crosscurrents.Models.Tests.Hawkes;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Tests.Scenarios;

public sealed class ScenarioSimulatorTests
{
    private const int Days = 360;

    private static HawkesParameters Truth(double mu = 0.5, double alpha = 0.5, double omega = 0.1) =>
        new([[Math.Log(mu)]], new double[,] { { alpha } }, [omega]);

    private static ScenarioSetup Setup(IReadOnlyList<ScenarioLever>? levers = null, IReadOnlyList<ScenarioInjection>? injections = null, double[]? deaths = null) =>
        new(Matrix<double>.Build.Dense(Days, 1, 1.0), [new double[30]], Enumerable.Range(0, 12).Select(m => m * 30).ToArray(),
            [deaths ?? [1.0]], levers ?? [], injections ?? []);

    private static ScenarioModel Model(HawkesParameters theta) => ScenarioModel.Known(theta, ["x"], ["intercept"]);

    /// <summary>Expected events over the horizon from the mean-intensity equation m = μ + αω ∫ e^{−ω(t−s)} m(s) ds, integrated finely.</summary>
    private static double ExpectedTotal(Func<double, double> mu, double alpha, double omega)
    {
        const double dt = 0.01;
        double y = 0, total = 0;
        for (var t = 0.0; t < Days; t += dt)
        {
            var m = mu(t) + (alpha * omega * y);
            total += m * dt;
            y += (m - (omega * y)) * dt;
        }

        return total;
    }

    [Fact]
    public void StatusQuo_MatchesTheMeanIntensityEquation()
    {
        var paths = ScenarioSimulator.Run(Model(Truth()), Setup(), new ScenarioRunOptions(Paths: 500, Seed: 3));
        var mean = paths.Totals(0).Average();
        var expected = ExpectedTotal(_ => 0.5, 0.5, 0.1);
        Assert.InRange(mean, expected * 0.95, expected * 1.05);
    }

    [Fact]
    public void KnownLeverEffect_GivesTheExpectedPairedDifference()
    {
        // Halve the background from day 120 to 239: the paired difference must match the mean-intensity equation.
        var lever = new ScenarioLever("halve", LeverEffect.Assumed(0.5, 0.5, 0.5, "test"), [true], [new DayRange(120, 239)]);
        var options = new ScenarioRunOptions(Paths: 500, Seed: 4);
        var baseline = ScenarioSimulator.Run(Model(Truth()), Setup(), options);
        var scenario = ScenarioSimulator.Run(Model(Truth()), Setup([lever]), options);
        var difference = ScenarioStatistics.Paired(scenario.Totals(0), baseline.Totals(0)).Average();
        var expected = ExpectedTotal(t => t is >= 120 and < 240 ? 0.25 : 0.5, 0.5, 0.1) - ExpectedTotal(_ => 0.5, 0.5, 0.1);
        Assert.InRange(difference, expected * 1.15, expected * 0.85);
        Assert.True(expected < -50);
    }

    [Fact]
    public void Results_DoNotDependOnTheNumberOfThreads()
    {
        var lever = new ScenarioLever("rule", LeverEffect.Assumed(0.3, 0.2, 0.45, "test"), [true], [], new LeverRule(0, 3, 10));
        var setup = Setup([lever], deaths: [0, 1, 2, 5]);
        var model = ScenarioModel.Known(Truth(), ["x"], ["intercept"]);
        var one = ScenarioSimulator.Run(model, setup, new ScenarioRunOptions(Paths: 200, Seed: 9, MaxDegreeOfParallelism: 1));
        var two = ScenarioSimulator.Run(model, setup, new ScenarioRunOptions(Paths: 200, Seed: 9, MaxDegreeOfParallelism: 2));
        Assert.Equal(one.Events, two.Events);
        Assert.Equal(one.Deaths, two.Deaths);
        Assert.Equal(one.RuleDays, two.RuleDays);
    }

    [Fact]
    public void StrikeRule_AfterDeadlyEvents_LowersTheCount()
    {
        // Every event kills 5; a rule cuts the background to a tenth for 30 days after any event killing ≥ 5.
        var lever = new ScenarioLever("strike", LeverEffect.Assumed(0.1, 0.1, 0.1, "test"), [true], [], new LeverRule(0, 5, 30));
        var options = new ScenarioRunOptions(Paths: 300, Seed: 5);
        var baseline = ScenarioSimulator.Run(Model(Truth()), Setup(deaths: [5]), options);
        var scenario = ScenarioSimulator.Run(Model(Truth()), Setup([lever], deaths: [5]), options);
        Assert.True(scenario.Totals(0).Average() < 0.3 * baseline.Totals(0).Average());
        Assert.True(scenario.RuleDays.Average() > 10);
        Assert.Equal(5 * baseline.Totals(0).Sum(), baseline.Totals(0, deaths: true).Sum(), 3);
    }

    [Fact]
    public void InjectedEvent_AddsItselfAndItsExpectedOffspring()
    {
        // Without background, 10 injected events on day 0 have on average 10 / (1 − α) descendants including themselves.
        var theta = Truth(mu: 1e-12, alpha: 0.5, omega: 0.5);
        var paths = ScenarioSimulator.Run(Model(theta), Setup(injections: [new ScenarioInjection(0, 0, 10, 20)]), new ScenarioRunOptions(Paths: 500, Seed: 6));
        Assert.InRange(paths.Totals(0).Average(), 19, 21);
    }

    [Fact]
    public void History_KeepsExcitingTheFirstDays()
    {
        var theta = Truth(mu: 1e-12, alpha: 0.8, omega: 0.1);
        var history = new double[30];
        history[^1] = 10;
        var setup = Setup() with { History = [history] };
        var paths = ScenarioSimulator.Run(Model(theta), setup, new ScenarioRunOptions(Paths: 500, Seed: 7));

        // Children after time 0 of 10 events at −0.5: 10 α e^{−0.05}, each with 1 / (1 − α) descendants (nearly all within 360 days).
        var expected = 10 * 0.8 * Math.Exp(-0.05) / 0.2;
        Assert.InRange(paths.Totals(0).Average(), expected * 0.9, expected * 1.05);
    }

    [Fact]
    public void DailyCounts_MatchAContinuousTimeProcess_WithMostOffspringOnTheSameDay()
    {
        // Half-life 0.35 days: about 64% of the offspring come on their parent's day, the case the same-day cascade is
        // for. Against the continuous-time process by its branching structure, binned to days and months.
        const double Mu = 2, Alpha = 0.6, Omega = 2;
        var paths = ScenarioSimulator.Run(Model(Truth(Mu, Alpha, Omega)), Setup(), new ScenarioRunOptions(Paths: 400, Seed: 12));
        var random = new Random(12);
        var continuous = Enumerable.Range(0, 400).Select(_ =>
        {
            var days = Testing.Generators.ContinuousHawkesSimulator.DailyCounts(Testing.Generators.ContinuousHawkesSimulator.Simulate(Mu, Alpha, Omega, Days, random), Days);
            return Enumerable.Range(0, 12).Select(m => days.Skip(m * 30).Take(30).Sum()).ToArray();
        }).ToList();
        double Mean(IEnumerable<double> v) => v.Average();
        double Variance(IReadOnlyList<double> v) => v.Select(x => (x - v.Average()) * (x - v.Average())).Sum() / (v.Count - 1);
        var daily = Enumerable.Range(1, 11).SelectMany(m => paths.Month(0, m)).ToList();
        var binned = continuous.SelectMany(c => c.Skip(1)).ToList();
        Assert.InRange(Mean(daily), Mean(binned) * 0.97, Mean(binned) * 1.03);
        Assert.InRange(Variance(daily), Variance(binned) * 0.85, Variance(binned) * 1.15);
        Assert.InRange(Mean(daily), 30 * Mu / (1 - Alpha) * 0.97, 30 * Mu / (1 - Alpha) * 1.03);
    }

    [Fact]
    public void ManyEventsADay_TheirDeathsComeFromTheObservedTolls()
    {
        // About 2,500 events a day: the tolls are drawn as one multinomial per day. Mean deaths per event = mean of the
        // observed tolls; a rule on deaths ≥ 5 fires on every day, as one event in 5 kills 5.
        var theta = Truth(mu: 1000, alpha: 0.6, omega: 0.5);
        var lever = new ScenarioLever("strike", LeverEffect.Assumed(1, 1, 1, "test"), [true], [], new LeverRule(0, 5, 1));
        var paths = ScenarioSimulator.Run(Model(theta), Setup([lever], deaths: [0, 0, 1, 2, 5]), new ScenarioRunOptions(Paths: 40, Seed: 13, MaxEventsPerPath: 10_000_000));
        var events = paths.Totals(0);
        var deaths = paths.Totals(0, deaths: true);
        Assert.Equal(0, paths.Exploded);
        Assert.InRange(events.Average(), ExpectedTotal(_ => 1000, 0.6, 0.5) * 0.98, ExpectedTotal(_ => 1000, 0.6, 0.5) * 1.02);
        Assert.All(Enumerable.Range(0, 40), i => Assert.InRange(deaths[i] / events[i], 1.6 * 0.99, 1.6 * 1.01));
        Assert.All(paths.RuleDays, d => Assert.Equal(Days, d));
    }

    [Theory]
    [InlineData(1_000_000, 0.3)]
    [InlineData(5_000, 0.002)]
    [InlineData(200_000, 0.97)]
    [InlineData(40, 0.5)]
    public void Binomial_HasTheMeanAndVarianceOfItsDistribution(long n, double p)
    {
        var random = new Random(11);
        var draws = Enumerable.Range(0, 4000).Select(_ => (double)ScenarioSimulator.Binomial(random, n, p)).ToArray();
        var mean = draws.Average();
        var variance = draws.Select(x => (x - mean) * (x - mean)).Sum() / (draws.Length - 1);
        var sd = Math.Sqrt(n * p * (1 - p));
        Assert.InRange(mean, (n * p) - (4 * sd / Math.Sqrt(draws.Length)), (n * p) + (4 * sd / Math.Sqrt(draws.Length)));
        Assert.InRange(variance, sd * sd * 0.9, sd * sd * 1.1);
        Assert.All(draws, x => Assert.InRange(x, 0, n));
    }

    [Fact]
    public void Binomial_MatchesItsProbabilities()
    {
        // Pearson's χ² against the binomial pmf (n = 300, p = 0.2: split once, then inversion), 10,000 draws.
        var random = new Random(5);
        var counts = new int[301];
        for (var i = 0; i < 10_000; i++)
        {
            counts[ScenarioSimulator.Binomial(random, 300, 0.2)]++;
        }

        var bins = Enumerable.Range(40, 41).ToList(); // 40..80 cover all but ~0.3% of the mass; the tails are one bin
        var chi2 = 0.0;
        foreach (var x in bins)
        {
            var expected = 10_000 * MathNet.Numerics.Distributions.Binomial.PMF(0.2, 300, x);
            chi2 += (counts[x] - expected) * (counts[x] - expected) / expected;
        }

        var tailExpected = 10_000 * (1 - bins.Sum(x => MathNet.Numerics.Distributions.Binomial.PMF(0.2, 300, x)));
        var tail = 10_000 - bins.Sum(x => counts[x]);
        chi2 += (tail - tailExpected) * (tail - tailExpected) / tailExpected;
        Assert.True(chi2 < MathNet.Numerics.Distributions.ChiSquared.InvCDF(bins.Count, 0.999), $"χ² = {chi2:0.0}");
    }

    [Fact]
    public void ParameterDraws_FromAFit_VaryAcrossPaths_AndStayStationary()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 1, t: 2000, seed: 31);
        var fit = HawkesModel.Fit(data);
        var model = ScenarioModel.FromFit(fit);
        Assert.True(model.DrawsParameters);
        var draws = Enumerable.Range(0, 200).Select(i => model.Draw(ScenarioSimulator.PathRandom(1, i, 0))).ToList();
        Assert.All(draws, d => Assert.InRange(d.Alpha[0, 0], 0, 1));
        var alphas = draws.Select(d => d.Alpha[0, 0]).ToArray();
        var sd = Math.Sqrt(alphas.Select(a => (a - alphas.Average()) * (a - alphas.Average())).Average());
        var se = fit.Branching(0, 0).StdError;
        Assert.InRange(sd, se * 0.7, se * 1.3);
    }
}

public sealed class ScenarioLeverTests
{
    [Fact]
    public void Assumed_TakesItsStandardErrorFromThe90PercentInterval()
    {
        var effect = LeverEffect.Assumed(0.9, 0.6, 1.3, "test");
        Assert.True(effect.IsAssumed);
        Assert.Equal(Math.Log(0.9), effect.LogRateRatio, 12);
        Assert.Equal((Math.Log(1.3) - Math.Log(0.6)) / (2 * LeverEffect.Z90), effect.LogStdError, 12);
        Assert.Throws<ArgumentException>(() => LeverEffect.Assumed(1, 2, 1, "bad"));
    }

    [Fact]
    public void Overrides_FixTheEffectAtTheIntervalEnd_OnEveryPath()
    {
        // An uncertain lever over the whole horizon, fixed at its lower 90% end (RR 0.5 here), must give what a certain RR 0.5 gives.
        var theta = new HawkesParameters([[Math.Log(0.5)]], new double[,] { { 0.3 } }, [0.2]);
        var model = ScenarioModel.Known(theta, ["x"], ["intercept"]);
        ScenarioSetup Setup(LeverEffect e) => new(Matrix<double>.Build.Dense(120, 1, 1.0), [[]], [0, 30, 60, 90], [[1.0]],
            [new ScenarioLever("l", e, [true], [new DayRange(0, 119)])], []);
        var uncertain = LeverEffect.Assumed(Math.Sqrt(0.5 * 2.0), 0.5, 2.0, "test");
        var fixedLow = ScenarioSimulator.Run(model, Setup(uncertain), new ScenarioRunOptions(Paths: 200, Seed: 2, Overrides: new Dictionary<int, double> { [0] = -LeverEffect.Z90 }));
        var certain = ScenarioSimulator.Run(model, Setup(LeverEffect.Assumed(0.5, 0.5, 0.5, "test")), new ScenarioRunOptions(Paths: 200, Seed: 2));
        Assert.Equal(certain.Totals(0).Average(), fixedLow.Totals(0).Average(), 6);
    }

    [Fact]
    public void Summaries_UseType7Quantiles()
    {
        var s = ScenarioStatistics.Summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        Assert.Equal(5.5, s.Mean, 12);
        Assert.Equal(5.5, s.Median, 12);
        Assert.Equal(1.45, s.Q05, 12);
        Assert.Equal(9.55, s.Q95, 12);
        Assert.Equal([1.0, -1.0], ScenarioStatistics.Paired([2, 3], [1, 4]));
        Assert.Equal(0.5, ScenarioStatistics.ShareAbove([1, 2, 3, 4], 2));
    }
}
