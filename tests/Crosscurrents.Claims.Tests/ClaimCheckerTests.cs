using Crosscurrents.Core.Periods;

namespace Crosscurrents.Claims.Tests;

/// <summary>Every test kind on synthetic data where the truth is known, producing each verdict.</summary>
public sealed class ClaimCheckerTests
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

    [Fact]
    public void Excites_SupportedForASelfExcitingStream_NotTestableWithTooFewEvents()
    {
        using var world = new SyntheticWorld();
        var random = new Random(4);
        var covariates = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(End.DayNumber - Start.DayNumber + 1, 1, 1.0);
        var counts = Models.Hawkes.HawkesModel.Simulate(new Models.Hawkes.HawkesParameters([[Math.Log(0.6)]], new[,] { { 0.5 } }, [0.3]), covariates, random);
        for (var t = 0; t < counts[0].Length; t++)
        {
            for (var i = 0; i < counts[0][t]; i++)
            {
                world.AddOne("ttp", Start.AddDays(t));
            }
        }

        world.AddOne("bla", Start.AddDays(3));
        var v = world.Check(
            new ExcitesClaim { Id = "x", Text = "x", Source = "ttp", Target = "ttp" },
            new ExcitesClaim { Id = "y", Text = "y", Source = "bla", Target = "ttp" });
        Assert.Equal(Verdict.Supported, v[0].Verdict);
        Assert.InRange(v[0].Estimate!.Value, 0.3, 0.7);
        Assert.Equal(Verdict.NotTestable, v[1].Verdict);
        Assert.Contains("has 1 events", v[1].Reason, StringComparison.Ordinal);
    }

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

    [Theory]
    [InlineData("deters", 0)]
    [InlineData("deters", -5)]
    [InlineData("after-vs-before", 0)]
    [InlineData("after-vs-before", 10_000)]
    public async Task Check_WindowOutOfRange_IsNotTestable_InsteadOfHanging(string test, int window)
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", Start, End, _ => 1.0, seed: 3);
        Claim claim = test == "deters"
            ? new DetersClaim { Id = "w", Text = "w", Source = "ttp", Target = "ttp", Window = window }
            : new AfterVsBeforeClaim { Id = "w", Text = "w", Stream = "ttp", Kinds = ["ceasefire_end"], Expect = ChangeDirection.Decrease, Window = window };
        var verdicts = await Task.Run(() => world.Check(claim), TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(Verdict.NotTestable, verdicts[0].Verdict);
        Assert.Contains("expected 1 to 365", verdicts[0].Reason, StringComparison.Ordinal);
    }
}

/// <summary>Claims on periods the events do not cover, checked on reported figures, as of the claim's date and now.</summary>
public sealed class ReportedClaimTests
{
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

public sealed class ReportedChangeTests
{
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
