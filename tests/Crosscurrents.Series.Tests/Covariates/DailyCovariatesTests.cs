using Crosscurrents.Core.Periods;
using Crosscurrents.Series.Covariates;

namespace Crosscurrents.Series.Tests.Covariates;

public sealed class DailyCovariatesTests
{
    private static readonly Timeline Timeline = new([
        new Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 4, 10), "ceasefire", "TTP ceasefire", null),
        new Period(new DateOnly(2014, 4, 16), new DateOnly(2014, 4, 16), "ceasefire_end", "TTP ends ceasefire", null),
        new Period(new DateOnly(2014, 2, 6), null, "negotiation", "talks begin", null),
    ]);

    [Fact]
    public void Build_MarksCeasefireTalksAndTheWindowAfterACeasefireEnds()
    {
        var from = new DateOnly(2014, 1, 1);
        var (names, columns) = DailyCovariates.Build(from, new DateOnly(2014, 12, 31), Timeline, new CovariateOptions(AfterCeasefireDays: 10, OpenEndedDays: 30, TrendKnots: 2));
        double Value(string name, DateOnly day) => columns[names.ToList().IndexOf(name)][day.DayNumber - from.DayNumber];
        Assert.Equal(1, Value("ceasefire_in_force", new DateOnly(2014, 3, 15)));
        Assert.Equal(0, Value("ceasefire_in_force", new DateOnly(2014, 4, 11)));
        Assert.Equal(1, Value("talks_in_progress", new DateOnly(2014, 3, 7)));
        Assert.Equal(0, Value("talks_in_progress", new DateOnly(2014, 3, 8)));
        // Ends: the day after the ceasefire's own end (11 Apr) and the ceasefire_end row (16 Apr), ten days each.
        Assert.Equal(1, Value("after_ceasefire_end_10d", new DateOnly(2014, 4, 11)));
        Assert.Equal(1, Value("after_ceasefire_end_10d", new DateOnly(2014, 4, 25)));
        Assert.Equal(0, Value("after_ceasefire_end_10d", new DateOnly(2014, 4, 26)));
        Assert.Equal(2, names.Count(n => n.StartsWith("trend_change_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_LeavesOutIndicatorsThatNeverChange()
    {
        var (names, _) = DailyCovariates.Build(new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 31), Timeline, new CovariateOptions());
        Assert.DoesNotContain("after_taliban_takeover", names);
        Assert.DoesNotContain("ceasefire_in_force", names);
        Assert.Equal("intercept", names[0]);
    }
}

public sealed class WindowAfterTests
{
    [Fact]
    public void WindowAfter_MarksTheDaysAfterAnEvent_NotTheDayItself()
    {
        var (name, column) = DailyCovariates.WindowAfter("strikes", [0, 1, 0, 0, 0, 0, 2, 0], 2);
        Assert.Equal("after_strikes_2d", name);
        Assert.Equal([0.0, 0, 1, 1, 0, 0, 0, 1], column);
    }
}
