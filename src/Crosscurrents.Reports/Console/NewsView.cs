using System.Globalization;
using Crosscurrents.Analysis.News;
using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>Console table for the news coder's scores.</summary>
public static class NewsView
{
    public static void Write(IAnsiConsole console, CodeEvalResult result, bool errors)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var scores = result.Scores;
        var c = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("measure", "value");
        table.AddRow("documents", scores.Documents.ToString(c));
        table.AddRow("gold events / coded events / matched", $"{scores.GoldEvents} / {scores.CodedEvents} / {scores.Matched}");
        table.AddRow("detection precision", scores.Precision.ToString("0.000", c));
        table.AddRow("detection recall", scores.Recall.ToString("0.000", c));
        table.AddRow("detection F1", scores.F1.ToString("0.000", c));
        table.AddRow("event type accuracy", scores.TypeAccuracy.ToString("0.000", c));
        table.AddRow("district accuracy", scores.DistrictAccuracy.ToString("0.000", c));
        table.AddRow("fatality exact match", scores.FatalityExactMatch.ToString("0.000", c));
        table.AddRow("date accuracy", scores.DateAccuracy.ToString("0.000", c));
        table.AddRow("perpetrator accuracy", scores.Actor1Accuracy.ToString("0.000", c));
        table.AddRow("injured exact match / crashes", $"{scores.InjuredExactMatch.ToString("0.000", c)} / {scores.Crashes}");
        console.MarkupLineInterpolated($"News coder on the [bold]{result.Split}[/] split of {Path.GetFileName(result.Gold)}");
        console.Write(table);
        if (errors)
        {
            foreach (var error in scores.Errors)
            {
                console.WriteLine(error);
            }
        }
    }

    /// <summary>Coded events as JSON lines on <paramref name="output"/> (unless they were stored and JSON was not asked
    /// for), each failed document as an error record on <paramref name="error"/>, and what storing them did.</summary>
    public static void WriteCoded(TextWriter output, TextWriter error, CodeResult coded, NewsImportResult? stored, bool json)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(coded);
        foreach (var e in coded.Errors)
        {
            error.WriteLine(json ? NewsAnalysis.Line(e) : $"error: {e}");
        }

        if (stored is not null)
        {
            error.WriteLine($"imported {stored.Imported} news events, updated {stored.Updated}, unchanged {stored.Unchanged} (from {stored.Coded} coded events; batch {stored.Batch})");
        }

        if (json || stored is null)
        {
            foreach (var e in coded.Events)
            {
                output.WriteLine(NewsAnalysis.Line(e));
            }
        }

        if (coded.Errors.Count > 0)
        {
            error.WriteLine($"{coded.Errors.Count} of {coded.Documents} documents failed (listed above); the others were coded");
        }
    }
}
