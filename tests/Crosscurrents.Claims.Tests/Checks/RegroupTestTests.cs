using Crosscurrents.Core.Periods;

namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.RegroupTest"/> around truces with and without the group.</summary>
public sealed class RegroupTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    private static RegroupClaim Regroup(string actor = "ttp") => new()
    {
        Id = "regroup", Text = "regroup", Stream = "ttp", Actor = actor, Window = 8, Expect = ChangeDirection.Increase,
    };

    private static Timeline Truces(string parties) => new(Enumerable.Range(0, 6).Select(i =>
    {
        var start = new DateOnly(2016, 6, 1).AddDays(i * 330);
        return new Period(start, start.AddDays(40), "ceasefire", "truce", null) { Parties = parties.Split(';') };
    }));

    [Fact]
    public void Regroup_FindsMoreViolenceAfterTrucesThanBefore_AndOnlyUsesTrucesWithTheGroup()
    {
        using var world = new SyntheticWorld();
        var truces = Truces("pak-state;ttp");
        world.Timeline = truces;

        // Twice the rate in the 8 weeks after each truce ends, the background rate elsewhere.
        bool After(DateOnly d) => truces.Periods.Any(p => d > p.End && d <= p.End!.Value.AddDays(56));
        world.Add("ttp", Start, End, d => After(d) ? 1.0 : 0.5, seed: 21);
        var supported = world.Check(Regroup())[0];
        Assert.Equal(Verdict.Supported, supported.Verdict);
        Assert.InRange(supported.Estimate!.Value, 1.5, 2.8);
        Assert.Contains("6 episodes", supported.Reason, StringComparison.Ordinal);

        // The same truces with another party: not talks with the TTP.
        world.Timeline = Truces("pak-state;bla");
        var other = world.Check(Regroup())[0];
        Assert.Equal(Verdict.NotTestable, other.Verdict);
        Assert.Contains("parties include", other.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Regroup_ADecliningTrendWithoutAnEffect_IsNotRegrouping()
    {
        // Violence halves every two years and truces change nothing: a naive after-against-before comparison would
        // call every truce a success; the trend-adjusted contrast must not call it regrouping either way.
        using var world = new SyntheticWorld { Timeline = Truces("pak-state;ttp") };
        world.Add("ttp", Start, End, d => 2.0 * Math.Pow(0.5, (d.DayNumber - Start.DayNumber) / 730.0), seed: 22);
        var v = world.Check(Regroup())[0];
        Assert.NotEqual(Verdict.Supported, v.Verdict);
        Assert.InRange(v.Estimate!.Value, 0.7, 1.4);
    }
}
