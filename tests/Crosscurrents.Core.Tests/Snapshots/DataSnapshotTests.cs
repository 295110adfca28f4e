using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Core.Tests.Snapshots;

public sealed class DataSnapshotTests
{
    [Fact]
    public void Compute_DoesNotDependOnOrder()
    {
        var a = DataSnapshot.Compute([("e:1", "h1"), ("e:2", "h2"), ("e:10", "h3")]);
        var b = DataSnapshot.Compute([("e:10", "h3"), ("e:1", "h1"), ("e:2", "h2")]);
        Assert.Equal(a, b);
        Assert.Equal(3, a.EventCount);
        Assert.Equal(16, a.Id.Length);
    }

    [Fact]
    public void Compute_ChangesWhenAnyEventsContentChanges() =>
        Assert.NotEqual(DataSnapshot.Compute([("e:1", "h1"), ("e:2", "h2")]).Id, DataSnapshot.Compute([("e:1", "h1"), ("e:2", "hX")]).Id);

    [Fact]
    public void Compute_ChangesWhenAnEventIsAddedOrRemoved() =>
        Assert.NotEqual(DataSnapshot.Compute([("e:1", "h1")]).Id, DataSnapshot.Compute([("e:1", "h1"), ("e:2", "h2")]).Id);

    [Fact]
    public void Compute_DoesNotConfuseIdAndHashBoundaries() =>
        Assert.NotEqual(DataSnapshot.Compute([("e:1", "2h")]).Id, DataSnapshot.Compute([("e:12", "h")]).Id);
}
