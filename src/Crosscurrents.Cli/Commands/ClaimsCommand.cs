using Crosscurrents.Analysis.Claims;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents claims check FILE</c>: verdicts on an analyst's claims.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Claim file (YAML), e.g. claims/op-ed-2024.yaml" };
        var charts = new Option<string>("--charts") { Description = "Folder for one chart per verdict" };
        var check = new Command("check", "Check each claim against the data: supported, contradicted, inconclusive or not testable, with the effect, its interval and the data used.") { file, charts };
        check.SetAction(result =>
        {
            using var analysis = context.Open(result);
            var verdicts = ClaimsAnalysis.Check(analysis.Context, result.GetRequiredValue(file).FullName);
            if (result.GetValue(charts) is { } folder)
            {
                var written = ResultCharts.Claims(verdicts, folder, context.Style(result));
                context.Error.WriteLine($"wrote {written} charts to {Path.GetFullPath(folder)}");
            }

            return context.Render(result, verdicts.Claims, (console, _) => ClaimsView.Write(console, verdicts));
        });
        return new Command("claims", "Check analysts' claims against the data.") { check };
    }
}
