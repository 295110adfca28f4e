using System.Globalization;
using Crosscurrents.Analysis.Importing;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console summaries of imports.</summary>
public static class ImportView
{
    public static void Write(IAnsiConsole console, ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var summary = result.Summary;
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("read", "imported", "updated", "unchanged", "rejected");
        table.AddRow(summary.Read.ToString("N0", c), summary.Counts.Imported.ToString("N0", c), summary.Counts.Updated.ToString("N0", c),
            summary.Counts.Unchanged.ToString("N0", c), summary.Rejected.ToString("N0", c));
        console.MarkupLineInterpolated($"Imported [bold]{summary.Format}[/] ({summary.Dataset} {summary.DatasetVersion}; {summary.Encoding}), batch {summary.BatchId}");
        console.Write(table);
        foreach (var r in summary.FirstRejections)
        {
            console.MarkupLineInterpolated($"[red]rejected[/] {r}");
        }

        if (summary.RejectsPath is not null)
        {
            console.MarkupLineInterpolated($"All {summary.Rejected:N0} rejected records, with reasons: {summary.RejectsPath}");
        }

        if (summary.UnresolvedSides.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{summary.UnresolvedSides.Count} side name(s) not in the actor registry[/] (events kept; add aliases to data/actors/aliases.csv):");
            foreach (var (name, count) in summary.UnresolvedSides.OrderByDescending(kv => kv.Value))
            {
                console.MarkupLineInterpolated($"  {name}: {count:N0} events");
            }
        }

        if (summary.Counts.Missing > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{summary.Counts.Missing:N0} events of {summary.Dataset} inside this release's coverage are not in the file[/]: {(summary.Counts.Dropped > 0 ? "removed (--drop-missing); their values are in the history" : "kept; import again with --drop-missing to remove them (their values stay in the history)")}");
        }

        if (summary.Coverage is { } coverage)
        {
            console.MarkupLineInterpolated($"Coverage: {coverage.Describe()} ({coverage.Rule})");
        }

        if (summary.Links is { Links.Count: > 0 } links)
        {
            console.MarkupLineInterpolated($"{links.Links.Count:N0} reports matched to a report of the same incident in another dataset (counted once); {links.NearMisses.Count:N0} near misses kept apart ('datasets --links' lists the matches)");
            foreach (var miss in links.NearMisses.Take(5))
            {
                console.MarkupLineInterpolated($"  near miss: {miss.EventId} and {miss.CandidateId}: {miss.Reason}");
            }
        }

        console.MarkupLineInterpolated($"Database {result.Database}: {result.Events:N0} events, data snapshot {result.Snapshot}");
    }

    public static void Write(IAnsiConsole console, ReportedFiguresImportResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        console.MarkupLineInterpolated($"Imported [bold]{result.Format}[/] ({result.Encoding}): {result.Rows} rows, {result.Figures} figures, {result.Rejected} rejected");
        foreach (var r in result.Rejections)
        {
            console.MarkupLineInterpolated($"[red]rejected[/] {r.Text}");
        }

        foreach (var w in result.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]note[/] {w}");
        }
    }
}
