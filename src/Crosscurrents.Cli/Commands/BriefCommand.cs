using Crosscurrents.Analysis.Brief;
using Crosscurrents.Reports.Brief;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents brief</c>: loads the shipped data on first run, then writes the HTML brief.</summary>
internal static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "HTML file to write", DefaultValueFactory = _ => Path.Combine("out", "brief.html") };
        var pdf = new Option<string>("--pdf") { Description = "Also print the brief as an A4 PDF to FILE.pdf (Debian's Chromium; $CROSSCURRENTS_CHROMIUM to use another)" };
        var claims = new Option<string>("--claims") { Description = "Claim file for the Claims section (default: the shipped claims/op-ed-2024.yaml)" };
        var command = new Command("brief", "Write the brief: one self-contained HTML file with charts, map, dyads, timeline, dynamics and claims.") { output, claims, pdf };
        command.SetAction(result =>
        {
            var path = Path.GetFullPath(result.GetValue(output)!);
            if (result.GetValue(pdf) is not null && Reports.Pdf.PdfPrinter.Unavailable() is { } noPdf)
            {
                throw new Core.UsageException($"--pdf: {noPdf}");
            }

            var claimFile = result.GetValue(claims) is { } given ? Path.GetFullPath(given) : Analysis.Workspace.ShippedClaimFile;
            using var analysis = context.Open(result, readOnly: false);
            var data = context.WithStages("brief", progress => BriefAnalysis.Run(analysis.Context, claimFile, progress, Analysis.Workspace.ShippedScenarioFiles));
            if (data.ShippedImport is { } shipped && !CliContext.Json(result))
            {
                ImportView.Write(context.Console, shipped);
            }

            var workspace = analysis.Context.Workspace;
            var outlines = File.Exists(workspace.OutlinesFile) ? CountryOutlines.Load(workspace.OutlinesFile) : CountryOutlines.Empty;
            var html = context.WithProgress("writing brief", progress =>
            {
                var text = BriefWriter.Render(BriefInput.From(data, outlines, context.Style(result)));
                progress.Report(1);
                return text;
            });
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, html);
            if (result.GetValue(pdf) is { } pdfPath)
            {
                context.WithProgress("printing the PDF", _ => { Reports.Pdf.PdfPrinter.PrintAsync(html, pdfPath).GetAwaiter().GetResult(); return 0; });
                context.Error.WriteLine($"wrote {Path.GetFullPath(pdfPath)}");
            }

            var written = new BriefFileResult(path, data.Events.Snapshot.Id, data.Events.Snapshot.EventCount, workspace.DatabasePath)
            {
                Coverage = data.Coverage.Text,
                KeyJudgements = data.KeyJudgements,
            };
            return context.Render(result, written, (console, r) =>
            {
                console.WriteLine($"Brief: {r.Brief}");
                console.WriteLine($"Data snapshot: {r.Snapshot} ({r.Events:N0} events) in {r.Database}");
            });
        });
        return command;
    }
}
