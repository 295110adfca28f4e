using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Reported;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Reported;

namespace Crosscurrents.Analysis.Brief;

/// <summary>Every count, series and table the brief shows, computed from one event set; the writer only renders them.</summary>
public sealed record BriefFigures(BriefSummary Summary, YearlyFigures Yearly, MonthlyFigures Monthly, IReadOnlyList<ReportedFigures> Reported, IReadOnlyList<DyadRow> Dyads)
{
    private static readonly string[] TtpIds = ["ttp"];

    /// <summary>Computes the figures of the brief. Counts use only covered days; an incident reported by several
    /// datasets counts once.</summary>
    public static BriefFigures Compute(EventSet set, ActorRegistry actors, IReadOnlyList<ReportedFigure>? reported)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(actors);
        return new BriefFigures(Summarise(set), ComputeYearly(set, actors), ComputeMonthly(set, actors), ComputeReported(set, actors, reported ?? []), ComputeDyads(set, actors));
    }

    private static BriefSummary Summarise(EventSet events)
    {
        var runs = events.Coverage.CoveredRuns(events.Scope, DateOnly.MinValue, DateOnly.MaxValue);
        var incidents = events.Incidents();
        var list = incidents.Where(e => runs.Any(r => e.DateStart >= r.From && e.DateStart <= r.To)).ToList();
        var (best, low, high) = Deaths(list);
        var deadliest = list.GroupBy(e => e.DateStart.Year).Select(g => (Year: g.Key, Deaths: g.Sum(e => (long)e.Fatalities.Best))).OrderByDescending(g => g.Deaths).FirstOrDefault();
        return new BriefSummary(events.Events.Count, runs, events.Coverage.StudyCountries, events.Coverage.Describe(events.Scope), list.Count,
            list.Count > 0 ? list.Min(e => e.DateStart) : null, list.Count > 0 ? list.Max(e => e.DateStart) : null,
            events.Events.Count - incidents.Count, incidents.Count - list.Count, best, low, high,
            list.Count > 0 ? deadliest.Year : null, deadliest.Deaths,
            list.Count(e => !e.SideA.IsResolved || (!e.SideB.IsResolved && e.SideB.Name.Length > 0)));
    }

    private static YearlyFigures ComputeYearly(EventSet set, ActorRegistry actors)
    {
        var groups = new List<GroupFigures>();
        foreach (var (grouping, noun) in new[] { (Grouping.Actor, "actor"), (Grouping.Province, "province") })
        {
            var byGroup = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Events, grouping, Top: 7), actors);
            var deathsByGroup = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities, grouping, Top: 7), actors);

            // Deaths for exactly the groups of the events table ("other" = every group not listed by name).
            var allDeaths = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities, grouping, Top: int.MaxValue - 1), actors).Groups;
            var named = byGroup.Groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            var rows = byGroup.Groups.Select(g =>
            {
                var matching = g.Name == SeriesBuilder.Other ? allDeaths.Where(x => !named.Contains(x.Name)).ToList() : allDeaths.Where(x => x.Name == g.Name).ToList();
                return new GroupRow(g.Name, g.Total, matching.Sum(x => x.Total), matching.Sum(x => Finite(x.Low)), matching.Sum(x => Finite(x.High)));
            }).ToList();
            groups.Add(new GroupFigures(grouping, noun, byGroup, deathsByGroup, rows));
        }

        return new YearlyFigures(SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year), actors),
            SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities), actors), groups);
    }

    private static MonthlyFigures ComputeMonthly(EventSet set, ActorRegistry actors)
    {
        var byGroup = new[] { (Grouping.Actor, "actor"), (Grouping.Province, "province") }
            .Select(g => (g.Item2, SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Month, Measure.Events, g.Item1, Top: 5), actors))).ToList();
        var ttpIds = TtpIds.SelectMany(id => actors.WithDescendants(id)).ToHashSet(StringComparer.Ordinal);
        var ttpEvents = set.Events.Where(e => ttpIds.Contains(e.SideA.ActorId ?? "") || ttpIds.Contains(e.SideB.ActorId ?? "")).ToList();
        var ttpSet = new EventSet(ttpEvents, DataSnapshot.OfEvents(ttpEvents.Select(EventContentHash.Compute))) { Filter = set.Filter, Coverage = set.Coverage };
        var from = ttpEvents.Count > 0 ? ttpEvents.Min(e => e.DateStart) : (DateOnly?)null;
        var to = set.Events.Count > 0 ? set.Events.Max(e => e.DateStart) : (DateOnly?)null;
        return new MonthlyFigures(SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Month), actors),
            SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Month, Measure.Fatalities), actors), byGroup.Select(g => (g.Item1, g.Item2)).ToList(),
            SeriesBuilder.Build(ttpSet, new SeriesOptions(TimeResolution.Month, Measure.Fatalities, From: from, To: to), actors), ttpEvents.Count, ttpSet.Snapshot.Id);
    }

    private static List<ReportedFigures> ComputeReported(EventSet set, ActorRegistry actors, IReadOnlyList<ReportedFigure> reported)
    {
        if (reported.Count == 0)
        {
            return [];
        }

        return [.. new[] { Measure.Fatalities, Measure.Events }.Select(measure =>
        {
            var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, measure), actors);
            var own = series.PeriodStarts.Select((d, i) => (d, series.IsCovered(i) ? (double?)series.Groups[0].Best[i] : null)).ToList();
            var sources = new List<(string Label, IReadOnlyList<(DateOnly Period, double? Value)> Points)> { ($"{(measure == Measure.Events ? "events" : "deaths")} in the event data", own) };
            sources.AddRange(ReportedComparison.For(reported, measure, TimeResolution.Year));
            return new ReportedFigures(measure, sources);
        })];
    }

    private static List<DyadRow> ComputeDyads(EventSet set, ActorRegistry actors) =>
        set.Incidents().GroupBy(e => SeriesBuilder.Keys(e, Grouping.Dyad, actors).First()).OrderByDescending(g => g.Count()).Take(15).Select(g =>
        {
            var (best, low, high) = Deaths(g.ToList());
            return new DyadRow(g.Key, g.Count(), best, low, high, g.Min(e => e.DateStart), g.Max(e => e.DateStart));
        }).ToList();

    private static double Finite(double[] values) => values.Where(double.IsFinite).Sum();

    private static (long Best, long Low, long High) Deaths(IReadOnlyCollection<ConflictEvent> events) =>
        (events.Sum(e => (long)e.Fatalities.Best),
         events.Sum(e => (long)Math.Min(e.Fatalities.Low, e.Fatalities.Best)),
         events.Sum(e => (long)Math.Max(e.Fatalities.High, e.Fatalities.Best)));
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
