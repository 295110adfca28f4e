using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Models.Tests.Hawkes;

/// <summary><see cref="HawkesData"/>.</summary>
public sealed class HawkesDataTests
{
    [Fact]
    public void Reversed_ReversesCountsAndCovariateRows_AndTwiceIsTheOriginal()
    {
        var data = HawkesData.FromColumns(["a", "b"], [[1, 0, 2], [0, 3, 0]], ["intercept", "trend"], [[1, 1, 1], [0, 0.5, 1]]);
        var reversed = data.Reversed();
        Assert.Equal([2.0, 0, 1], reversed.Counts[0]);
        Assert.Equal([0.0, 3, 0], reversed.Counts[1]);
        Assert.Equal([1.0, 0.5, 0], reversed.Covariates.Column(1).ToArray());
        var twice = reversed.Reversed();
        Assert.Equal(data.Counts, twice.Counts);
        Assert.Equal(data.Covariates, twice.Covariates);
        Assert.Equal(data.Streams, reversed.Streams);
    }
}
