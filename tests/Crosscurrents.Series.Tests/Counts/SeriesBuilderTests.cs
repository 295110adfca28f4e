using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Series.Counts;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Series.Tests.Counts;

public sealed class SeriesBuilderTests
{
    private static readonly Core.Actors.ActorRegistry Actors = RepositoryData.Actors;

    [Fact]
    public void Build_Monthly_HasEveryMonthIncludingEmptyOnes()
    {
        var set = Set(E("a", 2021, 1, 5, "ttp", 2), E("b", 2021, 1, 20, "ttp", 3), E("c", 2021, 4, 1, "bla", 1));
        var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Month), Actors);
        Assert.Equal(["2021-01", "2021-02", "2021-03", "2021-04"], Enumerable.Range(0, 4).Select(series.Label));
        Assert.Equal([2.0, 0, 0, 1], series.Groups.Single().Best);
        Assert.Equal(set.Snapshot, series.Snapshot);
    }

    [Theory]
    [InlineData(CountKey.None)]
    [InlineData(CountKey.Province)]
    [InlineData(CountKey.Sides)]
    public void Coarsen_DaysToMonthsAndYears_EqualsCountingByMonthOrYear(CountKey key)
    {
        var set = Set(E("a", 2021, 1, 5, "ttp", 2, low: 1, high: 4), E("b", 2021, 1, 20, "ttp", 3), E("c", 2021, 4, 1, "bla", 1, low: 0, high: 9),
            E("d", 2022, 4, 30, "ttp", 0, high: 2), E("e", 2022, 12, 31, "bla", 7, low: 8, high: 6));
        var days = SeriesBuilder.Aggregate(set, new CountRequest(TimeResolution.Day, key));
        foreach (var resolution in new[] { TimeResolution.Week, TimeResolution.Month, TimeResolution.Year })
        {
            var direct = SeriesBuilder.Aggregate(set, new CountRequest(resolution, key));
            var coarse = SeriesBuilder.Coarsen(days, resolution);
            Assert.Equal(direct.Rows, coarse.Rows);
            Assert.Equal(direct.Request, coarse.Request);
            Assert.Equal(direct.Snapshot, coarse.Snapshot);
        }
    }

    [Fact]
    public void Build_Fatalities_SumsBestLowAndHigh()
    {
        var set = Set(E("a", 2021, 1, 5, "ttp", 2, low: 1, high: 4), E("b", 2021, 1, 6, "ttp", 3, low: 3, high: 3));
        var g = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities), Actors).Groups.Single();
        Assert.Equal([5.0], g.Best);
        Assert.Equal([4.0], g.Low);
        Assert.Equal([7.0], g.High);
    }

    [Fact]
    public void Build_Fatalities_WidensAnUnorderedRangeToIncludeBest()
    {
        // GED 22.1 has an event with best 0 and high 24, and low can exceed best: the range must still hold best.
        var g = SeriesBuilder.Build(Set(E("a", 2021, 1, 5, "ttp", 5, low: 7, high: 3)), new SeriesOptions(TimeResolution.Year, Measure.Fatalities), Actors).Groups.Single();
        Assert.Equal(5.0, g.Low[0]);
        Assert.Equal(5.0, g.High[0]);
    }

    [Fact]
    public void Build_Weekly_UsesIsoWeeksStartingMonday()
    {
        var set = Set(E("a", 2021, 1, 3, "ttp", 1), E("b", 2021, 1, 4, "ttp", 1));
        var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week), Actors);
        Assert.Equal(new DateOnly(2020, 12, 28), series.PeriodStarts[0]);
        Assert.Equal("2020-W53", series.Label(0));
        Assert.Equal("2021-W01", series.Label(1));
        Assert.Equal([1.0, 1], series.Groups.Single().Best);
    }

    [Fact]
    public void Build_ByActor_RollsFactionsUpToTheirGroup_AndCountsEachSide()
    {
        var set = Set(E("a", 2021, 1, 5, "ttp-hgb", 1), E("b", 2021, 1, 6, "ttp", 1), E("c", 2021, 1, 7, "bla", 1));
        var groups = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Grouping: Grouping.Actor), Actors).Groups.ToDictionary(g => g.Name, g => g.Total);
        Assert.Equal(2, groups["Tehrik-i-Taliban Pakistan (TTP)"]);
        Assert.Equal(1, groups["Balochistan Liberation Army (BLA)"]);
        Assert.Equal(3, groups["Government of Pakistan"]);
    }

    [Fact]
    public void Build_ByActor_KeepsUnresolvedSidesUnderTheirSourceName()
    {
        var e = E("a", 2021, 1, 5, "ttp", 1) with { SideB = new ActorMention("New Front", null) };
        var names = SeriesBuilder.Build(Set(e), new SeriesOptions(TimeResolution.Year, Grouping: Grouping.Actor), Actors).Groups.Select(g => g.Name);
        Assert.Contains("[New Front]", names);
    }

    [Fact]
    public void Build_TopGroups_FoldsTheRestIntoOther_WithoutLosingEvents()
    {
        var events = Enumerable.Range(0, 12).Select(i => E($"e{i}", 2021, 1, 1, "ttp", 1) with
        {
            Place = new EventPlace("Pakistan", $"P{i % 6}", null, null, null, null, null, null, null),
        }).ToArray();
        var series = SeriesBuilder.Build(Set(events), new SeriesOptions(TimeResolution.Year, Grouping: Grouping.Province, Top: 3), Actors);
        Assert.Equal(4, series.Groups.Count);
        Assert.Equal(SeriesBuilder.Other, series.Groups[^1].Name);
        Assert.Equal(12, series.Groups.Sum(g => g.Total));
    }

    [Fact]
    public void Build_ByDyad_NamesThePairInAlphabeticalOrder()
    {
        var name = SeriesBuilder.Build(Set(E("a", 2021, 1, 5, "ttp", 1)), new SeriesOptions(TimeResolution.Year, Grouping: Grouping.Dyad), Actors).Groups.Single().Name;
        Assert.Equal("Government of Pakistan – Tehrik-i-Taliban Pakistan (TTP)", name);
    }

    [Fact]
    public void Build_RespectsFromAndTo_AndCountsByStartDate()
    {
        var set = Set(E("a", 2020, 12, 31, "ttp", 1), E("b", 2021, 1, 1, "ttp", 1), E("c", 2021, 12, 31, "ttp", 1), E("d", 2022, 1, 1, "ttp", 1));
        var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, From: new DateOnly(2021, 1, 1), To: new DateOnly(2021, 12, 31)), Actors);
        Assert.Equal([2.0], series.Groups.Single().Best);
    }

    [Fact]
    public void Build_UncoveredPeriods_AreMissing_NotZero()
    {
        // A complete source for 2020 only, and a news-like sample event in 2022: 2021 and 2022 are "no data".
        var events = new[] { E("a", 2020, 3, 1, "ttp", 1), E("b", 2022, 5, 1, "ttp", 1) };
        var coverage = new CoverageMap([Complete(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)),
            new DatasetCoverage("news", Completeness.Sample, new DateOnly(2022, 5, 1), new DateOnly(2022, 5, 1), ["Pakistan"], null, null, "derived", "sample")]);
        var series = SeriesBuilder.Build(Set(events) with { Coverage = coverage }, new SeriesOptions(TimeResolution.Year), Actors);
        Assert.Equal([true, false, false], series.Covered);
        Assert.Equal(1.0, series.Groups[0].Best[0]);
        Assert.True(double.IsNaN(series.Groups[0].Best[1]));
        Assert.True(double.IsNaN(series.Groups[0].Best[2]));
        Assert.Equal(1.0, series.Groups[0].Total);
    }

    [Fact]
    public void Build_APeriodPartlyCovered_IsMissing()
    {
        var coverage = new CoverageMap([Complete(new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 15))]);
        var series = SeriesBuilder.Build(Set(E("a", 2020, 3, 1, "ttp", 1)) with { Coverage = coverage },
            new SeriesOptions(TimeResolution.Month, From: new DateOnly(2020, 5, 1), To: new DateOnly(2020, 7, 31)), Actors);
        Assert.Equal([true, false, false], series.Covered);
    }

    [Fact]
    public void Build_ReportsOfOneIncident_CountOnce_WithDeathsAsTheRangeAcrossSources()
    {
        var ged = E("g", 2021, 3, 1, "ttp", 10, low: 9, high: 12);
        var news = E("n", 2021, 3, 1, "ttp", 14) with { IncidentId = ged.Id };
        var set = Set(ged, news);
        var events = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year), Actors).Groups[0];
        var deaths = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities), Actors).Groups[0];
        Assert.Equal([1.0], events.Best);
        Assert.Equal([10.0], deaths.Best);
        Assert.Equal([9.0], deaths.Low);
        Assert.Equal([14.0], deaths.High);
    }

    /// <summary>
    /// Property: for random coverage layouts (complete, partial by province, sample) and random events, each covered
    /// period equals an independent count of the incidents in it, and each period that some day of it lacks complete
    /// coverage for the filter's places is missing.
    /// </summary>
    [Fact]
    public void Build_CoveredPeriodsEqualAnIndependentCount_AndUncoveredAreMissing_ForRandomLayouts()
    {
        var origin = new DateOnly(2010, 1, 1);
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var coverages = Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
            {
                var from = origin.AddDays(random.Next(0, 700));
                var to = from.AddDays(random.Next(0, 500));
                var kind = random.Next(3);
                return new DatasetCoverage("d", kind == 2 ? Completeness.Sample : kind == 1 ? Completeness.Partial : Completeness.Complete, from, to,
                    ["Pakistan"], kind == 1 ? ["Khyber Pakhtunkhwa"] : null, null, "stated", "random");
            }).ToList();
            var events = Enumerable.Range(0, random.Next(0, 60)).Select(i =>
            {
                var e = E($"e{i}", 2010, 1, 1, "ttp", 1) with { DateStart = origin.AddDays(random.Next(0, 1200)) };
                return e with { DateEnd = e.DateStart };
            }).ToArray();
            var province = random.Next(2) == 0 ? null : "Khyber Pakhtunkhwa";
            var resolution = (TimeResolution)random.Next(4);
            var filter = EventFilter.All with { Country = random.Next(2) == 0 ? null : "Pakistan", Province = province };
            var set = Set(events) with { Coverage = new CoverageMap(coverages), Filter = filter };
            var from = origin;
            var to = origin.AddDays(1199);
            var series = SeriesBuilder.Build(set, new SeriesOptions(resolution, From: from, To: to), Actors);
            for (var p = 0; p < series.PeriodStarts.Count; p++)
            {
                var start = series.PeriodStarts[p] < from ? from : series.PeriodStarts[p];
                var next = PeriodCalendar.Next(series.PeriodStarts[p], resolution).AddDays(-1);
                var end = next > to ? to : next;

                // Independent check, day by day: is every day inside some counting coverage that speaks for the places?
                var covered = true;
                for (var day = start; day <= end && covered; day = day.AddDays(1))
                {
                    covered = coverages.Any(c => c.Completeness != Completeness.Sample && c.From <= day && c.To >= day &&
                        (c.Provinces is null || (province is not null && c.Provinces.Contains(province))));
                }

                Assert.True(covered == series.Covered[p], $"seed {seed}, period {series.Label(p)}: expected covered={covered}");
                var count = events.Count(e => e.DateStart >= start && e.DateStart <= end);
                if (covered)
                {
                    Assert.Equal(count, series.Groups[0].Best[p]);
                }
                else
                {
                    Assert.True(double.IsNaN(series.Groups[0].Best[p]), $"seed {seed}, period {series.Label(p)} should be missing");
                }
            }
        }
    }

    private static DatasetCoverage Complete(DateOnly from, DateOnly to) =>
        new("t", Completeness.Complete, from, to, ["Pakistan"], null, null, "stated", "test");

    /// <summary>A set whose dataset is complete for every day of its events' years, so counts are numbers.</summary>
    private static EventSet Set(params ConflictEvent[] events) =>
        new(events, DataSnapshot.OfEvents(events.Select(EventContentHash.Compute)))
        {
            Coverage = new CoverageMap([Complete(new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31))]),
        };

    private static ConflictEvent E(string id, int y, int m, int d, string actor, int best, int? low = null, int? high = null) => new()
    {
        Id = "t:" + id,
        Source = new EventSource("t", "1", id),
        DateStart = new DateOnly(y, m, d),
        DateEnd = new DateOnly(y, m, d),
        Place = new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "Bannu", null, null, null, 33.0, 70.6, 1),
        SideA = new ActorMention("Government of Pakistan", "pak-state"),
        SideB = new ActorMention(actor, actor),
        ViolenceType = ViolenceType.StateBased,
        Fatalities = new Fatalities(low ?? best, best, high ?? best),
    };
}
