namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.ChangeTest"/> on synthetic events and on reported months.</summary>
public sealed class ChangeTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    private static ChangeClaim Change(ChangeDirection expect, int thenYear = 2020) => new()
    {
        Id = "change", Text = "change", Stream = "ttp", Expect = expect,
        From = new DateOnly(2016, 1, 1), To = new DateOnly(2018, 12, 31), ThenFrom = new DateOnly(thenYear, 1, 1), ThenTo = new DateOnly(thenYear, 12, 31),
    };

    [Fact]
    public void Change_GivesEveryVerdict()
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", Start, End, d => d.Year >= 2020 ? 2.0 : 1.0, seed: 2);
        var v = world.Check(Change(ChangeDirection.Increase), Change(ChangeDirection.Decrease), Change(ChangeDirection.Increase, thenYear: 2019), Change(ChangeDirection.Increase, thenYear: 2023));
        Assert.True(v[0].Verdict == Verdict.Supported, $"{v[0].Verdict}: {v[0].Effect} {v[0].Lower}–{v[0].Upper}; {v[0].Reason}");
        Assert.InRange(v[0].Estimate!.Value, 1.7, 2.3);
        Assert.Equal(Verdict.Contradicted, v[1].Verdict);
        Assert.Equal(Verdict.Inconclusive, v[2].Verdict);
        Assert.Equal(Verdict.NotTestable, v[3].Verdict);
    }

    private static Core.Reported.ReportedFigure Month(int year, int month, double attacks) =>
        new("PICSS", "militant_attacks", "Pakistan", null, new DateOnly(year, month, 1), new DateOnly(year, month, 1), "attacks", attacks, null, null, 0, "test");

    [Fact]
    public void Change_OnReportedMonths_WhenEventsEndBefore()
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31), _ => 1.0, seed: 14);
        world.Reported = [.. Enumerable.Range(1, 12).Select(m => Month(2022, m, 30)), .. Enumerable.Range(1, 12).Where(m => m != 6).Select(m => Month(2023, m, 55))];
        var v = world.Check(new ChangeClaim
        {
            Id = "c", Text = "attacks rose in 2023", Expect = ChangeDirection.Increase,
            From = new DateOnly(2022, 1, 1), To = new DateOnly(2022, 12, 31), ThenFrom = new DateOnly(2023, 1, 1), ThenTo = new DateOnly(2023, 12, 31), Stream = "ttp",
        }).Single();
        Assert.Equal(Verdict.Supported, v.Verdict);
        Assert.Equal(55.0 / 30.0, v.Estimate!.Value, 6);
        Assert.Contains("11 of 12 months in B", v.Reason, StringComparison.Ordinal);
    }
}
