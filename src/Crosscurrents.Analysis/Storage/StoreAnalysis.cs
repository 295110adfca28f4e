using Crosscurrents.Core;
using Crosscurrents.Store;

namespace Crosscurrents.Analysis.Storage;

/// <summary>What a store copy did: from where to where, the snapshot both sides share, and what was copied.</summary>
public sealed record CopyResult(string From, string To, string Snapshot, long Events, long Batches, long HistoryRows, long Rejections);

/// <summary>Moves a whole store between backends (a DuckDB file and a PostgreSQL database, either direction).</summary>
public static class StoreAnalysis
{
    /// <summary>Copies every import, event, history row, reject, link, period, reported figure and setting into a new
    /// store and checks that the copy's data snapshot equals the original's.</summary>
    public static CopyResult Copy(string source, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (!EventStores.IsServer(target) && File.Exists(target))
        {
            throw new UsageException($"--to {target}: the file exists; db copy writes a new store");
        }

        if (!EventStores.IsServer(source) && File.Exists(source))
        {
            // An older file is migrated first, as every other command does on open.
            EventStores.Open(source).Dispose();
        }

        using var fromStore = EventStores.Open(source, readOnly: true);
        using var toStore = EventStores.Open(target);
        var copied = StoreCopy.CopyAsync(fromStore, toStore, cancellationToken).GetAwaiter().GetResult();
        return new CopyResult(EventStores.Describe(source), EventStores.Describe(target), copied.To.Id, copied.To.EventCount, copied.Batches, copied.HistoryRows, copied.Rejections);
    }
}
