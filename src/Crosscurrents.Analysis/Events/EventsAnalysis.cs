using System.Text.Json;
using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Core;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.EventsCsv;
using Crosscurrents.Store.DuckDb;

namespace Crosscurrents.Analysis.Events;

/// <summary>The first rows of a query, one per incident, and how many reports and incidents matched.</summary>
public sealed record EventsTableResult(string Snapshot, int Reports, int Incidents, int Limit, IReadOnlyList<IncidentRow> Rows);

/// <summary>An incident: its lead report, with deaths as the range across every report of it and each report's source.</summary>
public sealed record IncidentRow(string Id, DateOnly Date, string? Province, string? District, string SideA, string SideB, string Type,
    int Deaths, int DeathsLow, int DeathsHigh, IReadOnlyList<string> Sources);

/// <summary>An event's current values (null when dropped) and every earlier state the store kept, oldest first.</summary>
public sealed record EventHistoryResult(string Id, ConflictEvent? Current, IReadOnlyList<EventHistoryState> History);

/// <summary>An earlier state: what replaced it (<c>updated</c>, <c>dropped</c>, <c>missing</c>), which import, and the values.</summary>
public sealed record EventHistoryState(string Change, string ChangedBy, string WrittenBy, ConflictEvent Values);

/// <summary>The formats events are written in.</summary>
public enum EventsFormat
{
    Table,
    Csv,
    Json,
    Parquet,
}

/// <summary>Lists events: a table of incidents, one event's history, or every matching event streamed to a file.</summary>
public static class EventsAnalysis
{
    /// <summary>The first <paramref name="limit"/> incidents in id order: the store reads only a page of reports and
    /// counts the rest (so the table costs the same at 5 million events as at 5,000).</summary>
    public static EventsTableResult Table(AnalysisContext context, EventQuery query, int limit)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var filter = query.ToFilter(context.Actors);
        var counts = context.Store.Count(filter, new CountRequest(TimeResolution.Year));
        var incidentCount = counts.Rows.Sum(r => r.Events);

        // Any run of limit + (linked reports) reports in id order holds at least `limit` incidents; the reports of
        // those incidents outside the run are fetched by id.
        var links = context.Store.Links();
        var page = context.Store.Page(filter, 0, (int)Math.Min(int.MaxValue, (long)limit + links.Count));
        var linked = links.GroupBy(l => l.IncidentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(l => l.EventId).ToList(), StringComparer.Ordinal);
        var incidents = page.GroupBy(e => e.Incident, StringComparer.Ordinal).Take(limit).ToList();
        var rows = incidents.Select(g =>
        {
            var reports = g.ToList();
            var missing = linked.GetValueOrDefault(g.Key, []).Append(g.Key).Except(reports.Select(r => r.Id), StringComparer.Ordinal);
            reports.AddRange(missing.SelectMany(id => context.Store.Query(filter with { Id = id }).Events));
            reports = reports.OrderBy(e => e.Id == g.Key ? 0 : 1).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            var e = reports[0];
            var sources = reports.Count == 1 ? [e.Source.Dataset] : reports.Select(r => $"{r.Source.Dataset} {r.Source.SourceId} ({r.Fatalities.Best})").ToList();
            return new IncidentRow(e.Id, e.DateStart, e.Place.Province, e.Place.District, Side(e.SideA), Side(e.SideB), e.EventType ?? e.ViolenceType.ToString(),
                e.Fatalities.Best, reports.Min(r => Math.Min(r.Fatalities.Low, r.Fatalities.Best)), reports.Max(r => Math.Max(r.Fatalities.High, r.Fatalities.Best)), sources);
        }).ToList();
        return new EventsTableResult(counts.Snapshot.Id, checked((int)counts.Snapshot.EventCount), checked((int)incidentCount), limit, rows);
    }

    public static EventHistoryResult History(AnalysisContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = context.Store.Query(EventFilter.All with { Id = id }).Events;
        var current = found.Count > 0 ? found[0] : null;
        var earlier = context.Store.History(id);
        return current is null && earlier.Count == 0
            ? throw new UsageException($"--history '{id}': no event with that id, now or earlier (ids look like ucdp-ged:113774)")
            : new EventHistoryResult(id, current, earlier.Select(h => new EventHistoryState(h.Change, h.ChangedBy, h.Batch, h.Event)).ToList());
    }

    /// <summary>Writes every matching event (CSV or JSON to <paramref name="output"/>, Parquet to <paramref name="path"/>),
    /// streamed from the store one at a time (Parquet: copied inside DuckDB, or staged in a temporary DuckDB file): memory
    /// stays flat however many match.</summary>
    public static DataSnapshot Export(AnalysisContext context, EventQuery query, EventsFormat format, TextWriter? output, string? path)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var filter = query.ToFilter(context.Actors);
        var snapshot = context.Store.Snapshot(filter);
        switch (format)
        {
            case EventsFormat.Csv:
                EventsCsvWriter.Write(context.Store.Stream(filter), output ?? throw new ArgumentNullException(nameof(output)));
                break;
            case EventsFormat.Json:
                WriteJson(output ?? throw new ArgumentNullException(nameof(output)), snapshot, context.Store.Stream(filter));
                break;
            case EventsFormat.Parquet:
                ParquetExport.Write(context.Store, filter, path ?? throw new UsageException("--format parquet needs --out FILE.parquet"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "use Table for the table view");
        }

        return snapshot;
    }

    /// <summary>{"snapshot", "count", "events": [...]} written event by event, flushed in blocks (event fields are whole
    /// numbers, text and coordinates, so nothing here is non-finite).</summary>
    private static void WriteJson(TextWriter output, DataSnapshot snapshot, IEnumerable<ConflictEvent> events)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = ResultJson.Options.Encoder });
        void Flush()
        {
            json.Flush();
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }

        json.WriteStartObject();
        json.WriteString("snapshot", snapshot.Id);
        json.WriteNumber("count", snapshot.EventCount);
        json.WritePropertyName("events");
        json.WriteStartArray();
        var n = 0;
        var info = ResultJson.Options.GetTypeInfo(typeof(ConflictEvent));
        foreach (var e in events)
        {
            JsonSerializer.Serialize(json, e, info);
            if (++n % 1000 == 0)
            {
                Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        Flush();
        output.WriteLine();
    }

    /// <summary>A side as shown: the actor id, or the source's name marked unresolved.</summary>
    public static string Side(ActorMention side)
    {
        return side.ActorId is null ? side.Name + (side.Name.Length > 0 ? " (unresolved)" : "") : side.ActorId;
    }
}
