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

    private const string H1 = "0123456789abcdef0123456789abcdef";
    private const string H2 = "fedcba9876543210fedcba9876543210";
    private const string H3 = "00000000000000010000000000000000";

    [Fact]
    public void OfEvents_DoesNotDependOnOrder_AndCountsTheEvents()
    {
        var a = DataSnapshot.OfEvents([H1, H2, H3]);
        Assert.Equal(a, DataSnapshot.OfEvents([H3, H1, H2]));
        Assert.Equal(3, a.EventCount);
        Assert.Equal(16, a.Id.Length);
        Assert.NotEqual(a.Id, DataSnapshot.OfEvents([H1, H2]).Id);
        Assert.NotEqual(DataSnapshot.OfEvents([H1, H2]).Id, DataSnapshot.OfEvents([H1, H3]).Id);
        Assert.NotEqual(DataSnapshot.OfEvents([]).Id, DataSnapshot.OfEvents([H3]).Id);
    }

    [Fact]
    public void OfEvents_EqualsTheSnapshotFromTheAggregatesASqlStoreComputes()
    {
        // What SQL gives: count(*), bit_xor(key) as a signed BIGINT, sum(key) exact (HUGEINT or NUMERIC).
        long[] keys = [(long)DataSnapshot.EventKey(H1), (long)DataSnapshot.EventKey(H2), (long)DataSnapshot.EventKey(H3)];
        var exactSum = keys.Aggregate(System.Numerics.BigInteger.Zero, (s, k) => s + k);
        Assert.Equal(0xfedcba987654321L, keys[1]);
        Assert.Equal(DataSnapshot.OfEvents([H1, H2, H3]), DataSnapshot.FromEventAggregates(3, keys.Aggregate(0L, (x, k) => x ^ k), exactSum));
    }

    [Fact]
    public void EventKey_RefusesWhatIsNotAContentHash()
    {
        Assert.Throws<ArgumentException>(() => DataSnapshot.EventKey("h1"));
        Assert.Throws<ArgumentException>(() => DataSnapshot.EventKey("zz3456789abcdef0123"));
    }
}
