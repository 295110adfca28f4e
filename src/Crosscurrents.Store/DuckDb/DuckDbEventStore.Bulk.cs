using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Internal;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore : IStoreBulk
{
    Task<IReadOnlyList<EventHistoryEntry>> IStoreBulk.ReadAllHistoryAsync(CancellationToken cancellationToken) =>
        Task.FromResult(ReadHistory("", []));

    Task<IReadOnlyDictionary<string, string>> IStoreBulk.ReadSettingsAsync(CancellationToken cancellationToken)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT key, value FROM settings ORDER BY key";
        using var r = cmd.ExecuteReader();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (r.Read())
        {
            result[r.GetString(0)] = r.GetString(1);
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(result);
    }

    Task<bool> IStoreBulk.IsEmptyAsync(CancellationToken cancellationToken) =>
        Task.FromResult(!Scalar<bool>("SELECT EXISTS (SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM import_batches)"));

    async Task IStoreBulk.LoadAsync(IReadOnlyList<ImportBatch> batches, IAsyncEnumerable<ConflictEvent> events, IReadOnlyList<EventHistoryEntry> history,
        IReadOnlyList<StoredRejection> rejections, CancellationToken cancellationToken)
    {
        ThrowIfReadOnly();
        using var tx = _connection.BeginTransaction();
        foreach (var b in batches)
        {
            InsertBatch(b, b.Imported, b.Updated, b.Unchanged);
        }

        using (var appender = _connection.CreateAppender("events"))
        {
            await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                appender.CreateRow().AppendEvent(e).AppendValue(EventContentHash.Compute(e with { ImportBatch = null, IncidentId = null })).AppendValue(e.ImportBatch ?? "").EndRow();
            }
        }

        foreach (var h in history)
        {
            using var cmd = Command(
                $"INSERT INTO event_history ({Migrations.EventColumns}, changed_by, change, changed_at) VALUES ({string.Join(", ", Enumerable.Repeat("?", 35))})",
                [.. EventValues(h.Event), h.ContentHash, h.Batch, h.ChangedBy, h.Change, h.ChangedAt]);
            cmd.ExecuteNonQuery();
        }

        foreach (var group in rejections.GroupBy(r => r.Batch, StringComparer.Ordinal))
        {
            InsertRejections(group.Key, group);
        }

        Execute(Sql.EventRollupSql.Rebuild(HexToBigint));
        tx.Commit();
    }

    /// <summary>An event's column values, id through source_text, as DuckDB parameters take them.</summary>
    private static object?[] EventValues(ConflictEvent e)
    {
        var p = e.Place;
        var f = e.Fatalities;
        return
        [
            e.Id, e.Source.Dataset, e.Source.Version, e.Source.SourceId, e.DateStart, e.DateEnd, (sbyte)e.DatePrecision,
            p.Country, p.Province, p.District, p.PlaceName, p.SourceProvince, p.SourceDistrict, p.Latitude, p.Longitude, p.Precision,
            e.SideA.Name, e.SideA.ActorId, e.SideB.Name, e.SideB.ActorId, (sbyte)e.ViolenceType, e.EventType,
            f.Low, f.Best, f.High, f.SideA, f.SideB, f.Civilians, f.Unknown, e.SourceText,
        ];
    }
}
