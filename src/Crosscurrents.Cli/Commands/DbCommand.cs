using System.CommandLine;
using Crosscurrents.Analysis;
using Crosscurrents.Store;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents db copy --from A --to B</c>: moves a whole store between a DuckDB file and a PostgreSQL
/// database (either direction), checking that the copy's data snapshot equals the original's.</summary>
internal static class DbCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The store to copy: a DuckDB file, a PostgreSQL connection string (Host=...;Database=...) or a postgres:// URL", Required = true };
        var to = new Option<string>("--to") { Description = "The new store: a DuckDB file that does not exist yet or an empty PostgreSQL database", Required = true };
        var copy = new Command("copy", "Copy every import, event, history row, reject, link, period, reported figure and setting into a new store; the snapshots must match.") { from, to };
        copy.SetAction(result =>
        {
            var source = result.GetValue(from)!;
            var target = result.GetValue(to)!;
            if (!EventStores.IsServer(target) && File.Exists(target))
            {
                throw new Core.UsageException($"--to {target}: the file exists; db copy writes a new store");
            }

            if (!EventStores.IsServer(source) && File.Exists(source))
            {
                // An older file is migrated first, as every other command does on open.
                EventStores.Open(source).Dispose();
            }

            using var fromStore = EventStores.Open(source, readOnly: true);
            using var toStore = EventStores.Open(target);
            var copied = StoreCopy.CopyAsync(fromStore, toStore).GetAwaiter().GetResult();
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    from = EventStores.Describe(source),
                    to = EventStores.Describe(target),
                    snapshot = copied.To.Id,
                    events = copied.To.EventCount,
                    batches = copied.Batches,
                    historyRows = copied.HistoryRows,
                    rejections = copied.Rejections,
                }));
                return 0;
            }

            context.Console.MarkupLineInterpolated($"Copied {copied.To.EventCount:N0} events, {copied.Batches:N0} imports, {copied.HistoryRows:N0} history rows and {copied.Rejections:N0} rejects from {EventStores.Describe(source)} to {EventStores.Describe(target)}.");
            context.Console.MarkupLineInterpolated($"Snapshot {copied.From.Id} on both.");
            return 0;
        });
        return new Command("db", "Manage stores: copy one between DuckDB and PostgreSQL.") { copy };
    }
}
