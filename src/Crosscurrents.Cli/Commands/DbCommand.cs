using Crosscurrents.Analysis.Storage;
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
        copy.SetAction(result => context.Render(result, StoreAnalysis.Copy(result.GetValue(from)!, result.GetValue(to)!), (console, copied) =>
        {
            console.MarkupLineInterpolated($"Copied {copied.Events:N0} events, {copied.Batches:N0} imports, {copied.HistoryRows:N0} history rows and {copied.Rejections:N0} rejects from {copied.From} to {copied.To}.");
            console.MarkupLineInterpolated($"Snapshot {copied.Snapshot} on both.");
        }));
        return new Command("db", "Manage stores: copy one between DuckDB and PostgreSQL.") { copy };
    }
}
