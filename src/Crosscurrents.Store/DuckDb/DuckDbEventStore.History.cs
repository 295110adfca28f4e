using Crosscurrents.Core.Storage;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    public IReadOnlyList<EventHistoryEntry> History(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        using var cmd = Command($"SELECT {Migrations.EventColumns}, NULL, changed_by, change FROM event_history WHERE id = ? ORDER BY changed_at, changed_by", [eventId]);
        using var r = cmd.ExecuteReader();
        var result = new List<EventHistoryEntry>();
        while (r.Read())
        {
            var e = ReadEvent(r);
            result.Add(new EventHistoryEntry(e, r.GetString(30), e.ImportBatch ?? "", r.GetString(33), r.GetString(34)));
        }

        return result;
    }
}
