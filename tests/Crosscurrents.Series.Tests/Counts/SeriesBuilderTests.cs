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

    private static EventSet Set(params ConflictEvent[] events) =>
        new(events, DataSnapshot.Compute(events.Select(e => (e.Id, EventContentHash.Compute(e)))));

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
