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
        var command = new Command("events", "List events that match the filters.") { format, output, limit };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var rows = OptionRange.Get(result, limit, 0, 1_000_000);
            var workspace = CliContext.Workspace(result);
            var actors = workspace.LoadActors();
            var filter = filters.Build(result, actors);
            using var store = workspace.OpenStore(readOnly: true);
            var set = store.Query(filter);
            var fmt = CliContext.Json(result) ? "json" : result.GetValue(format)!.ToLowerInvariant();
            var path = result.GetValue(output);
            switch (fmt)
            {
                case "table":
                    WriteTable(context, set.Events, rows);
                    context.Console.MarkupLineInterpolated($"{set.Events.Count:N0} events; data snapshot {set.Snapshot.Id}");
                    break;
                case "csv":
                    Write(context, path, w => EventsCsvWriter.Write(set.Events, w));
                    break;
                case "json":
                    Write(context, path, w => w.WriteLine(JsonOutput.Serialize(new
                    {
                        snapshot = set.Snapshot.Id,
                        count = set.Events.Count,
                        events = set.Events,
                    })));
                    break;
                case "parquet":
                    if (path is null)
                    {
                        throw new UsageException("--format parquet needs --out FILE.parquet");
                    }

                    ParquetExport.Write(set.Events, path);
                    break;
                default:
                    throw new UsageException($"--format '{fmt}': use table, csv, json or parquet");
            }

            if (path is not null)
            {
                context.Error.WriteLine($"wrote {set.Events.Count:N0} events to {Path.GetFullPath(path)} (data snapshot {set.Snapshot.Id})");
            }

            return 0;
        });
        return command;
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

    private static void WriteTable(CliContext context, IReadOnlyList<ConflictEvent> events, int limit)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("id", "date", "province", "district", "side A", "side B", "type", "deaths (low–high)");
        foreach (var e in events.Take(limit))
        {
            table.AddRow(
                Markup.Escape(e.Id),
                e.DateStart.ToString("yyyy-MM-dd", c),
                Markup.Escape(e.Place.Province ?? ""),
                Markup.Escape(e.Place.District ?? ""),
                Markup.Escape(Side(e.SideA)),
                Markup.Escape(Side(e.SideB)),
                Markup.Escape(e.EventType ?? e.ViolenceType.ToString()),
                string.Create(c, $"{e.Fatalities.Best} ({e.Fatalities.Low}–{e.Fatalities.High})"));
        }

        context.Console.Write(table);
        if (events.Count > limit)
        {
            context.Console.MarkupLineInterpolated($"(first {limit} of {events.Count:N0}; --limit or --format csv for more)");
        }
    }

    private static string Side(ActorMention side) => side.ActorId is null ? side.Name + (side.Name.Length > 0 ? " (unresolved)" : "") : side.ActorId;
}
