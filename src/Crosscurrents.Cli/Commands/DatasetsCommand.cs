using Crosscurrents.Analysis.Datasets;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents datasets</c>: every dataset in the store with its coverage, counts and provenance.</summary>
internal static class DatasetsCommand
{
    public static Command Create(CliContext context)
    {
        var showLinks = new Option<bool>("--links") { Description = "Also list every report matched to a report of the same incident in another dataset, with the rule that matched them" };
        var command = new Command("datasets", "List the datasets in the store: what each covers (days, countries, kinds; complete, partial or sample), how many events, which files, and how many reports were matched to another dataset's.") { showLinks };
        command.SetAction(result =>
        {
            using var analysis = context.Open(result);
            return context.Render(result, DatasetsAnalysis.Run(analysis.Context, result.GetValue(showLinks)), DatasetsView.Write);
        });
        return command;
    }
}
