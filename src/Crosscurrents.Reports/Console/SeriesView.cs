using System.Globalization;
using Crosscurrents.Analysis.Series;
using Crosscurrents.Series.Counts;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for <see cref="SeriesResult"/> and <see cref="SourcesResult"/>.</summary>
public static class SeriesView
{
    public static void Write(IAnsiConsole console, SeriesResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var fatalities = result.Measure == Measure.Fatalities;
        var table = new Table().AddColumn("period");
        foreach (var g in result.Groups)
        {
            table.AddColumn(new TableColumn(Markup.Escape(g.Name)).RightAligned());
        }

        for (var i = 0; i < result.Periods.Count; i++)
        {
            var cells = new List<string> { result.Periods[i] };
            foreach (var g in result.Groups)
            {
                cells.Add(g.Best[i] is not { } best ? "no data" : fatalities && g.Low[i] != g.High[i]
                    ? string.Create(c, $"{best:0} ({g.Low[i]:0}–{g.High[i]:0})")
                    : best.ToString("0", c));
            }

            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{result.Events:N0} events; data snapshot {result.Snapshot}");
        console.MarkupLineInterpolated($"Coverage: {result.Coverage}. \"no data\": no complete source covers the period (never read as zero).");
    }

    public static void Write(IAnsiConsole console, SourcesResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumn("period");
        foreach (var s in result.Sources)
        {
            table.AddColumn(new TableColumn(Markup.Escape(s.Label)).RightAligned());
        }

        foreach (var period in result.Sources.SelectMany(s => s.Points.Select(p => p.Start)).Distinct().Order())
        {
            table.AddRow([PeriodCalendar.Label(period, result.Resolution), .. result.Sources.Select(s => s.Points.FirstOrDefault(p => p.Start == period)?.Value?.ToString("N0", c) ?? "")]);
        }

        console.Write(table);
        console.MarkupLine("Empty cells: nothing published (never interpolated). Definitions differ between sources; province figures are not added up.");
    }
}
