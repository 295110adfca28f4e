using Crosscurrents.Core.Events;

namespace Crosscurrents.Core.Storage;

/// <summary>An import in progress, inside one transaction.</summary>
public interface IImportSession : IDisposable, IAsyncDisposable
{
    /// <summary>Stages one event. An event whose id was already staged in this session replaces the earlier one.</summary>
    ValueTask AddAsync(ConflictEvent conflictEvent, CancellationToken cancellationToken = default);

    /// <summary>Stages one refused record; stored with the import's batch when it commits (and discarded with it).</summary>
    ValueTask RejectAsync(StoredRejection rejection, CancellationToken cancellationToken = default);

    /// <summary>Writes the staged events and commits: new ids are inserted, changed events updated, unchanged left alone.
    /// <paramref name="completed"/> is the batch as it ended (file hash, records read and rejected), recorded with the counts.</summary>
    Task<ImportCounts> CommitAsync(ImportBatch completed, CancellationToken cancellationToken = default);
}
