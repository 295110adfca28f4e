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

    public static EventSeries Build(EventSet events, SeriesOptions options, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(actors);
        var list = events.Incidents();
        var res = options.Resolution;
        var from = options.From ?? (list.Count > 0 ? list.Min(e => e.DateStart) : new DateOnly(2000, 1, 1));
        var to = options.To ?? (list.Count > 0 ? list.Max(e => e.DateStart) : from);
        var starts = new List<DateOnly>();
        for (var d = PeriodCalendar.StartOf(from, res); d <= to; d = PeriodCalendar.Next(d, res))
        {
            starts.Add(d);
        }

        var index = starts.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var groups = new Dictionary<string, (double[] Best, double[] Low, double[] High)>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            if (e.DateStart < from || e.DateStart > to || !index.TryGetValue(PeriodCalendar.StartOf(e.DateStart, res), out var i))
            {
                continue;
            }

            var (best, low, high) = options.Measure == Measure.Events
                ? (1.0, 1.0, 1.0)
                : (e.Fatalities.Best, Math.Min(e.Fatalities.Low, e.Fatalities.Best), Math.Max(e.Fatalities.High, e.Fatalities.Best));
            foreach (var key in Keys(e, options.Grouping, actors))
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
        var scope = events.Scope;
        var covered = starts.Select(start =>
        {
            var end = PeriodCalendar.Next(start, res).AddDays(-1);
            return events.Coverage.Covers(scope, start < from ? from : start, end > to ? to : end);
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

        return new EventSeries(options, starts, ordered, events.Snapshot)
        {
            Covered = covered,
            CoverageNote = events.Coverage.Describe(scope),
        };
    }

    /// <summary>The group names an event counts under.</summary>
    public static IEnumerable<string> Keys(ConflictEvent e, Grouping grouping, ActorRegistry actors)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(actors);
        switch (grouping)
        {
            case Grouping.None:
                return ["all"];
            case Grouping.Province:
                return [e.Place.Province ?? "(province unknown)"];
            case Grouping.Actor:
                return new[] { ActorName(e.SideA, actors), ActorName(e.SideB, actors) }.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
            case Grouping.District:
                return [e.Place.District is { } district ? $"{e.Place.Province ?? "(province unknown)"}/{district}" : "(district unknown)"];
            case Grouping.Dyad:
                var pair = new[] { ActorName(e.SideA, actors), ActorName(e.SideB, actors) }.Order(StringComparer.Ordinal).ToArray();
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
