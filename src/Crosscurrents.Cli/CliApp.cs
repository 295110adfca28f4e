using Crosscurrents.Analysis;
using Crosscurrents.Core;
using Crosscurrents.Core.Storage;
using Crosscurrents.Cli.Commands;
using Crosscurrents.Sources.Importing;
using Spectre.Console;

namespace Crosscurrents.Cli;

/// <summary>The <c>crosscurrents</c> command line: builds the commands and runs one, writing to the given writers.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? time = null, bool interactive = false)
    {
        var context = new CliContext(output, error, time ?? TimeProvider.System, interactive);
        var root = new RootCommand("Crosscurrents: conflict events to evidence, forecasts and briefs (Pakistan–Afghanistan–TTP by default).");
        root.Options.Add(CliContext.DbOption);
        root.Options.Add(CliContext.JsonOption);
        root.Options.Add(CliContext.DataDirOption);
        root.Options.Add(CliContext.NoShippedDataOption);
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(EventsCommand.Create(context));
        root.Subcommands.Add(SeriesCommand.Create(context));
        root.Subcommands.Add(BriefCommand.Create(context));
        root.Subcommands.Add(CodeCommand.Create(context));
        root.Subcommands.Add(StudyCommand.Create(context));
        root.Subcommands.Add(DynamicsCommand.Create(context));
        root.Subcommands.Add(ChangepointsCommand.Create(context));
        root.Subcommands.Add(GrangerCommand.Create(context));
        root.Subcommands.Add(ClaimsCommand.Create(context));
        root.Subcommands.Add(ReportedCommand.Create(context));
        root.Subcommands.Add(DatasetsCommand.Create(context));
        root.Subcommands.Add(ForecastCommand.Create(context));
        root.Subcommands.Add(BacktestCommand.Create(context));
        root.Subcommands.Add(AlertsCommand.Create(context));
        root.Subcommands.Add(DbCommand.Create(context));
        root.Subcommands.Add(ScenarioCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        foreach (var command in ReferenceCommands.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is UsageException or FormatNotRecognisedException or StoreException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        catch (ArgumentException ex) when (ex.ParamName is null)
        {
            // The models' own checks on their data ("60 periods are too few for lag 20") are messages for the user.
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        catch (Exception ex)
        {
            // The last resort: whatever escaped the commands' own checks is reported on one line, never as a stack trace.
            error.WriteLine(ErrorLine.LastResort(ex, [parsed.CommandResult.Command.Name]));
            return InternalErrorExitCode;
        }
    }

    /// <summary>The exit code for an internal error (a bug, or a fault no check anticipated); usage and data errors exit 1.</summary>
    public const int InternalErrorExitCode = 70;
}
