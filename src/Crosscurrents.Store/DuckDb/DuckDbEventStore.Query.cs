using System.Data.Common;
using System.Runtime.CompilerServices;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    private const string SelectEvents = "SELECT " + Migrations.EventColumns + ", (SELECT min(l.incident_id) FROM event_links l WHERE l.event_id = events.id) FROM events";

    public Task<EventSet> QueryAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        using var cmd = Command(SelectEvents + where + " ORDER BY id", parameters);
        using var reader = cmd.ExecuteReader();
        var events = new List<ConflictEvent>();
        var hashes = new List<(string, string)>();
        while (reader.Read())
        {
            var e = EventRows.Read(reader);
            events.Add(e);
            hashes.Add((e.Id, reader.GetString(EventRows.ContentHash)));
        }

        return Task.FromResult(new EventSet(events, DataSnapshot.Compute(hashes)) { Filter = filter, Coverage = ReadCoverageMap() });
    }

    public Task<EventCoverage> CoverageAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*), min(date_start), max(date_start) FROM events";
        using var r = cmd.ExecuteReader();
        r.Read();
        var count = r.GetInt64(0);
        return Task.FromResult(count == 0 ? new EventCoverage(0, null, null) : new EventCoverage(count, r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2)));
    }

    // DuckDB.NET reads synchronously: the rows arrive chunk by chunk (streaming mode) and are yielded one at a time.
    public async IAsyncEnumerable<ConflictEvent> StreamAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        using var cmd = Command(SelectEvents + where + " ORDER BY id", parameters);
        cmd.UseStreamingMode = true;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return EventRows.Read(reader);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>The snapshot from ids and content hashes streamed in id order and hashed as they arrive, so no event
    /// is materialised.</summary>
    public Task<DataSnapshot> SnapshotAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (where, parameters) = EventFilterSql.Where(filter, EventFilterSql.QuestionMark);
        using var cmd = Command("SELECT id, content_hash FROM events" + where + " ORDER BY id", parameters);
        cmd.UseStreamingMode = true;
        using var reader = cmd.ExecuteReader();
        return Task.FromResult(DataSnapshot.ComputeOrdered(Rows(reader)));

        static IEnumerable<(string, string)> Rows(DbDataReader r)
        {
            while (r.Read())
            {
                yield return (r.GetString(0), r.GetString(1));
            }
        }
    }
}
