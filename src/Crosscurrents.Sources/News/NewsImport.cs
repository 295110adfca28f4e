using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Sources.News;

/// <summary>
/// Stores coded news events as the dataset <c>news</c>. Reports of the same event (same day, place and type) merge
/// into one event that keeps every source; its deaths are the highest figure reported (tolls rise as reports come in).
/// </summary>
public static class NewsImport
{
    public static (string BatchId, ImportCounts Counts) Run(IReadOnlyList<CodedEvent> coded, IEventStore store, TimeProvider time, string label, Core.Actors.ActorRegistry? actors = null)
    {
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var startedAt = time.GetUtcNow();
        var batchId = startedAt.ToString("yyyyMMdd'T'HHmmss.fff", CultureInfo.InvariantCulture) + "-news";
        var events = Merge(coded.Where(e => !e.Background)).ToList();
        var seen = events.Count == 0
            ? Core.Coverage.ImportObservation.None
            : new Core.Coverage.ImportObservation(events.Min(e => e.DateStart), events.Max(e => e.DateStart),
                events.Select(e => e.Place.Country).ToHashSet(StringComparer.OrdinalIgnoreCase), [ViolenceType.Unknown]);
        var batch = new ImportBatch(batchId, label, "", "news-coder", "news", "coder-1", startedAt)
        {
            Read = coded.Count,
            Coverage = Core.Coverage.CoverageRules.Derive("news-coder", "news", seen),
        };
        ImportCounts counts;
        using (var session = store.BeginImport(batch))
        {
            foreach (var e in events)
            {
                session.Add(e);
            }

            counts = session.Commit(batch);
        }

        Linking.EventLinker.Relink(store, actors);
        return (batchId, counts);
    }

    /// <summary>Groups coded events by (date, place, type) and turns each group into one stored event.</summary>
    public static IEnumerable<ConflictEvent> Merge(IEnumerable<CodedEvent> coded)
    {
        foreach (var group in coded.GroupBy(e => (e.Date, Place: e.District ?? e.Province ?? e.Country ?? "", e.EventType)))
        {
            var reports = group.ToList();
            var lead = reports.OrderByDescending(e => e.KilledBest ?? -1).ThenByDescending(e => e.Confidence).First();
            var key = $"{group.Key.Date:yyyy-MM-dd}|{group.Key.Place}|{group.Key.EventType}";
            var sourceId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
            yield return new ConflictEvent
            {
                Id = "news:" + sourceId,
                Source = new EventSource("news", "coder-1", sourceId),
                DateStart = lead.Date,
                DateEnd = lead.Date,
                DatePrecision = lead.DatePrecision,
                Place = new EventPlace(lead.Country ?? "Pakistan", lead.Province, lead.District, lead.Place, null, null, lead.Lat, lead.Lon,
                    lead.PlacePrecision switch { "district" => 3, "province" => 5, _ => 7 }),
                SideA = new ActorMention(lead.Actor1, lead.Actor1),
                SideB = new ActorMention(lead.Actor2 ?? "", lead.Actor2),
                EventType = lead.EventType,
                Fatalities = new Fatalities(lead.KilledLow ?? lead.KilledBest ?? 0, lead.KilledBest ?? 0, lead.KilledHigh ?? lead.KilledBest ?? 0),
                SourceText = "news reports: " + string.Join("; ", reports.Select(r => r.DocId).Distinct(StringComparer.Ordinal)),
            };
        }
    }
}
