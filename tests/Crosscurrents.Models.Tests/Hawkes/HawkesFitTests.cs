using Crosscurrents.Models.Hawkes;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Tests.Hawkes;

/// <summary>How fits end, what they leave out, and the named access to their estimates.</summary>
public sealed class HawkesFitTests
{
    [Fact]
    public void Fit_TooFewIterations_EndsAtTheIterationLimit_WithNoUsableEstimates()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 2, t: 1500, seed: 41);
        var fit = HawkesModel.Fit(data, HawkesFitOptions.Default with { MaxIterations = 3 });
        Assert.Equal(HawkesExitReason.IterationLimit, fit.ExitReason);
        Assert.False(fit.Usable);
        Assert.Contains("iteration limit", fit.Describe(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => fit.Branching(0, 1));
        Assert.Throws<InvalidOperationException>(() => fit.HalfLife(0));
        Assert.Throws<InvalidOperationException>(() => fit.RateRatio(0, 1));
        Assert.Null(fit.Estimates);
        Assert.Throws<InvalidOperationException>(() => fit.ParameterTable());
    }

    [Fact]
    public void Fit_OptimumOutsideTheSearchBox_EndsAtBound_NamingTheParameter()
    {
        // True half-life ln 2 / 0.3 ≈ 2.3 days; allow at most half a day.
        var (data, _) = HawkesModelTests.Simulated(k: 1, t: 3000, seed: 42);
        var fit = HawkesModel.Fit(data, HawkesFitOptions.Default with { MinHalfLifeDays = 0.05, MaxHalfLifeDays = 0.5 });
        Assert.Equal(HawkesExitReason.AtBound, fit.ExitReason);
        Assert.Contains("s0 half-life of excitation", fit.ExitDetail, StringComparison.Ordinal);
        Assert.False(fit.Usable);
    }

    [Fact]
    public void Fit_CollinearCovariates_HaveASingularInformation()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 1, t: 2000, seed: 43);
        var season = data.Covariates.Column(1);
        var doubled = data with
        {
            CovariateNames = [.. data.CovariateNames, "season_again"],
            Covariates = data.Covariates.Append(Matrix<double>.Build.DenseOfColumnVectors(season)),
        };
        var fit = HawkesModel.Fit(doubled);
        Assert.Equal(HawkesExitReason.SingularInformation, fit.ExitReason);
        Assert.Contains("season", fit.ExitDetail, StringComparison.Ordinal);
        Assert.False(fit.Usable);
    }

    [Fact]
    public void Fit_OfTheSameDaysRepeatedManyTimes_IsNotCalledSingular()
    {
        // Every day's count × 780 (a store that repeats each event 780 times): the information grows unevenly across
        // parameters, and its raw eigenvalue ratio fell below the tolerance while the fit was well determined.
        var (data, _) = HawkesModelTests.Simulated(k: 2, t: 3000, seed: 45);
        var repeated = data with
        {
            Counts = [.. data.Counts.Select(c => c.Select(v => v * 780).ToArray())],
            Covariates = data.Covariates.MapIndexed((_, c, v) => c == 2 ? v * 1000 : v),
        };
        var fit = HawkesModel.Fit(repeated);
        Assert.True(fit.ExitReason == HawkesExitReason.Converged, $"{fit.ExitReason}: {fit.ExitDetail}");
        Assert.True(fit.Usable);
    }

    [Fact]
    public void Fit_LeavesOutAnIndicatorCoveringElevenDays_WithANote()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 1, t: 2000, seed: 44);
        var brief = Vector<double>.Build.Dense(data.T, t => t is >= 500 and < 511 ? 1 : 0);
        var withTalks = data with
        {
            CovariateNames = [.. data.CovariateNames, "talks_in_progress"],
            Covariates = data.Covariates.Append(Matrix<double>.Build.DenseOfColumnVectors(brief)),
        };
        var fit = HawkesModel.Fit(withTalks);
        Assert.True(fit.Usable, fit.Describe());
        Assert.DoesNotContain("talks_in_progress", fit.CovariateNames);
        Assert.Contains(fit.Notes, n => n.Contains("'talks_in_progress': it covers 11 days", StringComparison.Ordinal));
        Assert.Null(fit.RateRatio("s0", "talks_in_progress"));
        Assert.NotNull(fit.RateRatio("s0", "window"));
    }

    [Fact]
    public void Fit_IndicatorWithoutEventsOfAStream_IsHeldAtZero_AndNotEstimable()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 1, t: 2000, seed: 45);
        var counts = data.Counts.Select(c => (double[])c.Clone()).ToArray();
        var quiet = Vector<double>.Build.Dense(data.T, t => t is >= 1000 and < 1100 ? 1 : 0);
        for (var t = 1000; t < 1100; t++)
        {
            counts[0][t] = 0;
        }

        var fit = HawkesModel.Fit(data with
        {
            Counts = counts,
            CovariateNames = [.. data.CovariateNames, "quiet"],
            Covariates = data.Covariates.Append(Matrix<double>.Build.DenseOfColumnVectors(quiet)),
        });
        Assert.True(fit.Usable, fit.Describe());
        var rate = fit.RateRatio("s0", "quiet")!.Value;
        Assert.False(rate.Estimable);
        Assert.True(rate.RateRatio < 1e-10);
        Assert.Contains(fit.Notes, n => n.Contains("no events on the days of 'quiet'", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_AStreamThatExcitesNothing_HasAnUnidentifiedHalfLife_NotASingularFit()
    {
        // Stream b is pure background and excites nothing; a excites itself.
        const int days = 3000;
        var covariates = Matrix<double>.Build.Dense(days, 1, 1.0);
        var truth = new HawkesParameters([[Math.Log(0.5)], [Math.Log(0.5)]], new[,] { { 0.4, 0 }, { 0, 0 } }, [0.3, 0.3]);
        var counts = HawkesModel.Simulate(truth, covariates, new Random(46));
        var fit = HawkesModel.Fit(new HawkesData(["a", "b"], counts, ["intercept"], covariates));
        if (fit.Estimates is { } e && e.Alpha[1, 0] < 1e-8 && e.Alpha[1, 1] < 1e-8)
        {
            Assert.True(fit.Usable, fit.Describe());
            Assert.False(fit.HalfLife("b").Identified);
            Assert.True(fit.HalfLife("a").Identified);
        }
        else
        {
            Assert.True(fit.Usable, fit.Describe());
        }

        Assert.InRange(fit.Branching("a", "a").Estimate, 0.25, 0.55);
    }

    [Fact]
    public void Fit_OffspringWithinMinutes_IsUsable_WithTheHalfLifeWithinTheDay_AndTheBranchingRecovered()
    {
        // Half-life of an hour: every offspring is born on its parent's day, and each day's count is a generalised
        // Poisson (Borel–Tanner) cascade, which the model's same-day term is exactly.
        const int days = 3000;
        var covariates = Matrix<double>.Build.Dense(days, 1, 1.0);
        var counts = HawkesModel.Simulate(new HawkesParameters([[Math.Log(0.4)]], new[,] { { 0.4 } }, [Math.Log(2) * 24]), covariates, new Random(49));
        var fit = HawkesModel.Fit(new HawkesData(["s"], counts, ["intercept"], covariates));
        Assert.True(fit.Usable, fit.Describe());
        var h = fit.HalfLife("s");
        Assert.True(h.WithinDay);
        Assert.False(h.Identified);
        Assert.Contains(fit.Notes, n => n.Contains("same day", StringComparison.Ordinal));
        var b = fit.Branching("s", "s");
        Assert.True(Math.Abs(b.Estimate - 0.4) <= Math.Max(0.05, 3 * b.StdError), $"{b.Estimate} ± {b.StdError}");
    }

    [Fact]
    public void NamedAccess_MatchesTheParameters()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 2, t: 3000, seed: 47);
        var fit = HawkesModel.Fit(data);
        Assert.True(fit.Usable, fit.Describe());
        Assert.Equal(fit.Branching(0, 1), fit.Branching("s0", "s1"));
        var estimates = fit.Estimates!;
        Assert.Equal(estimates.Alpha[0, 1], fit.Branching("s0", "s1").Estimate);
        Assert.Equal(estimates[HawkesParameterId.Branching(0, 1)], fit.Parameter(HawkesParameterId.Branching(0, 1)).Estimate);
        Assert.Equal(fit.Branching(0, 1).StdError, fit.Parameter(HawkesParameterId.Branching(0, 1)).StdError);
        Assert.Equal(Math.Log(2) / estimates.Omega[1], fit.HalfLife("s1").HalfLife, 12);
        Assert.Equal(estimates.HalfLifeDays(1), fit.HalfLife("s1").HalfLife, 12);
        var h = fit.HalfLife("s1");
        Assert.True(h.Lower < h.HalfLife && h.HalfLife < h.Upper);
        Assert.Equal(Math.Exp(estimates.Gamma[1][2]), fit.RateRatio("s1", "window")!.Value.RateRatio, 12);
        Assert.Throws<ArgumentException>(() => fit.Branching("s0", "nope"));
    }

    [Theory]
    [InlineData("Starts")]
    [InlineData("MaxIterations")]
    [InlineData("MaxHalfLifeDays")]
    [InlineData("GradientTolerance")]
    [InlineData("StartPoints")]
    [InlineData("BoundTolerance")]
    [InlineData("SingularityTolerance")]
    [InlineData("BootstrapReplications")]
    [InlineData("Restarts")]
    public void Options_OutOfRange_AreRejected(string option)
    {
        var bad = option switch
        {
            "Starts" => HawkesFitOptions.Default with { Starts = 0 },
            "MaxIterations" => HawkesFitOptions.Default with { MaxIterations = 0 },
            "MaxHalfLifeDays" => HawkesFitOptions.Default with { MaxHalfLifeDays = 0.05 },
            "StartPoints" => HawkesFitOptions.Default with { StartPoints = [new HawkesStart(0, 0.2, 0.05, 3)] },
            "BoundTolerance" => HawkesFitOptions.Default with { BoundTolerance = -1 },
            "SingularityTolerance" => HawkesFitOptions.Default with { SingularityTolerance = 1 },
            "BootstrapReplications" => HawkesFitOptions.Default with { BootstrapReplications = 0 },
            "Restarts" => HawkesFitOptions.Default with { Restarts = -1 },
            _ => HawkesFitOptions.Default with { GradientTolerance = 0 },
        };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(bad.Validate);
        Assert.Equal(option, ex.ParamName);
        HawkesFitOptions.Default.Validate();
    }

    [Fact]
    public void Fit_KeepsItsOptions_AndTheStartPointsDecideTheSearch()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 1, t: 2000, seed: 48);
        var options = HawkesFitOptions.Default with { Starts = 1, StartPoints = [HawkesFitOptions.DefaultStartPoints[0]] };
        var fit = HawkesModel.Fit(data, options);
        Assert.Same(options, fit.Options);
        var threeStarts = HawkesModel.Fit(data);
        Assert.True(fit.Usable && threeStarts.Usable, fit.Describe());
        Assert.Equal(threeStarts.Branching(0, 0).Estimate, fit.Branching(0, 0).Estimate, 3);
    }

    [Fact]
    public void FailedFit_ExposesNoDerivedEstimates()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 2, t: 1500, seed: 41);
        var fit = HawkesModel.Fit(data, HawkesFitOptions.Default with { MaxIterations = 3 });
        Assert.False(fit.Usable);
        Assert.True(double.IsNaN(fit.SpectralRadius));
        Assert.All(fit.TriggeredShare, s => Assert.True(double.IsNaN(s)));
        Assert.Throws<InvalidOperationException>(() => HawkesModel.Bootstrap(fit, seed: 1));
    }

    [Fact]
    public void SelectTrend_PrefersNoKnotsOnAFlatBackground_AndReportsTheSensitivity()
    {
        const int days = 3000;
        var counts = HawkesModel.Simulate(new HawkesParameters([[Math.Log(0.5)]], new[,] { { 0.4 } }, [0.3]), Matrix<double>.Build.Dense(days, 1, 1.0), new Random(48));
        HawkesData Data(int knots)
        {
            var names = new List<string> { "intercept", "trend" };
            names.AddRange(Enumerable.Range(1, knots).Select(n => $"knot{n}"));
            var x = Matrix<double>.Build.Dense(days, names.Count, (t, c) => c switch
            {
                0 => 1,
                1 => (t - (days / 2.0)) / 3652.5,
                _ => Math.Max(0, t - (days * (c - 1) / (knots + 1.0))) / 3652.5,
            });
            return new HawkesData(["s"], counts, names, x);
        }

        var selection = HawkesModel.SelectTrend([0, 2, 6], Data);
        Assert.Equal(0, selection.TrendKnots);
        Assert.True(selection.Fit.Usable, selection.Fit.Describe());
        Assert.Equal(3, selection.Candidates.Count);
        var (lowest, highest) = selection.BranchingRange(0, 0);
        Assert.Equal(selection.BranchingRange(0, 0), selection.BranchingRange("s", "s"));
        Assert.InRange(lowest, 0.2, 0.6);
        Assert.InRange(highest, lowest, 0.6);
    }
}
