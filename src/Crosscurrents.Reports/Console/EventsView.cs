using System.Globalization;
using Crosscurrents.Analysis.Events;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console tables for <see cref="EventsTableResult"/> and <see cref="EventHistoryResult"/>.</summary>
public static class EventsView
{
    public static void Write(IAnsiConsole console, EventsTableResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("id", "date", "province", "district", "side A", "side B", "type", "deaths (low–high)", "sources");
        foreach (var e in result.Rows)
        {
            table.AddRow(Markup.Escape(e.Id), e.Date.ToString("yyyy-MM-dd", c), Markup.Escape(e.Province ?? ""), Markup.Escape(e.District ?? ""),
                Markup.Escape(e.SideA), Markup.Escape(e.SideB), Markup.Escape(e.Type), string.Create(c, $"{e.Deaths} ({e.DeathsLow}–{e.DeathsHigh})"),
                Markup.Escape(string.Join("; ", e.Sources)));
        }

        console.Write(table);
        if (result.Incidents > result.Limit)
        {
            console.MarkupLineInterpolated($"(first {result.Limit} of {result.Incidents:N0}; --limit or --format csv for more)");
        }

        console.MarkupLineInterpolated($"{result.Reports:N0} reports of {result.Incidents:N0} incidents (reports of one incident in several datasets are one row, with every source); data snapshot {result.Snapshot}");
    }

    public static void Write(IAnsiConsole console, EventHistoryResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("state", "import", "date", "district", "side A", "side B", "deaths (low–high)");
        void Row(string state, string batch, Core.Events.ConflictEvent e) => table.AddRow(Markup.Escape(state), Markup.Escape(batch), e.DateStart.ToString("yyyy-MM-dd", c),
            Markup.Escape(e.Place.District ?? ""), Markup.Escape(EventsAnalysis.Side(e.SideA)), Markup.Escape(EventsAnalysis.Side(e.SideB)), string.Create(c, $"{e.Fatalities.Best} ({e.Fatalities.Low}–{e.Fatalities.High})"));
        foreach (var h in result.History)
        {
            Row($"{h.Change} by {h.ChangedBy}", h.WrittenBy, h.Values);
        }

        if (result.Current is { } current)
        {
            Row("current", current.ImportBatch ?? "", current);
        }

        console.Write(table);
    }
}
