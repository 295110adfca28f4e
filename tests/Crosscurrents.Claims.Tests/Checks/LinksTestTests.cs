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

    [Fact]
    public void Links_SupportedForCrossExcitation_NotForGroupsThatOnlyShareTheirConditions()
    {
        var (start, end) = (new DateOnly(2012, 1, 1), new DateOnly(2021, 12, 31));
        var days = end.DayNumber - start.DayNumber + 1;
        var claim = new LinksClaim { Id = "l", Text = "l", Source = "ttp", Target = "isk", Relation = LinkRelation.Excites };

        // A continuous-time process (Ogata's thinning, not the model's simulator) in which TTP events trigger ISKP events.
        using var linked = new SyntheticWorld();
        foreach (var (time, stream) in Testing.Generators.OgataHawkesSimulator.Simulate([0.28, 0.15], new[,] { { 0.3, 0.4 }, { 0, 0.3 } }, [0.2, 0.2], days, new Random(21)))
        {
            linked.AddOne(stream == 0 ? "ttp" : "islamic-state", start.AddDays((int)time));
        }

        // No excitation at all, but both groups' rates swing together from week to week.
        using var shared = new SyntheticWorld();
        var random = new Random(22);
        var factor = 1.0;
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            factor = (d.DayNumber - start.DayNumber) % 7 == 0 ? MathNet.Numerics.Distributions.Gamma.Sample(random, 2.0, 2.0) : factor;
            for (var i = MathNet.Numerics.Distributions.Poisson.Sample(random, 0.4 * factor); i > 0; i--)
            {
                shared.AddOne("ttp", d);
            }

            for (var i = MathNet.Numerics.Distributions.Poisson.Sample(random, 0.2 * factor); i > 0; i--)
            {
                shared.AddOne("islamic-state", d);
            }
        }

        var a = linked.Check(claim)[0];
        Assert.Equal(Verdict.Supported, a.Verdict);
        Assert.Contains("reversed", a.Reason, StringComparison.Ordinal);
        var b = shared.Check(claim)[0];
        Assert.Equal(Verdict.Inconclusive, b.Verdict);
        Assert.True(b.Hawkes!.Branching("ttp", "isk").Lower > 0, "the forward fit alone would read the shared swings as excitation");
    }
}
