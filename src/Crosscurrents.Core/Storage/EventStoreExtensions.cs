using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Reported;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;

// In the root namespace on purpose: every Crosscurrents.* namespace encloses it, so the synchronous call sites written
// against the earlier synchronous interface keep compiling without a using.
namespace Crosscurrents;

/// <summary>
/// The synchronous forms of <see cref="IEventStore"/> and <see cref="IImportSession"/>: each blocks on the
/// asynchronous method of the same name. For command-line code and tests, which have no synchronization context; a
/// server awaits the asynchronous methods instead.
/// </summary>
public static class EventStoreExtensions
{
    /// <summary>Starts an import (blocks on <see cref="IEventStore.BeginImportAsync"/>).</summary>
    public static IImportSession BeginImport(this IEventStore store, ImportBatch batch) => Wait(Check(store).BeginImportAsync(batch));

    /// <summary>The events a filter selects (blocks on <see cref="IEventStore.QueryAsync"/>).</summary>
    public static EventSet Query(this IEventStore store, EventFilter filter) => Wait(Check(store).QueryAsync(filter));

    /// <summary>A page of the events a filter selects (blocks on <see cref="IEventStore.PageAsync"/>).</summary>
    public static IReadOnlyList<ConflictEvent> Page(this IEventStore store, EventFilter filter, long offset, int limit) => Wait(Check(store).PageAsync(filter, offset, limit));

    /// <summary>Counts per period and key (blocks on <see cref="IEventStore.CountAsync"/>).</summary>
    public static EventCounts Count(this IEventStore store, EventFilter filter, CountRequest request) => Wait(Check(store).CountAsync(filter, request));

    /// <summary>Incidents per best death toll (blocks on <see cref="IEventStore.TollsAsync"/>).</summary>
    public static IReadOnlyList<TollCount> Tolls(this IEventStore store, EventFilter filter) => Wait(Check(store).TollsAsync(filter));

    /// <summary>The events a filter selects, streamed in id order (blocks on each <see cref="IEventStore.StreamAsync"/> step).</summary>
    public static IEnumerable<ConflictEvent> Stream(this IEventStore store, EventFilter filter) => Check(store).StreamAsync(filter).ToBlockingEnumerable();

    /// <summary>The span of the stored events (blocks on <see cref="IEventStore.CoverageAsync"/>).</summary>
    public static EventCoverage Coverage(this IEventStore store) => Wait(Check(store).CoverageAsync());

    /// <summary>The snapshot of the events a filter selects (blocks on <see cref="IEventStore.SnapshotAsync"/>).</summary>
    public static DataSnapshot Snapshot(this IEventStore store, EventFilter filter) => Wait(Check(store).SnapshotAsync(filter));

    /// <summary>Replaces the stored timeline (blocks on <see cref="IEventStore.ReplaceTimelineAsync"/>).</summary>
    public static void ReplaceTimeline(this IEventStore store, Timeline timeline) => Wait(Check(store).ReplaceTimelineAsync(timeline));

    /// <summary>The stored timeline (blocks on <see cref="IEventStore.TimelineAsync"/>).</summary>
    public static Timeline Timeline(this IEventStore store) => Wait(Check(store).TimelineAsync());

    /// <summary>Replaces the reported figures of one file (blocks on <see cref="IEventStore.ReplaceReportedFiguresAsync"/>).</summary>
    public static void ReplaceReportedFigures(this IEventStore store, string sourceFile, IReadOnlyList<ReportedFigure> figures) =>
        Wait(Check(store).ReplaceReportedFiguresAsync(sourceFile, figures));

    /// <summary>Every reported figure (blocks on <see cref="IEventStore.ReportedFiguresAsync"/>).</summary>
    public static IReadOnlyList<ReportedFigure> ReportedFigures(this IEventStore store) => Wait(Check(store).ReportedFiguresAsync());

    /// <summary>Every import, oldest first (blocks on <see cref="IEventStore.BatchesAsync"/>).</summary>
    public static IReadOnlyList<ImportBatch> Batches(this IEventStore store) => Wait(Check(store).BatchesAsync());

    /// <summary>What the datasets cover (blocks on <see cref="IEventStore.CoverageMapAsync"/>).</summary>
    public static CoverageMap CoverageMap(this IEventStore store) => Wait(Check(store).CoverageMapAsync());

    /// <summary>Replaces every cross-dataset link (blocks on <see cref="IEventStore.ReplaceLinksAsync"/>).</summary>
    public static void ReplaceLinks(this IEventStore store, IReadOnlyList<EventLink> links) => Wait(Check(store).ReplaceLinksAsync(links));

    /// <summary>Every cross-dataset link (blocks on <see cref="IEventStore.LinksAsync"/>).</summary>
    public static IReadOnlyList<EventLink> Links(this IEventStore store) => Wait(Check(store).LinksAsync());

    /// <summary>The earlier values of one event (blocks on <see cref="IEventStore.HistoryAsync"/>).</summary>
    public static IReadOnlyList<EventHistoryEntry> History(this IEventStore store, string eventId) => Wait(Check(store).HistoryAsync(eventId));

    /// <summary>The records imports refused (blocks on <see cref="IEventStore.RejectionsAsync"/>).</summary>
    public static IReadOnlyList<StoredRejection> Rejections(this IEventStore store, string? batchId = null) => Wait(Check(store).RejectionsAsync(batchId));

    /// <summary>A store setting, null when unset (blocks on <see cref="IEventStore.SettingAsync"/>).</summary>
    public static string? Setting(this IEventStore store, string key) => Wait(Check(store).SettingAsync(key));

    /// <summary>Sets a store setting (blocks on <see cref="IEventStore.SetSettingAsync"/>).</summary>
    public static void SetSetting(this IEventStore store, string key, string value) => Wait(Check(store).SetSettingAsync(key, value));

    /// <summary>Stages one event (blocks on <see cref="IImportSession.AddAsync"/>).</summary>
    public static void Add(this IImportSession session, ConflictEvent conflictEvent)
    {
        ArgumentNullException.ThrowIfNull(session);
        var pending = session.AddAsync(conflictEvent);
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Stages one refused record (blocks on <see cref="IImportSession.RejectAsync"/>).</summary>
    public static void Reject(this IImportSession session, StoredRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(session);
        var pending = session.RejectAsync(rejection);
        if (!pending.IsCompletedSuccessfully)
        {
            pending.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Writes the staged events and commits (blocks on <see cref="IImportSession.CommitAsync"/>).</summary>
    public static ImportCounts Commit(this IImportSession session, ImportBatch completed)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Wait(session.CommitAsync(completed));
    }

    private static IEventStore Check(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store;
    }

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
