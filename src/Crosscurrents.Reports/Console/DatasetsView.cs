using System.Globalization;
using Crosscurrents.Analysis.Datasets;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for <see cref="DatasetsResult"/>.</summary>
public static class DatasetsView
{
    public static void Write(IAnsiConsole console, DatasetsResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("dataset", "releases", "events", "matched", "completeness", "covers", "where", "how", "files");
        foreach (var row in result.Datasets)
        {
            var coverages = row.Imports.Where(i => i.Coverage is not null).Select(i => i.Coverage!).ToList();
            table.AddRow(
                Markup.Escape(row.Dataset),
                Markup.Escape(string.Join(", ", row.Releases)),
                row.Events.ToString("N0", c),
                row.Matched.ToString("N0", c),
                Markup.Escape(string.Join(", ", coverages.Select(v => v.Completeness).Distinct(StringComparer.Ordinal))),
                Markup.Escape(string.Join(", ", coverages.Select(v => v.From is { } f && v.To is { } t ? $"{f:yyyy-MM-dd}..{t:yyyy-MM-dd}" : "no days"))),
                Markup.Escape(string.Join(", ", coverages.SelectMany(v => v.Countries).Distinct(StringComparer.Ordinal))),
                Markup.Escape(string.Join(" | ", coverages.Select(v => v.Rule).Distinct(StringComparer.Ordinal))),
                Markup.Escape(string.Join(", ", row.Imports.Select(i => Path.GetFileName(i.File)).Distinct(StringComparer.Ordinal))));
        }

        console.Write(table);
        if (result.Links is { Count: > 0 } links)
        {
            var linked = new Table().AddColumns("report", "same incident as", "days apart", "why");
            foreach (var l in links)
            {
                linked.AddRow(Markup.Escape(l.Report), Markup.Escape(l.Incident), l.Days.ToString(c), Markup.Escape(l.Rule));
            }

            console.Write(linked);
        }

        console.MarkupLineInterpolated($"Coverage: {result.Coverage}.");
        console.MarkupLineInterpolated($"{result.LinkedReports:N0} reports matched to a report of the same incident in another dataset (counted once). A sample never makes a period countable; state a file's coverage with 'import FILE --coverage FROM..TO --countries ...'.");
    }
}
