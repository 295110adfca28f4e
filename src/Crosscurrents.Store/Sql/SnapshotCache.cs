using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;

namespace Crosscurrents.Store.Sql;

/// <summary>
/// The snapshots of the filters the rollup cannot answer (a minimum of deaths, an id, dates off piece boundaries), which
/// read every selected event's content hash (about 30 ms of CPU for 2e5 of 1e6 events), kept per store and per state of
/// its events: the snapshot of the whole store, which the rollup gives in well under a millisecond and which any write
/// that adds, changes or removes an event changes (it is built on the same 60-bit keys of the content hashes as every
/// snapshot id). Only snapshots are kept, never events or counts.
/// </summary>
/// <remarks>Shared by every open store of the process (the web host opens one per concurrent request), bounded, and
/// emptied when full. A cached snapshot is returned only when the store's state read just before matches the state the
/// snapshot was computed with in the same statement.</remarks>
internal static class SnapshotCache
{
    private const int Capacity = 256;

    private static readonly ConcurrentDictionary<string, (DataSnapshot State, DataSnapshot Snapshot)> Entries = new(StringComparer.Ordinal);

    /// <summary>The state query: the snapshot aggregates of the whole store, from the rollup.</summary>
    public static (string Sql, List<object> Parameters) State(Func<int, string> placeholder) => EventRollupSql.Snapshot(new EventFilter(), placeholder);

    /// <summary>One row: the state (columns 0 to 2) and the filter's snapshot aggregates (3 to 5), read together.</summary>
    public static (string Sql, List<object> Parameters) StateAndSnapshot(EventFilter filter, Func<int, string> placeholder, Func<string, string> hexToBigint)
    {
        var (state, _) = State(placeholder);
        var (snapshot, parameters) = EventCountSql.Snapshot(filter, placeholder, hexToBigint);
        return ($"SELECT s.*, f.* FROM ({state}) s, ({snapshot}) f", parameters);
    }

    /// <summary>What names a filter's snapshot in one store: the store and the WHERE clause with its values.</summary>
    public static string Key(string store, EventFilter filter)
    {
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        var key = new StringBuilder(store).Append('\u001f').Append(where);
        foreach (var p in parameters)
        {
            key.Append('\u001f').Append(p.GetType().Name).Append(':').Append(Convert.ToString(p, CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    public static bool TryGet(string key, DataSnapshot state, out DataSnapshot snapshot)
    {
        if (Entries.TryGetValue(key, out var entry) && entry.State == state)
        {
            snapshot = entry.Snapshot;
            return true;
        }

        snapshot = default;
        return false;
    }

    public static void Add(string key, DataSnapshot state, DataSnapshot snapshot)
    {
        if (Entries.Count >= Capacity)
        {
            Entries.Clear();
        }

        Entries[key] = (state, snapshot);
    }
}
