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
}

/// <summary>The span of the events in a store (First and Last are null when it is empty).</summary>
public readonly record struct EventCoverage(long Count, DateOnly? First, DateOnly? Last);

/// <summary>A query result: the events and the snapshot id that names them.</summary>
public sealed record EventSet(IReadOnlyList<ConflictEvent> Events, DataSnapshot Snapshot);
