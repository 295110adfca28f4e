using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Models.Tests.Forecasting;

public sealed class EnsembleTests
{
    [Fact]
    public void Weights_AreEqual_UntilEnoughEarlierScores()
    {
        var w = Ensemble.Weights([[1.0, 2.0], [3.0, 4.0]], new EnsembleOptions(MinimumScored: 6));
        Assert.Equal([0.5, 0.5], w);
    }

    [Fact]
    public void Weights_FavourTheMemberWithLowerCrps()
    {
        var w = Ensemble.Weights([Enumerable.Repeat(1.0, 10).ToList(), Enumerable.Repeat(2.0, 10).ToList()], new EnsembleOptions(Power: 2));
        Assert.Equal(0.8, w[0], 5);
        Assert.Equal(0.2, w[1], 5);
    }

    [Fact]
    public void Mix_TakesEachMembersShareOfDraws()
    {
        var a = new ForecastDistribution("a", new DateOnly(2020, 1, 1), [Enumerable.Repeat(1.0, 10).ToArray()]);
        var b = new ForecastDistribution("b", new DateOnly(2020, 1, 1), [Enumerable.Repeat(2.0, 10).ToArray()]);
        var mixed = Ensemble.Mix([a, b], [[0.74, 0.26]]);
        Assert.Equal(7, mixed.Samples[0].Count(v => v == 1));
        Assert.Equal(3, mixed.Samples[0].Count(v => v == 2));
        Assert.Equal(Ensemble.Name, mixed.Model);
    }

    [Fact]
    public void Allocate_AddsUpToTheDraws()
    {
        Assert.Equal(1000, Ensemble.Allocate([1 / 3.0, 1 / 3.0, 1 / 3.0], 1000).Sum());
        Assert.Equal([334, 333, 333], Ensemble.Allocate([1 / 3.0, 1 / 3.0, 1 / 3.0], 1000));
    }
}
