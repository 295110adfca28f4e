namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.ShareTest"/>: every verdict.</summary>
public sealed class ShareTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    [Fact]
    public void Share_GivesEveryVerdict()
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", Start, End, _ => 0.6, seed: 6);
        world.Add("bla", Start, End, _ => 0.4, seed: 7, province: "Balochistan", district: "Quetta");
        ShareClaim Share(double? atLeast, double? atMost = null, string country = "Pakistan") => new() { Id = "s", Text = "s", Actor = "ttp", Country = country, AtLeast = atLeast, AtMost = atMost };
        var v = world.Check(Share(0.5), Share(0.75), Share(0.6), Share(0.5, country: "Afghanistan"));
        Assert.Equal(Verdict.Supported, v[0].Verdict);
        Assert.Equal(Verdict.Contradicted, v[1].Verdict);
        Assert.Equal(Verdict.Inconclusive, v[2].Verdict);
        Assert.Equal(Verdict.NotTestable, v[3].Verdict);
    }
}
