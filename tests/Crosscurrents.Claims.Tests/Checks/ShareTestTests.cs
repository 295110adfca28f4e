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

    [Fact]
    public void Share_WidensTheIntervalWhenEventsComeInClusters()
    {
        // The same share (0.5 of the events are the TTP's), once as independent events and once in clusters of six
        // same-day events with one actor (one operation reported six times): the clustered share is less certain.
        using var independent = new SyntheticWorld();
        using var clustered = new SyntheticWorld();
        var random = new Random(3);
        for (var d = Start; d <= End; d = d.AddDays(1))
        {
            for (var i = 0; i < 6; i++)
            {
                independent.AddOne(random.NextDouble() < 0.5 ? "ttp" : "islamic-state", d);
            }

            var actor = random.NextDouble() < 0.5 ? "ttp" : "islamic-state";
            for (var i = 0; i < 6; i++)
            {
                clustered.AddOne(actor, d);
            }
        }

        var claim = new ShareClaim { Id = "s", Text = "s", Actor = "ttp", Country = "Pakistan", AtLeast = 0.4 };
        var a = independent.Check(claim)[0];
        var b = clustered.Check(claim)[0];
        var (widthA, widthB) = (a.Upper!.Value - a.Lower!.Value, b.Upper!.Value - b.Lower!.Value);
        Assert.InRange(widthB / widthA, 1.7, 3.5); // design effect about 6 within days, less with weeks mixing days
        Assert.Contains("design effect", b.Reason, StringComparison.Ordinal);
        Assert.InRange(Claims.Checks.ShareTest.DesignEffect([(3, 6), (2, 4), (5, 10)], 10, 20), 1, 1); // every cluster at the overall share
        Assert.Equal(8, Claims.Checks.ShareTest.DesignEffect([(6, 6), (0, 6), (6, 6), (0, 6)], 12, 24), 9); // 6 per cluster of 6, times c/(c − 1) = 4/3
    }
}
