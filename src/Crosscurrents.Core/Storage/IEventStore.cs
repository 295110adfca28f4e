using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Core.Storage;

/// <summary>
/// Where events live. The embedded DuckDB store is the default; a PostgreSQL store implements the same contract.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Starts an import. Nothing is visible to readers until <see cref="IImportSession.Commit"/>; disposing
    /// an uncommitted session (or the process dying) leaves the store as it was.</summary>
    IImportSession BeginImport(ImportBatch batch);

    /// <summary>The events a filter selects, in ascending id order, with the snapshot that names them.</summary>
    EventSet Query(EventFilter filter);

    /// <summary>The events a filter selects, in ascending id order, read one at a time as the caller enumerates them:
    /// constant memory however many there are (each carries its incident id, like <see cref="Query"/>).</summary>
    IEnumerable<ConflictEvent> Stream(EventFilter filter);

    /// <summary>How many events the store holds and the dates of the first and last, without materialising them.</summary>
    EventCoverage Coverage();

    /// <summary>The snapshot of the events a filter selects, without materialising them.</summary>
    DataSnapshot Snapshot(EventFilter filter);

    /// <summary>Replaces the stored timeline (kept in the store so SQL users and other tools see the same periods).</summary>
    void ReplaceTimeline(Timeline timeline);

    /// <summary>The stored timeline.</summary>
    Timeline Timeline();

    /// <summary>Replaces the reported figures that came from one file (re-importing the file changes nothing).</summary>
    void ReplaceReportedFigures(string sourceFile, IReadOnlyList<Reported.ReportedFigure> figures);

    /// <summary>Every reported figure, revisions included.</summary>
    IReadOnlyList<Reported.ReportedFigure> ReportedFigures();

    /// <summary>Every import, oldest first.</summary>
    IReadOnlyList<ImportBatch> Batches();

    /// <summary>What the datasets in the store cover: one entry per import that recorded its coverage.</summary>
    CoverageMap CoverageMap();

    /// <summary>Replaces every cross-dataset link (reports of the same incident); see <c>EventLinker</c>.</summary>
    void ReplaceLinks(IReadOnlyList<EventLink> links);

    /// <summary>Every cross-dataset link.</summary>
    IReadOnlyList<EventLink> Links();

    /// <summary>The earlier values of one event (oldest first): what each update replaced, and drops.</summary>
    IReadOnlyList<EventHistoryEntry> History(string eventId);

    /// <summary>A store setting (null when unset), e.g. whether the shipped data were loaded.</summary>
    string? Setting(string key);

    /// <summary>Sets a store setting.</summary>
    void SetSetting(string key, string value);

    /// <summary>The schema version the store is at.</summary>
    int SchemaVersion { get; }
}

/// <summary>An import in progress, inside one transaction.</summary>
public interface IImportSession : IDisposable
{
    /// <summary>Stages one event. An event whose id was already staged in this session replaces the earlier one.</summary>
    void Add(ConflictEvent conflictEvent);

    /// <summary>Writes the staged events and commits: new ids are inserted, changed events updated, unchanged left alone.
    /// <paramref name="completed"/> is the batch as it ended (file hash, records read and rejected), recorded with the counts.</summary>
    ImportCounts Commit(ImportBatch completed);
}

/// <summary>What an import did to the store.</summary>
/// <param name="Imported">New events.</param>
/// <param name="Updated">Events whose content changed (e.g. a newer release revised deaths or place).</param>
/// <param name="Unchanged">Events already stored with identical content.</param>
public readonly record struct ImportCounts(long Imported, long Updated, long Unchanged)
{
    public long Accepted => Imported + Updated + Unchanged;

    /// <summary>Events of the same dataset, inside the import's complete coverage (its days and countries), that the
    /// file does not hold: a newer release that dropped them. Kept (and listed in the history) unless the import asked
    /// to drop them, then moved to the history.</summary>
    public long Missing { get; init; }

    /// <summary>Of <see cref="Missing"/>, how many were removed from the events (moved to the history).</summary>
    public long Dropped { get; init; }
}

/// <summary>An earlier state of an event: the values it had before an import changed or dropped it.</summary>
/// <param name="Event">The event as it was.</param>
/// <param name="ContentHash">Its content hash then.</param>
/// <param name="Batch">The import that wrote those values.</param>
/// <param name="ChangedBy">The import that replaced, dropped or missed it.</param>
/// <param name="Change"><c>updated</c>, <c>dropped</c> (removed) or <c>missing</c> (not in a newer release, kept).</param>
public sealed record EventHistoryEntry(ConflictEvent Event, string ContentHash, string Batch, string ChangedBy, string Change);

/// <summary>One import run: the file, its format and dataset, and when it happened.</summary>
public sealed record ImportBatch(
    string Id,
    string File,
    string FileSha256,
    string Format,
    string Dataset,
    string DatasetVersion,
    DateTimeOffset StartedAt)
{
    public long Read { get; init; }

    public long Imported { get; init; }

    public long Updated { get; init; }

    public long Unchanged { get; init; }

    public long Rejected { get; init; }

    /// <summary>What the import covers (null for imports made before coverage was recorded).</summary>
    public DatasetCoverage? Coverage { get; init; }

    /// <summary>Remove events of this dataset inside the import's complete coverage that the file lacks (kept in the
    /// history); by default they stay and are only counted.</summary>
    public bool DropMissing { get; init; }
}

/// <summary>A report linked to the lead report of the same incident in another dataset.</summary>
/// <param name="EventId">The linked report.</param>
/// <param name="IncidentId">The lead report's id, which names the incident.</param>
/// <param name="Days">Days between the two reports' dates.</param>
/// <param name="Rule">Why they were linked, in words (day, place, kind, sides, tolls).</param>
public sealed record EventLink(string EventId, string IncidentId, int Days, string Rule);

/// <summary>The span of the events in a store (First and Last are null when it is empty).</summary>
public readonly record struct EventCoverage(long Count, DateOnly? First, DateOnly? Last);

/// <summary>A query result: the events and the snapshot id that names them, with the filter that chose them and what
/// the store's datasets cover, so every count built from it knows where it may say zero and where it must say "no data".</summary>
public sealed record EventSet(IReadOnlyList<ConflictEvent> Events, DataSnapshot Snapshot)
{
    /// <summary>The filter the events were selected by.</summary>
    public EventFilter Filter { get; init; } = EventFilter.All;

    /// <summary>What the store's datasets cover (empty: nothing is covered, every count is "no data").</summary>
    public CoverageMap Coverage { get; init; } = CoverageMap.Empty;

    /// <summary>The coverage scope of the filter.</summary>
    public CoverageScope Scope => CoverageScope.Of(Filter);

    /// <summary>One event per incident: reports of the same incident from several datasets count once. The lead
    /// report stands for the incident, with deaths as the range across its sources (lowest low, highest high).</summary>
    public IReadOnlyList<ConflictEvent> Incidents()
    {
        if (Events.All(e => e.IncidentId is null || e.IncidentId == e.Id) && Events.Select(e => e.Incident).Distinct(StringComparer.Ordinal).Count() == Events.Count)
        {
            return Events;
        }

        var result = new List<ConflictEvent>();
        foreach (var group in Events.GroupBy(e => e.Incident, StringComparer.Ordinal))
        {
            var reports = group.ToList();
            var lead = reports.FirstOrDefault(e => e.Id == group.Key) ?? reports[0];
            if (reports.Count > 1)
            {
                var f = lead.Fatalities;
                lead = lead with
                {
                    Fatalities = f with
                    {
                        Low = reports.Min(e => Math.Min(e.Fatalities.Low, e.Fatalities.Best)),
                        High = reports.Max(e => Math.Max(e.Fatalities.High, e.Fatalities.Best)),
                    },
                };
            }

            result.Add(lead);
        }

        return result;
    }
}
