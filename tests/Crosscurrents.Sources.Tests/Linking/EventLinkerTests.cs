using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Linking;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.Linking;

public sealed class EventLinkerTests
{
    private static readonly Func<string, int> Rank = EventLinker.Rank(new CoverageMap([
        new DatasetCoverage("ucdp-ged", Completeness.Complete, new DateOnly(1989, 1, 1), new DateOnly(2024, 12, 31), ["Pakistan"], null, null, "derived", "GED"),
        new DatasetCoverage("news", Completeness.Sample, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), ["Pakistan"], null, null, "derived", "news"),
    ]));

    private static readonly Core.Actors.ActorRegistry Actors = RepositoryData.Actors;

    [Fact]
    public void Link_TheSameAttackInGedAndTheNews_IsOneIncidentLedByGed()
    {
        var ged = Ged("900001", new DateOnly(2024, 3, 16), "ttp", 13);
        var news = News("n1", new DateOnly(2024, 3, 16), "ttp-jfm", "pak-military", 13);
        var report = EventLinker.Link([news, ged], Rank, Actors);
        var link = Assert.Single(report.Links);
        Assert.Equal(news.Id, link.EventId);
        Assert.Equal(ged.Id, link.IncidentId);
        Assert.Equal(1, report.Incidents);
        Assert.Contains("same day", link.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_AReportFiledTheNextDay_WithARisingToll_IsStillTheSameIncident()
    {
        var report = EventLinker.Link([Ged("1", new DateOnly(2024, 3, 16), "ttp", 13), News("n", new DateOnly(2024, 3, 17), "ttp", "pak-military", 16)], Rank, Actors);
        Assert.Equal(1, Assert.Single(report.Links).Days);
    }

    [Fact]
    public void Link_TwoDifferentAttacksInTheSameDistrictOnTheSameDay_StayTwo_AndTheNewsGoesToTheRightOne()
    {
        var attack = Ged("1", new DateOnly(2024, 3, 16), "ttp", 13);
        var other = Ged("2", new DateOnly(2024, 3, 16), "islamic-state", 2) with { ViolenceType = ViolenceType.OneSided };
        var news = News("n", new DateOnly(2024, 3, 16), "ttp", "pak-military", 13);
        var report = EventLinker.Link([attack, other, news], Rank, Actors);
        Assert.Equal(attack.Id, Assert.Single(report.Links).IncidentId);
        Assert.Equal(2, report.Incidents);
    }

    [Fact]
    public void Link_ReportsInTheSameDataset_AreNeverLinked()
    {
        var report = EventLinker.Link([Ged("1", new DateOnly(2024, 3, 16), "ttp", 13), Ged("2", new DateOnly(2024, 3, 16), "ttp", 13)], Rank, Actors);
        Assert.Empty(report.Links);
        Assert.Equal(2, report.Incidents);
    }

    [Theory]
    [InlineData(3, "ttp", 13, "Bannu", "")] // three days apart
    [InlineData(0, "bla", 13, "North Waziristan", "sides differ")] // another group
    [InlineData(0, "ttp", 60, "North Waziristan", "tolls differ")] // 60 against 13 killed
    [InlineData(0, "ttp", 13, "Bannu", "")] // another district, 60 km away
    public void Link_ReportsThatDisagree_StayApart(int daysLater, string actor, int killed, string district, string nearMiss)
    {
        var ged = Ged("1", new DateOnly(2024, 3, 16), "ttp", 13);
        var place = district == "Bannu"
            ? new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "Bannu", null, null, null, 32.99, 70.6, 3)
            : ged.Place;
        var news = News("n", new DateOnly(2024, 3, 16).AddDays(daysLater), actor, "pak-military", killed) with { Place = place };
        var report = EventLinker.Link([ged, news], Rank, Actors);
        Assert.Empty(report.Links);
        if (nearMiss.Length > 0)
        {
            Assert.Contains(report.NearMisses, m => m.Reason.StartsWith(nearMiss, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Link_TwoEquallyGoodCandidates_IsAmbiguous_AndNotLinked()
    {
        var report = EventLinker.Link([Ged("1", new DateOnly(2024, 3, 16), "ttp", 13), Ged("2", new DateOnly(2024, 3, 16), "ttp", 13), News("n", new DateOnly(2024, 3, 16), "ttp", null, 13)], Rank, Actors);
        Assert.Empty(report.Links);
        Assert.Contains(report.NearMisses, m => m.Reason.StartsWith("ambiguous", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_ALeadTakesOneReportPerDataset()
    {
        var report = EventLinker.Link([Ged("1", new DateOnly(2024, 3, 16), "ttp", 13), News("a", new DateOnly(2024, 3, 16), "ttp", null, 13), News("b", new DateOnly(2024, 3, 17), "ttp", null, 13)], Rank, Actors);
        Assert.Equal("news:a", Assert.Single(report.Links).EventId);
        Assert.Equal(2, report.Incidents);
    }

    [Fact]
    public void Link_AReportDatedToAMonth_IsNeverLinked()
    {
        var vague = Ged("1", new DateOnly(2024, 3, 1), "ttp", 13) with { DateEnd = new DateOnly(2024, 3, 31), DatePrecision = DatePrecision.Month };
        Assert.Empty(EventLinker.Link([vague, News("n", new DateOnly(2024, 3, 16), "ttp", null, 13)], Rank, Actors).Links);
    }

    private static ConflictEvent Ged(string id, DateOnly day, string actor, int killed) => new()
    {
        Id = "ucdp-ged:" + id,
        Source = new EventSource("ucdp-ged", "25.1", id),
        DateStart = day,
        DateEnd = day,
        Place = new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "North Waziristan", "Mir Ali", null, null, 33.0233, 70.2667, 1),
        SideA = new ActorMention("Government of Pakistan", "pak-state"),
        SideB = new ActorMention(actor, actor),
        ViolenceType = ViolenceType.StateBased,
        Fatalities = new Fatalities(killed, killed, killed),
    };

    private static ConflictEvent News(string id, DateOnly day, string actor1, string? actor2, int killed) => new()
    {
        Id = "news:" + id,
        Source = new EventSource("news", "coder-1", id),
        DateStart = day,
        DateEnd = day,
        Place = new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "North Waziristan", "Mir Ali", null, null, 32.9578, 70.001, 3),
        SideA = new ActorMention(actor1, actor1),
        SideB = new ActorMention(actor2 ?? "", actor2),
        EventType = "suicide_attack",
        Fatalities = new Fatalities(killed, killed, killed),
    };
}
