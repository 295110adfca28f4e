using Crosscurrents.Core.Periods;

namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.AfterVsBeforeTest"/> around known interventions.</summary>
public sealed class AfterVsBeforeTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    private static AfterVsBeforeClaim AfterVsBefore(string kind, ChangeDirection expect) => new()
    {
        Id = "avb", Text = "avb", Stream = "ttp", Kinds = [kind], Expect = expect, Window = 4,
    };

    [Fact]
    public void AfterVsBefore_FindsAKnownRiseAfterInterventions_AndSaysWhenNoneFallInTheData()
    {
        using var world = new SyntheticWorld();
        var ends = Enumerable.Range(0, 12).Select(i => new DateOnly(2016, 3, 1).AddDays(150 * i)).ToList();
        world.Timeline = new Timeline([.. ends.Select(d => new Period(d, d, "ceasefire_end", "end", null)), new Period(new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 18), "cross_border_strike", "strike", null)]);
        world.Add("ttp", Start, End, d => ends.Any(e => d > e && d <= e.AddDays(28)) ? 3.0 : 1.0, seed: 3);
        var v = world.Check(AfterVsBefore("ceasefire_end", ChangeDirection.Increase), AfterVsBefore("ceasefire_end", ChangeDirection.Decrease), AfterVsBefore("cross_border_strike", ChangeDirection.Decrease));
        Assert.Equal(Verdict.Supported, v[0].Verdict);
        Assert.NotNull(v[0].Study);
        Assert.Equal(Verdict.Contradicted, v[1].Verdict);
        Assert.Equal(Verdict.NotTestable, v[2].Verdict);
        Assert.Contains("2024-03-18", v[2].Reason, StringComparison.Ordinal);
    }
}
