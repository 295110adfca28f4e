using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Reported;
using Crosscurrents.Core.Storage;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Reported;

namespace Crosscurrents.Analysis.Brief;

/// <summary>Every count, series and table the brief shows, computed from the counts of <see cref="BriefEvents"/>; the
/// writer only renders them.</summary>
public sealed record BriefFigures(BriefSummary Summary, YearlyFigures Yearly, MonthlyFigures Monthly, IReadOnlyList<ReportedFigures> Reported, IReadOnlyList<DyadRow> Dyads)
{
    /// <summary>Computes the figures of the brief from events held in memory.</summary>
    public static BriefFigures Compute(EventSet set, ActorRegistry actors, IReadOnlyList<ReportedFigure>? reported)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(actors);
        return Compute(BriefEvents.FromEvents(set, actors), actors, reported);
    }

    /// <summary>Computes the figures of the brief. Counts use only covered days; an incident reported by several
    /// datasets counts once.</summary>
    public static BriefFigures Compute(BriefEvents events, ActorRegistry actors, IReadOnlyList<ReportedFigure>? reported)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(actors);
        var years = Coarse(events, TimeResolution.Year);
        var months = Coarse(events, TimeResolution.Month);
        return new BriefFigures(Summarise(events), ComputeYearly(years, actors), ComputeMonthly(events, months, actors), ComputeReported(years.None, actors, reported ?? []),
            ComputeDyads(events.DaysBySides, actors));
    }

    /// <summary>The day counts summed to one resolution: overall, by province and by sides.</summary>
    private sealed record Counts(EventCounts None, EventCounts Province, EventCounts Sides)
    {
        public EventCounts For(Grouping grouping) => grouping switch
        {
            Grouping.None => None,
            Grouping.Province => Province,
            _ => Sides,
        };
    }

    private static Counts Coarse(BriefEvents events, TimeResolution resolution) =>
        new(SeriesBuilder.Coarsen(events.Days, resolution), SeriesBuilder.Coarsen(events.DaysByProvince, resolution), SeriesBuilder.Coarsen(events.DaysBySides, resolution));

    private static BriefSummary Summarise(BriefEvents events)
    {
        var runs = events.Coverage.CoveredRuns(events.Scope, DateOnly.MinValue, DateOnly.MaxValue);
        bool Covered(EventCountRow r) => runs.Any(run => r.Period >= run.From && r.Period <= run.To);
        var days = events.Days.Rows;
        var list = days.Where(Covered).ToList();
        var incidents = days.Sum(r => r.Events);
        var inRuns = list.Sum(r => r.Events);
        var deadliest = list.GroupBy(r => r.Period.Year).Select(g => (Year: g.Key, Deaths: g.Sum(r => r.Best))).OrderByDescending(g => g.Deaths).FirstOrDefault();
        var reports = events.Snapshot.EventCount;
        var unresolved = events.DaysBySides.Rows.Where(r => Covered(r) && (r.SideAActor is null || (r.SideBActor is null && (r.SideB ?? "").Length > 0))).Sum(r => r.Events);
        return new BriefSummary((int)reports, runs, events.Coverage.StudyCountries, events.Coverage.Describe(events.Scope), (int)inRuns,
            list.Count > 0 ? list.Min(r => r.First) : null, list.Count > 0 ? list.Max(r => r.Last) : null,
            (int)(reports - incidents), (int)(incidents - inRuns), list.Sum(r => r.Best), list.Sum(r => r.Low), list.Sum(r => r.High),
            list.Count > 0 ? deadliest.Year : null, deadliest.Deaths, (int)unresolved);
    }

    private static YearlyFigures ComputeYearly(Counts years, ActorRegistry actors)
    {
        EventSeries Build(SeriesOptions options) => SeriesBuilder.Build(years.For(options.Grouping), options, actors);
        var groups = new List<GroupFigures>();
        foreach (var (grouping, noun) in new[] { (Grouping.Actor, "actor"), (Grouping.Province, "province") })
        {
            var byGroup = Build(new SeriesOptions(TimeResolution.Year, Measure.Events, grouping, Top: 7));
            var deathsByGroup = Build(new SeriesOptions(TimeResolution.Year, Measure.Fatalities, grouping, Top: 7));

            // Deaths for exactly the groups of the events table ("other" = every group not listed by name).
            var allDeaths = Build(new SeriesOptions(TimeResolution.Year, Measure.Fatalities, grouping, Top: int.MaxValue - 1)).Groups;
            var named = byGroup.Groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            var rows = byGroup.Groups.Select(g =>
            {
                var matching = g.Name == SeriesBuilder.Other ? allDeaths.Where(x => !named.Contains(x.Name)).ToList() : allDeaths.Where(x => x.Name == g.Name).ToList();
                return new GroupRow(g.Name, g.Total, matching.Sum(x => x.Total), matching.Sum(x => Finite(x.Low)), matching.Sum(x => Finite(x.High)));
            }).ToList();
            groups.Add(new GroupFigures(grouping, noun, byGroup, deathsByGroup, rows));
        }

        return new YearlyFigures(Build(new SeriesOptions(TimeResolution.Year)), Build(new SeriesOptions(TimeResolution.Year, Measure.Fatalities)), groups);
    }

    private static MonthlyFigures ComputeMonthly(BriefEvents events, Counts months, ActorRegistry actors)
    {
        var byGroup = new[] { (Grouping.Actor, "actor"), (Grouping.Province, "province") }
            .Select(g => (g.Item2, SeriesBuilder.Build(months.For(g.Item1), new SeriesOptions(TimeResolution.Month, Measure.Events, g.Item1, Top: 5), actors))).ToList();
        var ttp = events.TtpDays;
        var from = ttp.Rows.Count > 0 ? ttp.Rows.Min(r => r.First) : (DateOnly?)null;
        var to = events.Days.Rows.Count > 0 ? events.Days.Rows.Max(r => r.Last) : (DateOnly?)null;
        return new MonthlyFigures(SeriesBuilder.Build(months.None, new SeriesOptions(TimeResolution.Month), actors),
            SeriesBuilder.Build(months.None, new SeriesOptions(TimeResolution.Month, Measure.Fatalities), actors), byGroup.Select(g => (g.Item1, g.Item2)).ToList(),
            SeriesBuilder.Build(SeriesBuilder.Coarsen(ttp, TimeResolution.Month), new SeriesOptions(TimeResolution.Month, Measure.Fatalities, From: from, To: to), actors),
            (int)ttp.Snapshot.EventCount, ttp.Snapshot.Id);
    }

    private static List<ReportedFigures> ComputeReported(EventCounts years, ActorRegistry actors, IReadOnlyList<ReportedFigure> reported)
    {
        if (reported.Count == 0)
        {
            return [];
        }

        return [.. new[] { Measure.Fatalities, Measure.Events }.Select(measure =>
        {
            var series = SeriesBuilder.Build(years, new SeriesOptions(TimeResolution.Year, measure), actors);
            var own = series.PeriodStarts.Select((d, i) => (d, series.IsCovered(i) ? (double?)series.Groups[0].Best[i] : null)).ToList();
            var sources = new List<(string Label, IReadOnlyList<(DateOnly Period, double? Value)> Points)> { ($"{(measure == Measure.Events ? "events" : "deaths")} in the event data", own) };
            sources.AddRange(ReportedComparison.For(reported, measure, TimeResolution.Year));
            return new ReportedFigures(measure, sources);
        })];
    }

    private static List<DyadRow> ComputeDyads(EventCounts sides, ActorRegistry actors) =>
        sides.Rows.GroupBy(r => SeriesBuilder.Keys(r, Grouping.Dyad, actors).First()).Select(g =>
            new DyadRow(g.Key, (int)g.Sum(r => r.Events), g.Sum(r => r.Best), g.Sum(r => r.Low), g.Sum(r => r.High), g.Min(r => r.First), g.Max(r => r.Last)))
        .OrderByDescending(d => d.Events).ThenBy(d => d.Dyad, StringComparer.Ordinal).Take(15).ToList();

    private static double Finite(double[] values) => values.Where(double.IsFinite).Sum();
}

/// <summary>The "In brief" numbers: reports, covered stretches, incidents on covered days, deaths, the deadliest year.</summary>
public sealed record BriefSummary(int Reports, IReadOnlyList<(DateOnly From, DateOnly To)> CoveredRuns, IReadOnlyList<string> StudyCountries, string Coverage,
    int Incidents, DateOnly? First, DateOnly? Last, int Linked, int OutsideCoverage, long Deaths, long DeathsLow, long DeathsHigh, int? DeadliestYear,
    long DeadliestYearDeaths, int Unresolved);

/// <summary>Events and deaths per year, overall and by actor and province.</summary>
public sealed record YearlyFigures(EventSeries Events, EventSeries Deaths, IReadOnlyList<GroupFigures> Groups);

/// <summary>A grouping's yearly series and its table.</summary>
public sealed record GroupFigures(Grouping Grouping, string Noun, EventSeries Events, EventSeries Deaths, IReadOnlyList<GroupRow> Rows);

/// <summary>A group's events and deaths (best, low, high) over covered years.</summary>
public sealed record GroupRow(string Name, double Events, double Deaths, double DeathsLow, double DeathsHigh);

/// <summary>Events and deaths per month, by actor and province, and deaths in events involving the TTP.</summary>
public sealed record MonthlyFigures(EventSeries Events, EventSeries Deaths, IReadOnlyList<(string Noun, EventSeries Series)> Groups, EventSeries TtpDeaths, int TtpEvents, string TtpSnapshot);

/// <summary>The event data's yearly series beside every reported series, for one measure.</summary>
public sealed record ReportedFigures(Measure Measure, IReadOnlyList<(string Label, IReadOnlyList<(DateOnly Period, double? Value)> Points)> Sources);

/// <summary>A dyad's incidents, deaths and first and last dates.</summary>
public sealed record DyadRow(string Dyad, int Events, long Deaths, long DeathsLow, long DeathsHigh, DateOnly First, DateOnly Last);
