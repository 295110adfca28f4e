using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Models.Tests.Hawkes;

public sealed class HawkesParametersTests
{
    private static readonly HawkesParameters Theta = new([[0.1, 0.2], [0.3, 0.4]], new[,] { { 0.5, 0.6 }, { 0.7, 0.8 } }, [0.9, 1.0]);

    [Fact]
    public void Ids_NameEveryParameterOnce_AndTheIndexerReadsIt()
    {
        var ids = Theta.Ids();
        Assert.Equal(Theta.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(0.2, Theta[HawkesParameterId.Background(0, 1)]);
        Assert.Equal(0.7, Theta[HawkesParameterId.Branching(1, 0)]);
        Assert.Equal(1.0, Theta[HawkesParameterId.Decay(1)]);
        Assert.Equal(Theta.Alpha[0, 1], Theta.Branching(0, 1));
        Assert.Equal(Math.Log(2) / 0.9, Theta.HalfLifeDays(0), 12);
    }

    [Fact]
    public void With_ChangesOneParameter_AndLeavesTheOriginal()
    {
        var id = HawkesParameterId.Branching(0, 1);
        var changed = Theta.With(id, 0.05);
        Assert.Equal(0.05, changed[id]);
        Assert.Equal(0.6, Theta[id]);
        Assert.All(Theta.Ids().Where(i => i != id), i => Assert.Equal(Theta[i], changed[i]));
    }

    [Fact]
    public void Gradient_IsShapedLikeTheParameters()
    {
        var (data, truth) = HawkesModelTests.Simulated(k: 2, t: 300, seed: 5);
        var gradient = HawkesModel.Gradient(data, truth);
        Assert.Equal(truth.K, gradient.K);
        Assert.Equal(truth.P, gradient.P);
        Assert.All(gradient.Ids(), i => Assert.True(double.IsFinite(gradient[i])));
    }

    [Fact]
    public void ParameterTable_NamesTheParametersInWords()
    {
        var (data, _) = HawkesModelTests.Simulated(k: 2, t: 3000, seed: 47);
        var fit = HawkesModel.Fit(data);
        Assert.True(fit.Usable, fit.Describe());
        var table = fit.ParameterTable();
        Assert.Contains(table, p => p.Name == "s0 → s1 branching ratio" && p.Id == HawkesParameterId.Branching(0, 1));
        Assert.Contains(table, p => p.Name == "s1 background 'window'");
        Assert.Contains(table, p => p.Name == "s0 decay");
    }
}
