using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Core.Events;
using Crosscurrents.Sources.EventsCsv;
using Crosscurrents.Store.DuckDb;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents events</c>: filter events and print a table or write CSV, JSON or Parquet.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "table (default), csv, json or parquet", DefaultValueFactory = _ => "table" };
        var output = new Option<string>("--out") { Description = "Write to this file (required for parquet)" };
        var limit = OptionRange.Int("--limit", "Rows shown in the table (all rows go to files)", 30, 0, 1_000_000);
        var history = new Option<string>("--history") { Description = "Show one event (by id, e.g. ucdp-ged:113774) with its earlier values: what each newer release changed, and drops" };
        var command = new Command("events", "List events that match the filters.") { format, output, limit, history };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var rows = OptionRange.Get(result, limit, 0, 1_000_000);
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            var filter = filters.Build(result, actors);
            using var store = workspace.OpenStore(readOnly: true);
            if (result.GetValue(history) is { } id)
            {
                return WriteHistory(context, store, id, CliContext.Json(result));
            }

            var fmt = CliContext.Json(result) ? "json" : result.GetValue(format)!.ToLowerInvariant();
            var path = result.GetValue(output);
            if (fmt is not ("table" or "csv" or "json" or "parquet"))
            {
                throw new UsageException($"--format '{fmt}': use table, csv, json or parquet");
            }

            if (fmt == "parquet" && path is null)
            {
                throw new UsageException("--format parquet needs --out FILE.parquet");
            }

            if (fmt == "table")
            {
                var set = store.Query(filter);
                var incidents = WriteTable(context, set.Events, rows);
                context.Console.MarkupLineInterpolated($"{set.Events.Count:N0} reports of {incidents:N0} incidents (reports of one incident in several datasets are one row, with every source); data snapshot {set.Snapshot.Id}");
                return 0;
            }

            // Files and JSON stream the events from the store one at a time: memory stays flat however many match.
            var snapshot = store.Snapshot(filter);
            switch (fmt)
            {
                case "csv":
                    Write(context, path, w => EventsCsvWriter.Write(store.Stream(filter), w));
                    break;
                case "json":
                    Write(context, path, w => WriteJson(w, snapshot, store.Stream(filter)));
                    break;
                default:
                    ParquetExport.Write(store.Stream(filter), path!);
                    break;
            }

            if (path is not null)
            {
                context.Error.WriteLine($"wrote {snapshot.EventCount:N0} events to {Path.GetFullPath(path)} (data snapshot {snapshot.Id})");
            }

            return 0;
        });
        return command;
    }

    /// <summary>An event's current values and every earlier state the store kept.</summary>
    private static int WriteHistory(CliContext context, Core.Storage.IEventStore store, string id, bool json)
    {
        var found = store.Query(EventFilter.All with { Id = id }).Events;
        var current = found.Count > 0 ? found[0] : null;
        var earlier = store.History(id);
        if (current is null && earlier.Count == 0)
        {
            throw new UsageException($"--history '{id}': no event with that id, now or earlier (ids look like ucdp-ged:113774)");
        }

        if (json)
        {
            context.Out.WriteLine(ResultJson.Serialize(new { id, current, history = earlier.Select(h => new { change = h.Change, changedBy = h.ChangedBy, writtenBy = h.Batch, values = h.Event }) }));
            return 0;
        }

        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("state", "import", "date", "district", "side A", "side B", "deaths (low–high)");
        void Row(string state, string batch, ConflictEvent e) => table.AddRow(Markup.Escape(state), Markup.Escape(batch), e.DateStart.ToString("yyyy-MM-dd", c),
            Markup.Escape(e.Place.District ?? ""), Markup.Escape(Side(e.SideA)), Markup.Escape(Side(e.SideB)), string.Create(c, $"{e.Fatalities.Best} ({e.Fatalities.Low}–{e.Fatalities.High})"));
        foreach (var h in earlier)
        {
            Row($"{h.Change} by {h.ChangedBy}", h.Batch, h.Event);
        }

        if (current is not null)
        {
            Row("current", current.ImportBatch ?? "", current);
        }

        context.Console.Write(table);
        return 0;
    }

    /// <summary>{"snapshot", "count", "events": [...]} written event by event, flushed in blocks (event fields are whole
    /// numbers, text and coordinates, so nothing here is non-finite).</summary>
    private static void WriteJson(TextWriter output, Core.Snapshots.DataSnapshot snapshot, IEnumerable<ConflictEvent> events)
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
        foreach (var e in events)
        {
            JsonSerializer.Serialize(json, e, ResultJson.Options);
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

    private static void Write(CliContext context, string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(context.Out);
            return;
        }

        using var file = new StreamWriter(path);
        write(file);
    }

    /// <summary>One row per incident: the lead report, with the sources of every report of it. Returns the incident count.</summary>
    private static int WriteTable(CliContext context, IReadOnlyList<ConflictEvent> reports, int limit)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("id", "date", "province", "district", "side A", "side B", "type", "deaths (low–high)", "sources");
        var incidents = reports.GroupBy(e => e.Incident, StringComparer.Ordinal).ToList();
        var events = incidents.Select(g => g.FirstOrDefault(e => e.Id == g.Key) ?? g.First()).ToList();
        var byIncident = incidents.ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id == g.Key ? 0 : 1).ToList(), StringComparer.Ordinal);
        foreach (var e in events.Take(limit))
        {
            var deaths = byIncident[e.Incident];
            var own = deaths.Select(r => $"{r.Source.Dataset} {r.Source.SourceId} ({r.Fatalities.Best})").ToList();
            table.AddRow(
                Markup.Escape(e.Id),
                e.DateStart.ToString("yyyy-MM-dd", c),
                Markup.Escape(e.Place.Province ?? ""),
                Markup.Escape(e.Place.District ?? ""),
                Markup.Escape(Side(e.SideA)),
                Markup.Escape(Side(e.SideB)),
                Markup.Escape(e.EventType ?? e.ViolenceType.ToString()),
                string.Create(c, $"{e.Fatalities.Best} ({deaths.Min(r => Math.Min(r.Fatalities.Low, r.Fatalities.Best))}–{deaths.Max(r => Math.Max(r.Fatalities.High, r.Fatalities.Best))})"),
                Markup.Escape(own.Count == 1 ? e.Source.Dataset : string.Join("; ", own)));
        }

        context.Console.Write(table);
        if (events.Count > limit)
        {
            context.Console.MarkupLineInterpolated($"(first {limit} of {events.Count:N0}; --limit or --format csv for more)");
        }

        return events.Count;
    }

    private static string Side(ActorMention side) => side.ActorId is null ? side.Name + (side.Name.Length > 0 ? " (unresolved)" : "") : side.ActorId;
}
