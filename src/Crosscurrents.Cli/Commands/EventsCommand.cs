using Crosscurrents.Analysis.Events;
using Crosscurrents.Core;

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
            var query = filters.Query(result);
            var name = CliContext.Json(result) ? "json" : result.GetValue(format)!;
            var fmt = Enum.TryParse<EventsFormat>(name, ignoreCase: true, out var f) && !int.TryParse(name, out _) ? f : throw new UsageException($"--format '{name}': use table, csv, json or parquet");
            var path = result.GetValue(output);
            using var analysis = context.Open(result);
            if (result.GetValue(history) is { } id)
            {
                return context.Render(result, EventsAnalysis.History(analysis.Context, id), EventsView.Write);
            }

            if (fmt == EventsFormat.Table)
            {
                return context.Render(result, EventsAnalysis.Table(analysis.Context, query, rows), EventsView.Write);
            }

            using var file = path is null || fmt == EventsFormat.Parquet ? null : new StreamWriter(path);
            var snapshot = EventsAnalysis.Export(analysis.Context, query, fmt, file ?? context.Out, path);
            if (path is not null)
            {
                context.Error.WriteLine($"wrote {snapshot.EventCount:N0} events to {Path.GetFullPath(path)} (data snapshot {snapshot.Id})");
            }

            return 0;
        });
        return command;
    }
}
