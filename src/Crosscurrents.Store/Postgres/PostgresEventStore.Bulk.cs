using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Internal;
using NpgsqlTypes;

namespace Crosscurrents.Store.Postgres;

public sealed partial class PostgresEventStore : IStoreBulk
{
    async Task<IReadOnlyList<EventHistoryEntry>> IStoreBulk.ReadAllHistoryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ReadHistoryAsync(connection, "", [], cancellationToken).ConfigureAwait(false);
    }

    async Task<IReadOnlyDictionary<string, string>> IStoreBulk.ReadSettingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection, "SELECT key, value FROM settings ORDER BY key", []);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[r.GetString(0)] = r.GetString(1);
        }

        return result;
    }

    async Task<bool> IStoreBulk.IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return !await Scalar<bool>(connection, "SELECT EXISTS (SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM import_batches)", cancellationToken).ConfigureAwait(false);
    }

    async Task IStoreBulk.LoadAsync(IReadOnlyList<ImportBatch> batches, IAsyncEnumerable<ConflictEvent> events, IReadOnlyList<EventHistoryEntry> history,
        IReadOnlyList<StoredRejection> rejections, CancellationToken cancellationToken)
    {
        ThrowIfReadOnly();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var b in batches)
        {
            await InsertBatchAsync(connection, tx, b, b.Imported, b.Updated, b.Unchanged, cancellationToken).ConfigureAwait(false);
        }

        await using (var copy = await BinaryCopyWriter.BeginAsync(connection, $"COPY events ({EventColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                copy.StartRow(BinaryCopyWriter.EventFields + 2);
                copy.Event(e);
                copy.Text(EventContentHash.Compute(e with { ImportBatch = null, IncidentId = null }));
                copy.Text(e.ImportBatch ?? "");
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var copy = await BinaryCopyWriter.BeginAsync(connection, $"COPY event_history ({EventColumns}, changed_by, change, changed_at) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var h in history)
            {
                copy.StartRow(BinaryCopyWriter.EventFields + 5);
                copy.Event(h.Event);
                copy.Text(h.ContentHash);
                copy.Text(h.Batch);
                copy.Text(h.ChangedBy);
                copy.Text(h.Change);
                copy.Timestamp(h.ChangedAt);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertRejectionsAsync(connection, rejections, cancellationToken).ConfigureAwait(false);
        await Execute(connection, Sql.EventRollupSql.Rebuild(HexToBigint), cancellationToken, tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
