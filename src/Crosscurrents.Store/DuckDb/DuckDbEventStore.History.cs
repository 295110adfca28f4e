using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    public Task<IReadOnlyList<EventHistoryEntry>> HistoryAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ReadHistory("WHERE id = ?", [eventId]));
    }

    private IReadOnlyList<EventHistoryEntry> ReadHistory(string where, object?[] parameters)
    {
        using var cmd = Command($"SELECT {Migrations.EventColumns}, NULL, changed_by, change, changed_at FROM event_history {where} ORDER BY changed_at, changed_by, id", parameters);
        using var r = cmd.ExecuteReader();
        var result = new List<EventHistoryEntry>();
        while (r.Read())
        {
            var e = EventRows.Read(r);
            result.Add(new EventHistoryEntry(e, r.GetString(EventRows.ContentHash), e.ImportBatch ?? "", r.GetString(33), r.GetString(34))
            {
                ChangedAt = r.GetFieldValue<DateTimeOffset>(35),
            });
        }

        return result;
    }
}
