namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.DetersTest"/> with a known lower rate after strikes.</summary>
public sealed class DetersTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    [Fact]
    public void Deters_FindsALowerRateAfterStrikes_AndIsNotTestableWithoutThem()
    {
        using var world = new SyntheticWorld();
        var strikes = Enumerable.Range(0, 30).Select(i => new DateOnly(2016, 2, 1).AddDays(70 * i)).ToList();
        foreach (var s in strikes)
        {
            world.AddOne("ttp", s, country: "Afghanistan", province: "Khost", district: "Khost");
        }

        world.Add("ttp", Start, End, d => strikes.Any(s => d > s && d <= s.AddDays(14)) ? 0.4 : 1.5, seed: 5);
        var v = world.Check(
            new DetersClaim { Id = "d", Text = "d", Source = "pak-strikes-afg", Target = "ttp", Window = 14 },
            new DetersClaim { Id = "n", Text = "n", Source = "isk", Target = "ttp", Window = 14 });
        Assert.Equal(Verdict.Supported, v[0].Verdict);
        Assert.True(v[0].Upper < 1);
        Assert.Equal(Verdict.NotTestable, v[1].Verdict);
        Assert.Contains("has no events", v[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deters_DoesNotReadTheAftermathOfBurstsAsProvocation_WhenStrikesFollowBursts()
    {
        // Strikes on the day after each of 25 five-day bursts of violence, and more violence in the weeks after
        // them: what retaliation for bursts looks like whether or not the strikes provoke anything.
        using var world = new SyntheticWorld();
        var bursts = Enumerable.Range(0, 25).Select(i => new DateOnly(2016, 3, 1).AddDays(80 * i)).ToList();
        foreach (var b in bursts)
        {
            world.AddOne("ttp", b.AddDays(5), country: "Afghanistan", province: "Khost", district: "Khost");
        }

        world.Add("ttp", Start, End, d => bursts.Any(b => d >= b && d < b.AddDays(5)) ? 3.0 : bursts.Any(b => d > b.AddDays(5) && d <= b.AddDays(19)) ? 1.0 : 0.5, seed: 9);
        var v = world.Check(new DetersClaim { Id = "d", Text = "d", Source = "pak-strikes-afg", Target = "ttp", Window = 14 })[0];
        Assert.Equal(Verdict.Inconclusive, v.Verdict);
        Assert.True(v.Lower > 1, v.Reason);
        Assert.Contains("follow bursts of ttp", v.Reason, StringComparison.Ordinal);
        Assert.Contains("chosen by BIC", v.Reason, StringComparison.Ordinal);
    }
}
