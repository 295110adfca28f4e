namespace Crosscurrents.Claims.Tests.Checks;

/// <summary><see cref="Claims.Checks.PeakTest"/> on synthetic data where the truth is known, and on reported figures.</summary>
public sealed class PeakTestTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    private static PeakClaim Peak(int[] years, int to = 2021) => new()
    {
        Id = "peak", Text = "peak", Stream = "ttp", From = new DateOnly(2016, 1, 1), To = new DateOnly(to, 12, 31), ExpectYears = years,
    };

    [Fact]
    public void Peak_GivesEveryVerdict()
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", Start, End, d => d.Year == 2020 ? 3.0 : d.Year == 2021 ? 2.99 : 0.5, seed: 1);
        var v = world.Check(Peak([2018]), Peak([2020, 2021]), Peak([2020]), Peak([2020], to: 2023));
        Assert.Equal(Verdict.Contradicted, v[0].Verdict);
        Assert.Equal(Verdict.Supported, v[1].Verdict);
        Assert.Equal(Verdict.Inconclusive, v[2].Verdict); // 2020 and 2021 are too close to tell apart
        Assert.Equal(Verdict.NotTestable, v[3].Verdict);
        Assert.Contains("not testable with events: events cover 2016-01-01..2021-12-31", v[3].Reason, StringComparison.Ordinal);
        Assert.Contains("window 2016-01-01..2023-12-31 is not covered", v[3].Reason, StringComparison.Ordinal);
        Assert.NotNull(v[1].Snapshot);
        Assert.Contains("..2021-12-31", v[1].Coverage, StringComparison.Ordinal);
    }

    private static Core.Reported.ReportedFigure Annual(int year, double attacks) =>
        new("PICSS", "militant_attacks", "Pakistan", null, new DateOnly(year, 1, 1), new DateOnly(year, 12, 1), "attacks", attacks, null, null, 0, "test");

    [Fact]
    public void Peak_OnReportedFigures_IsGivenAsOfTheClaimsDate_AndWithAllDataNow()
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31), _ => 1.0, seed: 12);
        world.Reported = [Annual(2020, 188), Annual(2021, 294), Annual(2022, 380), Annual(2023, 645), Annual(2024, 905)];
        var claim = new PeakClaim
        {
            Id = "peak", Text = "peak in 2022-2023", Stream = "ttp", From = new DateOnly(2020, 1, 1), To = new DateOnly(2024, 12, 31),
            ExpectYears = [2022, 2023], AsOf = new DateOnly(2024, 3, 1),
        };
        var v = world.Check(claim).Single();
        Assert.Equal(Verdict.Contradicted, v.Verdict);
        Assert.Equal(2024, v.Estimate);
        Assert.Contains("reported", v.Source, StringComparison.Ordinal);
        var asOf = Assert.IsType<ClaimVerdict>(v.AsOfVerdict);
        Assert.Equal(Verdict.Supported, asOf.Verdict);
        Assert.Equal(2023, asOf.Estimate);
        Assert.Contains("only figures for periods that ended before 2024-03-01", asOf.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Peak_WithoutEventsOrFigures_StaysNotTestable()
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", new DateOnly(2019, 1, 1), new DateOnly(2021, 12, 31), _ => 1.0, seed: 13);
        var v = world.Check(new PeakClaim { Id = "p", Text = "p", Stream = "ttp", From = new DateOnly(2020, 1, 1), To = new DateOnly(2024, 12, 31), ExpectYears = [2023] }).Single();
        Assert.Equal(Verdict.NotTestable, v.Verdict);
    }
}
