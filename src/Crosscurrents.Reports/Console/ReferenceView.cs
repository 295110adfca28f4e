using System.Globalization;
using Crosscurrents.Analysis.Reference;
using Crosscurrents.Analysis.Reported;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for the reference data (actors, places, periods) and reported figures.</summary>
public static class ReferenceView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ActorRow> actors)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(actors);
        var table = new Table().AddColumns("id", "name", "parent", "role", "aliases");
        foreach (var r in actors)
        {
            table.AddRow(Markup.Escape(r.Id), Markup.Escape(r.Name), Markup.Escape(r.Parent ?? ""), r.Role,
                Markup.Escape(string.Join("; ", r.Aliases.Select(a => a.Source == "*" ? a.Alias : $"{a.Source}: {a.Alias}"))));
        }

        console.Write(table);
    }

    public static void Write(IAnsiConsole console, IReadOnlyList<Place> places)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(places);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("country", "level", "province", "name", "lat", "lon", "former name", "aliases");
        foreach (var p in places)
        {
            table.AddRow(p.Country, p.Level, Markup.Escape(p.Province), Markup.Escape(p.Name),
                p.Latitude?.ToString("0.000", c) ?? "", p.Longitude?.ToString("0.000", c) ?? "",
                Markup.Escape(p.FormerName ?? ""), Markup.Escape(string.Join("; ", p.Aliases)));
        }

        console.Write(table);
    }

    public static void Write(IAnsiConsole console, IReadOnlyList<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(periods);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("start", "end", "kind", "description");
        foreach (var p in periods)
        {
            table.AddRow(p.Start.ToString("yyyy-MM-dd", c), p.End?.ToString("yyyy-MM-dd", c) ?? "(unknown)", p.Kind, Markup.Escape(p.Description));
        }

        console.Write(table);
    }

    public static void Write(IAnsiConsole console, ReportedResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("year", "sum of months", "published annual total", "months reported");
        foreach (var y in result.Years)
        {
            table.AddRow(y.Year.ToString(c), y.SumOfMonths?.ToString("N0", c) ?? $"not summed: {y.MissingMonths.Count} month(s) missing",
                y.PublishedTotal?.ToString("N0", c) ?? "", string.Join("", Enumerable.Range(1, 12).Select(m => y.MissingMonths.Contains(m) ? "·" : "■")));
        }

        console.MarkupLineInterpolated($"{result.Publisher} {result.Measure} ({result.Quantity}), {result.Place}, {(result.Revision == "latest" ? "latest revision" : result.Revision)}: {result.Months.Count(m => m.Value is not null)} of {result.Months.Count} months reported");
        console.Write(table);
    }
}
