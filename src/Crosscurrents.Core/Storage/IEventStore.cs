using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Core.Storage;

/// <summary>
/// Where events live. The embedded DuckDB store is the default; a PostgreSQL store implements the same contract (the
/// store contract tests run against both).
/// </summary>
/// <remarks>
/// Every method is asynchronous and takes a <see cref="CancellationToken"/>; event reads stream as
/// <see cref="IAsyncEnumerable{T}"/> in ascending id order. Failures the user can act on (a store that cannot be
/// opened, a write to a read-only store) are <see cref="StoreException"/>. The synchronous forms the product used before
/// (<c>Query</c>, <c>Stream</c>, <c>Batches</c>, ...) are extension methods in <c>EventStoreExtensions</c>.
/// </remarks>
public interface IEventStore : IDisposable, IAsyncDisposable
{
    /// <summary>The schema version the store is at (read when it was opened).</summary>
    int SchemaVersion { get; }

    /// <summary>Starts an import. Nothing is visible to readers until <see cref="IImportSession.CommitAsync"/>;
    /// disposing an uncommitted session (or the process dying) leaves the store as it was.</summary>
    Task<IImportSession> BeginImportAsync(ImportBatch batch, CancellationToken cancellationToken = default);

    /// <summary>The events a filter selects, in ascending id order, with the snapshot that names them and what the
    /// store's datasets cover, all read from one consistent state of the store.</summary>
    Task<EventSet> QueryAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The events a filter selects, in ascending (ordinal) id order, read one at a time as the caller
    /// enumerates them: constant memory however many there are (each carries its incident id, like
    /// <see cref="QueryAsync"/>).</summary>
    IAsyncEnumerable<ConflictEvent> StreamAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Incidents and deaths per period and key, aggregated where the events live (one incident once, as
    /// <see cref="EventSet.Incidents"/>), with the snapshot of the events a filter selects and what the datasets
    /// cover: memory in the number of rows, not of events.</summary>
    Task<EventCounts> CountAsync(EventFilter filter, CountRequest request, CancellationToken cancellationToken = default);

    /// <summary>How many incidents the filter selects have each best death toll (negative tolls as 0), ascending by
    /// toll: one incident once, its lead report's toll (as <see cref="EventSet.Incidents"/>), aggregated where the events
    /// live.</summary>
    Task<IReadOnlyList<TollCount>> TollsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Events <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> of those a filter
    /// selects, in ascending (ordinal) id order, chosen by the store (ORDER BY ... LIMIT): only the page is read.</summary>
    Task<IReadOnlyList<ConflictEvent>> PageAsync(EventFilter filter, long offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>How many events the store holds and the dates of the first and last, without materialising them.</summary>
    Task<EventCoverage> CoverageAsync(CancellationToken cancellationToken = default);

    /// <summary>The snapshot of the events a filter selects, without materialising them.</summary>
    Task<DataSnapshot> SnapshotAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored timeline (kept in the store so SQL users and other tools see the same periods).</summary>
    Task ReplaceTimelineAsync(Timeline timeline, CancellationToken cancellationToken = default);

    /// <summary>The stored timeline.</summary>
    Task<Timeline> TimelineAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the reported figures that came from one file (re-importing the file changes nothing).</summary>
    Task ReplaceReportedFiguresAsync(string sourceFile, IReadOnlyList<Reported.ReportedFigure> figures, CancellationToken cancellationToken = default);

    /// <summary>Every reported figure, revisions included.</summary>
    Task<IReadOnlyList<Reported.ReportedFigure>> ReportedFiguresAsync(CancellationToken cancellationToken = default);

    /// <summary>Every import, oldest first.</summary>
    Task<IReadOnlyList<ImportBatch>> BatchesAsync(CancellationToken cancellationToken = default);

    /// <summary>What the datasets in the store cover: one entry per import that recorded its coverage.</summary>
    Task<CoverageMap> CoverageMapAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces every cross-dataset link (reports of the same incident); see <c>EventLinker</c>.</summary>
    Task ReplaceLinksAsync(IReadOnlyList<EventLink> links, CancellationToken cancellationToken = default);

    /// <summary>Every cross-dataset link.</summary>
    Task<IReadOnlyList<EventLink>> LinksAsync(CancellationToken cancellationToken = default);

    /// <summary>The earlier values of one event (oldest first): what each update replaced, and drops.</summary>
    Task<IReadOnlyList<EventHistoryEntry>> HistoryAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>The records imports refused, in batch and line order (<paramref name="batchId"/> null: every batch).</summary>
    Task<IReadOnlyList<StoredRejection>> RejectionsAsync(string? batchId = null, CancellationToken cancellationToken = default);

    /// <summary>A store setting (null when unset), e.g. whether the shipped data were loaded.</summary>
    Task<string?> SettingAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Sets a store setting.</summary>
    Task SetSettingAsync(string key, string value, CancellationToken cancellationToken = default);
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
public sealed record EventHistoryEntry(ConflictEvent Event, string ContentHash, string Batch, string ChangedBy, string Change)
{
    /// <summary>When the change was written (kept when a store is copied to another backend).</summary>
    public DateTimeOffset ChangedAt { get; init; }
}

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

    /// <summary>Every event of the import carries <see cref="Dataset"/> (its format fixes the dataset) and no id twice,
    /// so a store that holds none of that dataset's events can take the rows straight into its events table: none can
    /// match a stored id. Stores check both and refuse an event that breaks them.</summary>
    public bool DatasetFixed { get; init; }
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

/// <summary>Incidents with one best death toll.</summary>
public readonly record struct TollCount(long Toll, long Incidents);
