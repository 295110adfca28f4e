using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Store.Internal;

/// <summary>What <see cref="StoreCopy"/> needs beyond <see cref="IEventStore"/>: every history row and setting, and
/// a bulk load of a whole store (batches with their counts, events with their batch, history, rejects) into an empty
/// one in one transaction. Both backends implement it.</summary>
internal interface IStoreBulk
{
    /// <summary>Every history row of every event, oldest first.</summary>
    Task<IReadOnlyList<EventHistoryEntry>> ReadAllHistoryAsync(CancellationToken cancellationToken);

    /// <summary>Every setting.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadSettingsAsync(CancellationToken cancellationToken);

    /// <summary>True when the store holds no import and no event.</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>Writes batches, events (each keeping its <see cref="ConflictEvent.ImportBatch"/>), history and rejects
    /// in one transaction: all of it or, on failure, none.</summary>
    Task LoadAsync(IReadOnlyList<ImportBatch> batches, IAsyncEnumerable<ConflictEvent> events, IReadOnlyList<EventHistoryEntry> history,
        IReadOnlyList<StoredRejection> rejections, CancellationToken cancellationToken);
}
