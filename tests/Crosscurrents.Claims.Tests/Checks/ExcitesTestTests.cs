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
}
