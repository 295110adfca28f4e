using Crosscurrents.Analysis.Forecasting;
using Crosscurrents.Core.Periods;
using Crosscurrents.Models.Forecasting;
using Crosscurrents.Series.Covariates;

namespace Crosscurrents.Analysis.Tests.Forecasting;

/// <summary>The Hawkes forecaster's covariates use what was known at the origin, never what happened after it.</summary>
public sealed class TimelineCovariatesTests
{
    private static readonly DateOnly First = new(2019, 1, 1);

    private static double[] Column(ScheduledCovariates covariates, string name) => covariates.Columns[covariates.Names.ToList().IndexOf(name)];

    private static ScheduledCovariates Build(Timeline timeline, DateOnly origin, int futureDays) => new TimelineCovariates(timeline).Build(First, origin, futureDays);

    [Fact]
    public void Build_UsesOnlyPeriodsBegunByTheOrigin_AndHoldsTheTrend()
    {
        var origin = new DateOnly(2021, 6, 30);
        var observed = origin.DayNumber - First.DayNumber + 1;
        var inForce = new Period(new DateOnly(2021, 6, 1), new DateOnly(2021, 7, 15), "ceasefire", "in force at the origin", null);
        var later = new Period(new DateOnly(2021, 7, 20), new DateOnly(2021, 8, 10), "negotiation", "begins after the origin", null);
        var talksBefore = new Period(new DateOnly(2020, 3, 1), new DateOnly(2020, 5, 1), "negotiation", "talks in the window", null);
        var withLater = Build(new Timeline([inForce, later, talksBefore]), origin, 92);
        var without = Build(new Timeline([inForce, talksBefore]), origin, 92);

        // A period that began after the origin changes nothing.
        Assert.Equal(without.Names, withLater.Names);
        for (var c = 0; c < without.Names.Count; c++)
        {
            Assert.Equal(without.Columns[c], withLater.Columns[c]);
        }

        // The ceasefire in force at the origin runs to its scheduled end (2021-07-15), then stops.
        var ceasefire = Column(without, "ceasefire_in_force");
        Assert.Equal(1, ceasefire[observed + 14]);
        Assert.Equal(0, ceasefire[observed + 15]);
        Assert.All(Column(without, "talks_in_progress")[observed..], v => Assert.Equal(0, v));

        // The trend and its slope changes are held at their origin level; the harmonic follows the calendar.
        foreach (var name in without.Names.Where(n => n.StartsWith("trend", StringComparison.Ordinal)))
        {
            Assert.All(Column(without, name)[observed..], v => Assert.Equal(Column(without, name)[observed - 1], v));
        }

        Assert.Contains(without.Names, n => n.StartsWith("trend_change_", StringComparison.Ordinal));
        Assert.NotEqual(Column(without, "season_sin")[observed], Column(without, "season_sin")[observed + 60]);
    }

    [Fact]
    public void Build_BeforeTheTakeover_DoesNotForeseeIt()
    {
        var origin = new DateOnly(2021, 7, 31);
        var built = Build(new Timeline([]), origin, 62);
        var observed = origin.DayNumber - First.DayNumber + 1;
        Assert.All(Column(built, "after_taliban_takeover"), v => Assert.Equal(0, v));

        var after = Build(new Timeline([]), new DateOnly(2021, 9, 30), 31);
        Assert.Equal(1, Column(after, "after_taliban_takeover")[^1]);
        Assert.True(observed > 0 && DailyCovariates.TalibanTakeover > origin);
    }
}
