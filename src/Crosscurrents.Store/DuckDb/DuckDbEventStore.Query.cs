using System.Data.Common;
using System.Text;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    private const string SelectEvents = "SELECT " + Migrations.EventColumns + ", (SELECT min(l.incident_id) FROM event_links l WHERE l.event_id = events.id) FROM events";

    public EventSet Query(EventFilter filter)
    {
        var (where, parameters) = Where(filter);
        using var cmd = Command(SelectEvents + where + " ORDER BY id", parameters);
        using var reader = cmd.ExecuteReader();
        var events = new List<ConflictEvent>();
        var hashes = new List<(string, string)>();
        while (reader.Read())
        {
            var e = ReadEvent(reader);
            events.Add(e);
            hashes.Add((e.Id, reader.GetString(30)));
        }

        return new EventSet(events, DataSnapshot.Compute(hashes)) { Filter = filter, Coverage = CoverageMap() };
    }

    public EventCoverage Coverage()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT count(*), min(date_start), max(date_start) FROM events";
        using var r = cmd.ExecuteReader();
        r.Read();
        var count = r.GetInt64(0);
        return count == 0 ? new EventCoverage(0, null, null) : new EventCoverage(count, r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2));
    }

    public IEnumerable<ConflictEvent> Stream(EventFilter filter)
    {
        var (where, parameters) = Where(filter);
        using var cmd = Command(SelectEvents + where + " ORDER BY id", parameters);
        cmd.UseStreamingMode = true; // rows arrive chunk by chunk instead of the whole result at once
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadEvent(reader);
        }
    }

    /// <summary>The snapshot from ids and content hashes streamed in id order and hashed as they arrive, so no event
    /// is materialised.</summary>
    public DataSnapshot Snapshot(EventFilter filter)
    {
        var (where, parameters) = Where(filter);
        using var cmd = Command("SELECT id, content_hash FROM events" + where + " ORDER BY id", parameters);
        cmd.UseStreamingMode = true;
        using var reader = cmd.ExecuteReader();
        return DataSnapshot.ComputeOrdered(Rows(reader));

        static IEnumerable<(string, string)> Rows(DbDataReader r)
        {
            while (r.Read())
            {
                yield return (r.GetString(0), r.GetString(1));
            }
        }
    }

    private static (string Sql, List<object?> Parameters) Where(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var clauses = new List<string>();
        var parameters = new List<object?>();

        void Add(string clause, params object?[] values)
        {
            clauses.Add(clause);
            parameters.AddRange(values);
        }

        string InList(IReadOnlySet<string> ids)
        {
            var sb = new StringBuilder("(");
            foreach (var id in ids.Order(StringComparer.Ordinal))
            {
                sb.Append(sb.Length > 1 ? ", ?" : "?");
                parameters.Add(id);
            }

            return sb.Append(')').ToString();
        }

        if (filter.From is { } from)
        {
            Add("date_start >= ?", from);
        }

        if (filter.To is { } to)
        {
            Add("date_start <= ?", to);
        }

        if (filter.Country is { } country)
        {
            Add("lower(country) = lower(?)", country);
        }

        if (filter.Province is { } province)
        {
            Add("(lower(province) = lower(?) OR lower(source_province) = lower(?))", province, province);
        }

        if (filter.District is { } district)
        {
            Add("(lower(district) = lower(?) OR lower(source_district) = lower(?))", district, district);
        }

        if (filter.ViolenceType is { } violence)
        {
            Add("violence_type = ?", (sbyte)violence);
        }

        if (filter.MinFatalities is { } min)
        {
            Add("fatalities_best >= ?", min);
        }

        if (filter.Dataset is { } dataset)
        {
            Add("dataset = ?", dataset);
        }

        if (filter.Id is { } id)
        {
            Add("id = ?", id);
        }

        if (filter.ActorIds is { Count: > 0 } actors)
        {
            if (filter.OpponentIds is { Count: > 0 } opponents)
            {
                var a1 = InList(actors);
                var b1 = InList(opponents);
                var b2 = InList(opponents);
                var a2 = InList(actors);
                clauses.Add($"((side_a_actor IN {a1} AND side_b_actor IN {b1}) OR (side_a_actor IN {b2} AND side_b_actor IN {a2}))");
            }
            else
            {
                var a1 = InList(actors);
                var a2 = InList(actors);
                clauses.Add($"(side_a_actor IN {a1} OR side_b_actor IN {a2})");
            }
        }

        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), parameters);
    }

    private static ConflictEvent ReadEvent(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        int? I(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        return new ConflictEvent
        {
            Id = r.GetString(0),
            Source = new EventSource(r.GetString(1), r.GetString(2), r.GetString(3)),
            DateStart = r.GetFieldValue<DateOnly>(4),
            DateEnd = r.GetFieldValue<DateOnly>(5),
            DatePrecision = (DatePrecision)r.GetFieldValue<sbyte>(6),
            Place = new EventPlace(r.GetString(7), S(8), S(9), S(10), S(11), S(12), D(13), D(14), I(15)),
            SideA = new ActorMention(r.GetString(16), S(17)),
            SideB = new ActorMention(r.GetString(18), S(19)),
            ViolenceType = (ViolenceType)r.GetFieldValue<sbyte>(20),
            EventType = S(21),
            Fatalities = new Fatalities(r.GetInt32(22), r.GetInt32(23), r.GetInt32(24), I(25), I(26), I(27), I(28)),
            SourceText = S(29),
            ImportBatch = S(31),
            IncidentId = S(32),
        };
    }
}
