namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.ExcitesTest"/> on a simulated self-exciting stream.</summary>
public sealed class ExcitesTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    [Fact]
    public void Excites_SupportedForASelfExcitingStream_NotTestableWithTooFewEvents()
    {
        using var world = new SyntheticWorld();
        var random = new Random(4);
        var covariates = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(End.DayNumber - Start.DayNumber + 1, 1, 1.0);
        var counts = Models.Hawkes.HawkesModel.Simulate(new Models.Hawkes.HawkesParameters([[Math.Log(0.6)]], new[,] { { 0.5 } }, [0.3]), covariates, random);
        for (var t = 0; t < counts[0].Length; t++)
        {
            for (var i = 0; i < counts[0][t]; i++)
            {
                world.AddOne("ttp", Start.AddDays(t));
            }
        }

        world.AddOne("bla", Start.AddDays(3));
        var v = world.Check(
            new ExcitesClaim { Id = "x", Text = "x", Source = "ttp", Target = "ttp" },
            new ExcitesClaim { Id = "y", Text = "y", Source = "bla", Target = "ttp" });
        Assert.Equal(Verdict.Supported, v[0].Verdict);
        Assert.InRange(v[0].Estimate!.Value, 0.3, 0.7);
        Assert.Equal(Verdict.NotTestable, v[1].Verdict);
        Assert.Contains("has 1 events", v[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Excites_ChoosesTheBackgroundByBic_AndSaysWhenTheVerdictDependsOnIt()
    {
        // No excitation at all, but a slow rise and fall of the rate over 2012–2021: a straight-line trend (0 knots)
        // reads the hump as excitation, and so do one knot and four; BIC does not rule those out; the BIC-chosen trend takes it up.
        using var world = new SyntheticWorld();
        var (start, end) = (new DateOnly(2012, 1, 1), new DateOnly(2021, 12, 31));
        world.Add("ttp", start, end, d =>
        {
            var z = (d.DayNumber - new DateOnly(2017, 1, 1).DayNumber) / 500.0;
            return 0.15 + (1.2 * Math.Exp(-z * z));
        }, seed: 12);
        var v = world.Check(new ExcitesClaim { Id = "x", Text = "x", Source = "ttp", Target = "ttp" })[0];
        Assert.Contains("chosen by BIC among 0, 1, 2, 4, 6, 9", v.Reason, StringComparison.Ordinal);
        Assert.Contains("over the candidates the branching ratio ttp → ttp runs from", v.Reason, StringComparison.Ordinal);
        Assert.True(v.Verdict != Verdict.Supported && v.DependsOnBackground, v.Reason);
        Assert.True(v.Reason.Contains("the verdict depends on this choice among the candidates the data do not rule out (BIC within 10 of the best", StringComparison.Ordinal), v.Reason);
        // One knot, which BIC does not rule out, still reads the hump as excitation (alone or among other candidates).
        Assert.Matches(@"supported with (\d+, )*1(, \d+)* knots?", v.Reason);
    }
}
