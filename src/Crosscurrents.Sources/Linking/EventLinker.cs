using System.Globalization;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Sources.Linking;

/// <summary>What linking found: the links (one incident, several reports), the pairs that nearly matched and why
/// they were kept apart, and how many reports and incidents there are.</summary>
public sealed record LinkReport(IReadOnlyList<EventLink> Links, IReadOnlyList<NearMiss> NearMisses, long Reports, long Incidents)
{
    public static readonly LinkReport None = new([], [], 0, 0);
}

/// <summary>Two reports from different datasets that agree on day and place but were not linked, and why.</summary>
public sealed record NearMiss(string EventId, string CandidateId, string Reason);

/// <summary>
/// Links reports of the same incident from different datasets (UCDP GED, ACLED, an events CSV, news) into one event
/// with several sources. The rule is conservative (docs/coverage.md): two reports are one incident only when they come
/// from different datasets and agree on all of
/// <list type="bullet">
/// <item>day: the dates overlap within <see cref="MaxDays"/> day (a report filed the next day), and neither is dated
/// to a span of more than <see cref="MaxSpanDays"/> days;</item>
/// <item>place: the same country and the same district, or both located within <see cref="MaxKilometres"/> km;</item>
/// <item>kind: the same UCDP type of violence, or one source without types (ACLED, news);</item>
/// <item>sides: a common non-state group on the sides (a state is a side of almost every event, so sharing it is
/// not enough), or, where a report names no non-state group, a common group or no known actor at all;</item>
/// <item>tolls: the death ranges overlap, or the best figures differ by at most 3 or by half the larger one.</item>
/// </list>
/// A report with two equally good candidates is not linked (reported as a near miss), and a lead report takes at most
/// one report from each other dataset. The lead is the report from the highest-ranked dataset: complete sources first
/// (UCDP GED, Candidate, ACLED, other complete files), then partial, then samples (news).
/// </summary>
public static class EventLinker
{
    public const int MaxDays = 1;

    public const double MaxKilometres = 10;

    /// <summary>Reports dated to a span longer than this many days are never linked.</summary>
    public const int MaxSpanDays = 7;

    /// <summary>Links every report in the store afresh and stores the links. Only datasets that share days are read.</summary>
    public static LinkReport Relink(IEventStore store, ActorRegistry? actors = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var coverage = store.CoverageMap();
        var datasets = store.Batches().Select(b => b.Dataset).Distinct(StringComparer.Ordinal).ToList();
        if (datasets.Count < 2)
        {
            if (store.Links().Count > 0)
            {
                store.ReplaceLinks([]);
            }

            return LinkReport.None;
        }

        var sizes = datasets.ToDictionary(d => d, d => store.Snapshot(EventFilter.All with { Dataset = d }).EventCount, StringComparer.Ordinal);
        var largest = sizes.MaxBy(kv => kv.Value).Key;
        var events = new List<ConflictEvent>();
        foreach (var d in datasets.Where(d => d != largest))
        {
            events.AddRange(store.Query(EventFilter.All with { Dataset = d }).Events);
        }

        if (events.Count > 0)
        {
            var from = events.Min(e => e.DateStart).AddDays(-MaxDays - 31);
            var to = events.Max(e => e.DateEnd).AddDays(MaxDays);
            events.AddRange(store.Query(EventFilter.All with { Dataset = largest, From = from, To = to }).Events);
        }

        var report = Link(events, Rank(coverage), actors);
        store.ReplaceLinks(report.Links);
        var total = sizes.Values.Sum();
        return report with { Reports = total, Incidents = total - report.Links.Count };
    }

    /// <summary>The dataset ranking for leads: complete before partial before sample, then UCDP GED, Candidate, ACLED, others, news.</summary>
    public static Func<string, int> Rank(CoverageMap coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var best = coverage.Datasets.GroupBy(c => c.Dataset, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(c => (int)c.Completeness), StringComparer.Ordinal);
        return dataset => (best.GetValueOrDefault(dataset, (int)Completeness.Sample) * 10) + dataset switch
        {
            "ucdp-ged" => 0,
            "ucdp-candidate" => 1,
            "acled" => 2,
            "news" => 9,
            _ => 5,
        };
    }

    /// <summary>Links the given reports (pure: reads nothing, writes nothing).</summary>
    public static LinkReport Link(IReadOnlyList<ConflictEvent> events, Func<string, int> rank, ActorRegistry? actors = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(rank);
        var groupOf = actors is null ? (Func<string, string>)(id => id) : actors.GroupOf;
        var isState = actors is null ? (Func<string, bool>)(_ => false) : id => actors.Find(id)?.Role is "state" or "host-state" or "foreign-state" or "civilians";
        var byDataset = events.GroupBy(e => e.Source.Dataset, StringComparer.Ordinal)
            .OrderBy(g => rank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var links = new List<EventLink>();
        var nearMisses = new List<NearMiss>();

        // Leads from the datasets already processed, by day, so candidates are found without comparing every pair.
        var leads = new Dictionary<int, List<ConflictEvent>>();
        var taken = new HashSet<(string Lead, string Dataset)>();
        foreach (var dataset in byDataset)
        {
            var newLeads = new List<ConflictEvent>();
            var proposals = new List<(ConflictEvent Report, ConflictEvent Lead, double Score, int Days)>();
            foreach (var e in dataset.OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                if (e.DateEnd.DayNumber - e.DateStart.DayNumber > MaxSpanDays)
                {
                    // Dated only to a week or more: too vague to say which incident it is.
                    newLeads.Add(e);
                    continue;
                }

                var candidates = new List<(ConflictEvent Lead, double Score, int Days)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var day = e.DateStart.DayNumber - MaxDays; day <= e.DateEnd.DayNumber + MaxDays; day++)
                {
                    if (!leads.TryGetValue(day, out var onDay))
                    {
                        continue;
                    }

                    foreach (var c in onDay.Where(c => seen.Add(c.Id)))
                    {
                        var (ok, score, why) = Compare(e, c, groupOf, isState);
                        if (ok)
                        {
                            candidates.Add((c, score, Days(e, c)));
                        }
                        else if (why is not null)
                        {
                            nearMisses.Add(new NearMiss(e.Id, c.Id, why));
                        }
                    }
                }

                var ordered = candidates.OrderBy(c => c.Score).ThenBy(c => c.Lead.Id, StringComparer.Ordinal).ToList();
                if (ordered.Count == 0)
                {
                    newLeads.Add(e);
                }
                else if (ordered.Count > 1 && Math.Abs(ordered[0].Score - ordered[1].Score) < 1e-9)
                {
                    nearMisses.Add(new NearMiss(e.Id, ordered[0].Lead.Id, $"ambiguous: {ordered[1].Lead.Id} matches as well"));
                    newLeads.Add(e);
                }
                else
                {
                    proposals.Add((e, ordered[0].Lead, ordered[0].Score, ordered[0].Days));
                }
            }

            // A lead takes one report from each dataset: the best-scoring one; the others stay incidents of their own.
            foreach (var p in proposals.OrderBy(p => p.Score).ThenBy(p => p.Report.Id, StringComparer.Ordinal))
            {
                if (taken.Add((p.Lead.Id, dataset.Key)))
                {
                    links.Add(new EventLink(p.Report.Id, p.Lead.Id, p.Days, Describe(p.Report, p.Lead, p.Days)));
                }
                else
                {
                    nearMisses.Add(new NearMiss(p.Report.Id, p.Lead.Id, $"the lead already has a report from {dataset.Key}"));
                    newLeads.Add(p.Report);
                }
            }

            foreach (var lead in newLeads.Where(l => l.DateEnd.DayNumber - l.DateStart.DayNumber <= MaxSpanDays))
            {
                for (var day = lead.DateStart.DayNumber; day <= lead.DateEnd.DayNumber; day++)
                {
                    if (!leads.TryGetValue(day, out var list))
                    {
                        leads[day] = list = [];
                    }

                    list.Add(lead);
                }
            }
        }

        return new LinkReport(links, nearMisses, events.Count, events.Count - links.Count);
    }

    /// <summary>Whether two reports are one incident; a score (lower is closer); and, for a pair that agrees on day
    /// and place but fails another test, the reason it is a near miss.</summary>
    private static (bool Ok, double Score, string? NearMiss) Compare(ConflictEvent e, ConflictEvent c, Func<string, string> groupOf, Func<string, bool> isState)
    {
        if (!string.Equals(e.Place.Country, c.Place.Country, StringComparison.OrdinalIgnoreCase))
        {
            return (false, 0, null);
        }

        var km = Kilometres(e.Place, c.Place);
        var sameDistrict = e.Place.District is { } d1 && c.Place.District is { } d2 && string.Equals(d1, d2, StringComparison.OrdinalIgnoreCase);
        if (!sameDistrict && !(km <= MaxKilometres))
        {
            return (false, 0, null);
        }

        if (e.ViolenceType != ViolenceType.Unknown && c.ViolenceType != ViolenceType.Unknown && e.ViolenceType != c.ViolenceType)
        {
            return (false, 0, $"kinds differ ({e.ViolenceType} against {c.ViolenceType})");
        }

        var a = Groups(e, groupOf);
        var b = Groups(c, groupOf);
        var armedA = a.Where(g => !isState(g)).ToHashSet(StringComparer.Ordinal);
        var armedB = b.Where(g => !isState(g)).ToHashSet(StringComparer.Ordinal);
        if (armedA.Count > 0 && armedB.Count > 0 ? !armedA.Overlaps(armedB) : a.Count > 0 && b.Count > 0 && !a.Overlaps(b))
        {
            return (false, 0, $"sides differ ({string.Join("/", a)} against {string.Join("/", b)})");
        }

        var (x, y) = (e.Fatalities, c.Fatalities);
        var rangesOverlap = Math.Min(x.Low, x.Best) <= Math.Max(y.High, y.Best) && Math.Min(y.Low, y.Best) <= Math.Max(x.High, x.Best);
        var gap = Math.Abs(x.Best - y.Best);
        if (!rangesOverlap && gap > Math.Max(3, 0.5 * Math.Max(x.Best, y.Best)))
        {
            return (false, 0, string.Create(CultureInfo.InvariantCulture, $"tolls differ ({x.Best} against {y.Best} killed)"));
        }

        var score = Days(e, c) + (sameDistrict ? 0 : 0.5) + (double.IsFinite(km) ? km / 100 : 0.2) + (gap / (1.0 + Math.Max(x.Best, y.Best)));
        return (true, score, null);
    }

    private static HashSet<string> Groups(ConflictEvent e, Func<string, string> groupOf)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in new[] { e.SideA.ActorId, e.SideB.ActorId })
        {
            if (id is { Length: > 0 } && id != "unknown")
            {
                result.Add(groupOf(id));
            }
        }

        return result;
    }

    private static int Days(ConflictEvent e, ConflictEvent c)
    {
        if (e.DateStart <= c.DateEnd && c.DateStart <= e.DateEnd)
        {
            return 0;
        }

        return e.DateStart > c.DateEnd ? e.DateStart.DayNumber - c.DateEnd.DayNumber : c.DateStart.DayNumber - e.DateEnd.DayNumber;
    }

    private static double Kilometres(EventPlace a, EventPlace b)
    {
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2)
        {
            return double.PositiveInfinity;
        }

        const double radius = 6371.0;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) +
            (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * radius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static string Describe(ConflictEvent report, ConflictEvent lead, int days) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{report.Source.Dataset} report of {lead.Source.Dataset} {lead.Source.SourceId}: {(days == 0 ? "same day" : $"{days} day apart")}, " +
            $"{lead.Place.District ?? lead.Place.Province ?? lead.Place.Country}, {report.Fatalities.Best} and {lead.Fatalities.Best} killed");
}
