using System.Globalization;
using Crosscurrents.Analysis.Claims;
using Crosscurrents.Claims;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console table for <see cref="ClaimsResult"/>.</summary>
public static class ClaimsView
{
    public static void Write(IAnsiConsole console, ClaimsResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("claim", "test", "verdict", "effect (95% interval)", "why");
        foreach (var v in result.Claims)
        {
            var colour = v.Verdict switch { "supported" => "green", "contradicted" => "red", "inconclusive" => "yellow", _ => "grey" };
            var interval = v.Ci95 is [var lo, var hi] ? string.Create(c, $" ({lo:0.###}–{hi:0.###})") : "";
            table.AddRow(Markup.Escape(v.Id), v.Test, $"[{colour}]{v.Verdict}[/]{(v.AsOf is null ? "" : " (all data now)")}", Markup.Escape(v.Effect + interval), Markup.Escape(v.Reason + (v.Snapshot is null ? "" : $" [data {v.Snapshot}]")));
            if (v.AsOf is { } a)
            {
                var asOfInterval = a.Ci95 is [var alo, var ahi] ? string.Create(c, $" ({alo:0.###}–{ahi:0.###})") : "";
                table.AddRow("", "", Markup.Escape($"{a.Verdict} (as of {a.Date:yyyy-MM-dd})"), Markup.Escape(a.Effect + asOfInterval), Markup.Escape(a.Reason));
            }
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{result.Claims.Count} claims from {Path.GetFileName(result.File)}; data: {(result.Claims.Count > 0 ? result.Claims[0].Coverage : "")}");
    }
}
