using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Internal;

namespace Crosscurrents.Store;

/// <summary>
/// Moves a whole store to another, empty one, in either direction between DuckDB and PostgreSQL: imports with their
/// provenance and coverage, events with their batch, the history, rejects, links, timeline, reported figures and
/// settings. The data snapshot of the copy equals the original's.
/// </summary>
public static class StoreCopy
{
    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/>, which must be empty.</summary>
    /// <exception cref="StoreException">The target already holds events or imports, or a store is not one of the
    /// built-in backends.</exception>
    public static async Task<StoreCopyResult> CopyAsync(IEventStore from, IEventStore to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from is not IStoreBulk source || to is not IStoreBulk target)
        {
            throw new StoreException("db copy: both stores must be DuckDB files or PostgreSQL databases");
        }

        if (!await target.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new StoreException("db copy: the target store already holds imports or events; copy into a new DuckDB file or an empty database");
        }

        var batches = await from.BatchesAsync(cancellationToken).ConfigureAwait(false);
        var history = await source.ReadAllHistoryAsync(cancellationToken).ConfigureAwait(false);
        var rejections = await from.RejectionsAsync(null, cancellationToken).ConfigureAwait(false);
        await target.LoadAsync(batches, from.StreamAsync(EventFilter.All, cancellationToken), history, rejections, cancellationToken).ConfigureAwait(false);

        await to.ReplaceLinksAsync(await from.LinksAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        await to.ReplaceTimelineAsync(await from.TimelineAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        foreach (var file in (await from.ReportedFiguresAsync(cancellationToken).ConfigureAwait(false)).GroupBy(f => f.File, StringComparer.Ordinal))
        {
            await to.ReplaceReportedFiguresAsync(file.Key, file.ToList(), cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, value) in await source.ReadSettingsAsync(cancellationToken).ConfigureAwait(false))
        {
            await to.SetSettingAsync(key, value, cancellationToken).ConfigureAwait(false);
        }

        var before = await from.SnapshotAsync(EventFilter.All, cancellationToken).ConfigureAwait(false);
        var after = await to.SnapshotAsync(EventFilter.All, cancellationToken).ConfigureAwait(false);
        if (before != after)
        {
            throw new StoreException($"db copy: the copy's snapshot {after} differs from the original's {before}");
        }

        return new StoreCopyResult(before, after, batches.Count, history.Count, rejections.Count);
    }
}
