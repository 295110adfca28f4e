namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.LinksTest"/>: against, co-located and excites.</summary>
public sealed class LinksTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    [Fact]
    public void Links_AgainstAndCoLocated()
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", Start, End, _ => 0.5, seed: 8, district: "Bannu");
        world.Add("islamic-state", Start, End, _ => 0.2, seed: 9, district: "Bannu");
        world.Add("bla", Start, End, _ => 0.3, seed: 10, province: "Balochistan", district: "Quetta");
        world.Add("civilians", Start, End, _ => 0.5, seed: 11, province: "Sindh", district: "Karachi");
        for (var i = 0; i < 5; i++)
        {
            world.AddOne("islamic-state", new DateOnly(2019, 1, 1).AddDays(i * 30), sideA: "ttp");
        }

        var v = world.Check(
            new LinksClaim { Id = "a", Text = "a", Source = "ttp", Target = "isk", Relation = LinkRelation.Against },
            new LinksClaim { Id = "b", Text = "b", Source = "ttp", Target = "bla", Relation = LinkRelation.Against },
            new LinksClaim { Id = "c", Text = "c", Source = "ttp", Target = "isk", Relation = LinkRelation.CoLocated },
            new LinksClaim { Id = "d", Text = "d", Source = "ttp", Target = "bla", Relation = LinkRelation.Excites });
        Assert.Equal(Verdict.Supported, v[0].Verdict);
        Assert.Equal(5, v[0].Estimate);
        Assert.Equal(Verdict.Contradicted, v[1].Verdict);

        // Sharing districts is not a link: no verdict either way.
        Assert.Equal(Verdict.NotTestable, v[2].Verdict);
        Assert.Contains("is not a link", v[2].Reason, StringComparison.Ordinal);

        // Independent Poisson streams: no cross-excitation found, and that is never read as "no link".
        Assert.Equal(Verdict.Inconclusive, v[3].Verdict);
        Assert.Contains("never contradicted", v[3].Reason, StringComparison.Ordinal);
    }
}
