using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Series.Counts;

/// <summary>Builds count and fatality series from events.</summary>
/// <remarks>
/// An event is counted in the period of its start date. With <see cref="Grouping.Actor"/> an event counts once for
/// each distinct group on its sides (factions and fronts count under their group, see <c>ActorRegistry.GroupOf</c>), so group totals add up to more than the ungrouped total. Sides the
/// registry does not know are grouped under their source name in brackets, never dropped.
/// </remarks>
public static class SeriesBuilder
{
    public const string Other = "other";

    /// <summary>The series of events held in memory: aggregated as the store would (<see cref="Aggregate"/>), then
    /// built like counts from the store.</summary>
    public static EventSeries Build(EventSet events, SeriesOptions options, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        var inRange = options.From is null && options.To is null
            ? events
            : events with { Events = events.Events.Where(e => e.DateStart >= (options.From ?? DateOnly.MinValue) && e.DateStart <= (options.To ?? DateOnly.MaxValue)).ToList() };
        return Build(Aggregate(inRange, new CountRequest(options.Resolution, KeyOf(options.Grouping))), options, actors);
    }

    /// <summary>The series from counts a store aggregated (<c>IEventStore.CountAsync</c> with
    /// <see cref="KeyOf"/> of the grouping and the same resolution).</summary>
    public static EventSeries Build(EventCounts counts, SeriesOptions options, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(actors);
        if (counts.Request.Resolution != options.Resolution || counts.Request.Key != KeyOf(options.Grouping))
        {
            throw new ArgumentException($"counts by {counts.Request.Resolution}/{counts.Request.Key} cannot build a {options.Resolution}/{options.Grouping} series", nameof(counts));
        }

        var rows = counts.Rows;
        var res = options.Resolution;
        var from = options.From ?? (rows.Count > 0 ? rows.Min(r => r.First) : new DateOnly(2000, 1, 1));
        var to = options.To ?? (rows.Count > 0 ? rows.Max(r => r.Last) : from);
        var starts = new List<DateOnly>();
        for (var d = PeriodCalendar.StartOf(from, res); d <= to; d = PeriodCalendar.Next(d, res))
        {
            starts.Add(d);
        }

        var index = starts.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var groups = new Dictionary<string, (double[] Best, double[] Low, double[] High)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Last < from || row.First > to || !index.TryGetValue(row.Period, out var i))
            {
                continue;
            }

            var (best, low, high) = options.Measure == Measure.Events
                ? (row.Events, row.Events, row.Events)
                : (row.Best, row.Low, row.High);
            foreach (var key in Keys(row, options.Grouping, actors))
            {
                if (!groups.TryGetValue(key, out var values))
                {
                    groups[key] = values = (new double[starts.Count], new double[starts.Count], new double[starts.Count]);
                }

                values.Best[i] += best;
                values.Low[i] += low;
                values.High[i] += high;
            }
        }

        var ordered = groups
            .Select(g => new SeriesGroup(g.Key, g.Value.Best, g.Value.Low, g.Value.High))
            .OrderByDescending(g => g.Total).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        if (options.Grouping != Grouping.None && ordered.Count > options.Top + 1)
        {
            var rest = ordered.Skip(options.Top).ToList();
            ordered = ordered.Take(options.Top).ToList();
            ordered.Add(new SeriesGroup(Other, Sum(rest, g => g.Best, starts.Count), Sum(rest, g => g.Low, starts.Count), Sum(rest, g => g.High, starts.Count)));
        }

        if (ordered.Count == 0)
        {
            ordered.Add(new SeriesGroup("all", new double[starts.Count], new double[starts.Count], new double[starts.Count]));
        }

        // A period is a number only where complete coverage spans all of it (inside from..to); elsewhere it is missing.
        var scope = counts.Scope;
        var covered = starts.Select(start =>
        {
            var end = PeriodCalendar.Next(start, res).AddDays(-1);
            return counts.Coverage.Covers(scope, start < from ? from : start, end > to ? to : end);
        }).ToArray();
        foreach (var g in ordered)
        {
            for (var i = 0; i < covered.Length; i++)
            {
                if (!covered[i])
                {
                    g.Best[i] = g.Low[i] = g.High[i] = double.NaN;
                }
            }
        }

        return new EventSeries(options, starts, ordered, counts.Snapshot)
        {
            Covered = covered,
            CoverageNote = counts.Coverage.Describe(scope),
        };
    }

    /// <summary>What a store's counts must be split by to build a series with this grouping.</summary>
    public static CountKey KeyOf(Grouping grouping) => grouping switch
    {
        Grouping.None => CountKey.None,
        Grouping.Province => CountKey.Province,
        Grouping.District => CountKey.District,
        Grouping.Actor or Grouping.Dyad => CountKey.Sides,
        _ => throw new ArgumentOutOfRangeException(nameof(grouping)),
    };

    /// <summary>The rows <c>IEventStore.CountAsync</c> gives, computed from events in memory: one incident once
    /// (<see cref="EventSet.Incidents"/>), low at most best, high at least best, rows in period and key order.</summary>
    public static EventCounts Aggregate(EventSet events, CountRequest request)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Key;
        var rows = InKeyOrder(events.Incidents()
            .GroupBy(e => new EventCountRow(
                PeriodCalendar.StartOf(e.DateStart, request.Resolution),
                key is CountKey.Province or CountKey.District ? e.Place.Province : null,
                key is CountKey.District ? e.Place.District : null,
                key is CountKey.Sides ? e.SideA.Name : null,
                key is CountKey.Sides ? e.SideA.ActorId : null,
                key is CountKey.Sides ? e.SideB.Name : null,
                key is CountKey.Sides ? e.SideB.ActorId : null,
                0, 0, 0, 0, default, default))
            .Select(g => g.Key with
            {
                Events = g.Count(),
                Best = g.Sum(e => (long)e.Fatalities.Best),
                Low = g.Sum(e => (long)Math.Min(e.Fatalities.Low, e.Fatalities.Best)),
                High = g.Sum(e => (long)Math.Max(e.Fatalities.High, e.Fatalities.Best)),
                First = g.Min(e => e.DateStart),
                Last = g.Max(e => e.DateStart),
            }));
        return new EventCounts(rows, events.Snapshot) { Filter = events.Filter, Coverage = events.Coverage, Request = request };
    }

    /// <summary>Counts at a coarser period (e.g. months from days): rows of the same key summed within each new period.
    /// Exact, because counts of incidents and their deaths add up across periods.</summary>
    public static EventCounts Coarsen(EventCounts counts, TimeResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var rows = InKeyOrder(counts.Rows
            .GroupBy(r => r with { Period = PeriodCalendar.StartOf(r.Period, resolution), Events = 0, Best = 0, Low = 0, High = 0, First = default, Last = default })
            .Select(g => g.Key with
            {
                Events = g.Sum(r => r.Events),
                Best = g.Sum(r => r.Best),
                Low = g.Sum(r => r.Low),
                High = g.Sum(r => r.High),
                First = g.Min(r => r.First),
                Last = g.Max(r => r.Last),
            }));
        return counts with { Rows = rows, Request = counts.Request with { Resolution = resolution } };
    }

    // The order the stores give: period, then the key columns.
    private static List<EventCountRow> InKeyOrder(IEnumerable<EventCountRow> rows) => rows
        .OrderBy(r => r.Period)
        .ThenBy(r => r.Province, StringComparer.Ordinal).ThenBy(r => r.District, StringComparer.Ordinal)
        .ThenBy(r => r.SideA, StringComparer.Ordinal).ThenBy(r => r.SideAActor, StringComparer.Ordinal)
        .ThenBy(r => r.SideB, StringComparer.Ordinal).ThenBy(r => r.SideBActor, StringComparer.Ordinal)
        .ToList();

    /// <summary>The group names a row of counts falls under.</summary>
    public static IEnumerable<string> Keys(EventCountRow row, Grouping grouping, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Keys(grouping, row.Province, row.District, new ActorMention(row.SideA ?? "", row.SideAActor), new ActorMention(row.SideB ?? "", row.SideBActor), actors);
    }

    /// <summary>The group names an event counts under.</summary>
    public static IEnumerable<string> Keys(ConflictEvent e, Grouping grouping, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(e);
        return Keys(grouping, e.Place.Province, e.Place.District, e.SideA, e.SideB, actors);
    }

    private static IEnumerable<string> Keys(Grouping grouping, string? province, string? district, ActorMention sideA, ActorMention sideB, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        switch (grouping)
        {
            case Grouping.None:
                return ["all"];
            case Grouping.Province:
                return [province ?? "(province unknown)"];
            case Grouping.Actor:
                return new[] { ActorName(sideA, actors), ActorName(sideB, actors) }.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            case Grouping.District:
                return [district is { } d ? $"{province ?? "(province unknown)"}/{d}" : "(district unknown)"];
            case Grouping.Dyad:
                var pair = new[] { ActorName(sideA, actors), ActorName(sideB, actors) }.Order(StringComparer.Ordinal).ToArray();
                return [pair[0].Length == 0 ? pair[1] : $"{pair[0]} – {pair[1]}"];
            default:
                throw new ArgumentOutOfRangeException(nameof(grouping));
        }
    }

    /// <summary>The display name of the group a side resolves to, or the source's name in brackets.</summary>
    public static string ActorName(ActorMention side, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (side.ActorId is { } id)
        {
            var root = actors.Find(actors.GroupOf(id));
            return root?.Name ?? id;
        }

        return side.Name.Length == 0 ? "" : $"[{side.Name}]";
    }

    private static double[] Sum(List<SeriesGroup> groups, Func<SeriesGroup, double[]> select, int length)
    {
        var result = new double[length];
        foreach (var g in groups)
        {
            var values = select(g);
            for (var i = 0; i < length; i++)
            {
                result[i] += values[i];
            }
        }

        return result;
    }
}
