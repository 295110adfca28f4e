using Crosscurrents.Core.Periods;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Core.Tests.Periods;

public sealed class TimelineTests
{
    [Fact]
    public void Load_ReadsTheShippedTimeline()
    {
        var timeline = RepositoryData.LoadTimeline();
        Assert.Equal(85, timeline.Periods.Count);
        Assert.Equal(7, timeline.Periods.Count(p => p.IsOpenEnded));
        Assert.All(timeline.Periods, p => Assert.Contains(p.Kind, Timeline.KnownKinds));
        Assert.Equal(4, timeline.OfKind("cross_border_strike").Count());
        Assert.Equal(new DateOnly(2001, 10, 7), timeline.Periods[0].Start);
    }

    [Fact]
    public void Covers_OpenEndedPeriod_CoversEveryDayFromItsStart()
    {
        var open = new Period(new DateOnly(2014, 6, 15), null, "military_operation", "Zarb-e-Azb", null);
        Assert.True(open.Covers(new DateOnly(2020, 1, 1)));
        Assert.False(open.Covers(new DateOnly(2014, 6, 14)));
        Assert.False(open.IsOneDay);
    }

    [Fact]
    public void Load_RefusesAPeriodThatEndsBeforeItStarts()
    {
        using var dir = new TempDirectory();
        var path = dir.File("t.csv");
        File.WriteAllText(path, "date_start,date_end,kind,description,source_url\n2020-05-01,2020-04-01,ceasefire,x,\n");
        var ex = Assert.Throws<InvalidDataException>(() => Timeline.Load(path));
        Assert.Contains("ends before it starts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesLineAndField_OfABadDate()
    {
        using var dir = new TempDirectory();
        var path = dir.File("t.csv");
        File.WriteAllText(path, "date_start,date_end,kind,description,source_url\n2020-05-01,,ceasefire,x,\n2020-13-01,,ceasefire,y,\n");
        var ex = Assert.Throws<InvalidDataException>(() => Timeline.Load(path));
        Assert.Contains("line 3, field 'date_start'", ex.Message, StringComparison.Ordinal);
    }
}
