using Crosscurrents.Analysis;
using Crosscurrents.Core;
using Crosscurrents.Core.Storage;
using System.CommandLine;
using Crosscurrents.Cli.Commands;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Store.DuckDb;
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
        root.Subcommands.Add(DbCommand.Create(context));
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
            error.WriteLine(LastResort(ex, [parsed.CommandResult.Command.Name]));
            return InternalErrorExitCode;
        }
    }

    /// <summary>The exit code for an internal error (a bug, or a fault no check anticipated); usage and data errors exit 1.</summary>
    public const int InternalErrorExitCode = 70;

    /// <summary>One line for an exception no command handled: what failed, in which command (the first word of
    /// <paramref name="args"/> that is not an option), and what to try.</summary>
    public static string LastResort(Exception ex, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(args);
        var inner = ex is AggregateException { InnerExceptions.Count: 1 } agg ? agg.InnerExceptions[0] : ex;
        var hint = inner switch
        {
            OutOfMemoryException or InsufficientExecutionStackException => "the input or an option is too large; narrow --from/--to or lower the option",
            UnauthorizedAccessException or IOException => "check the path exists and is readable/writable",
            System.Data.Common.DbException => "the database or an output file could not be read or written; check the path, the free space and that no other crosscurrents process has the database open",
            OperationCanceledException or TimeoutException => "the work was stopped; try a smaller input",
            _ => "this is a bug in Crosscurrents; please report it with the command line",
        };
        var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "crosscurrents";
        var message = inner.Message.ReplaceLineEndings(" ").Trim();
        if (message.Length > 300)
        {
            message = message[..300] + "...";
        }

        return $"error: '{command}' failed ({inner.GetType().Name}: {message}); hint: {hint}";
    }
}

/// <summary>What every command shares: the writers, the clock and the global options.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, TimeProvider time, bool interactive)
{
    public static readonly Option<string> DbOption = new("--db")
    {
        Description = "Event database (DuckDB file). Default: $CROSSCURRENTS_DB or ~/.local/share/crosscurrents/events.duckdb",
        Recursive = true,
    };

    public static readonly Option<bool> JsonOption = new("--json")
    {
        Description = "Machine-readable JSON output",
        Recursive = true,
    };

    public static readonly Option<string> DataDirOption = new("--data-dir")
    {
        Description = "Folder with the actor registry, gazetteer, timeline and shipped data. Default: data/ beside the program",
        Recursive = true,
    };

    public static readonly Option<bool> NoShippedDataOption = new("--no-shipped-data")
    {
        Description = "On a new database only: start it empty instead of loading the shipped data (UCDP GED 22.1 Pakistan, timeline, reported figures)",
        Recursive = true,
    };

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Time { get; } = time;

    public bool Interactive { get; } = interactive;

    /// <summary>A console for tables, wide enough not to wrap when output goes to a file or pipe.</summary>
    public IAnsiConsole Console { get; } = CreateConsole(output, interactive);

    /// <summary>The workspace a command runs in. Its store, on first use, gets the shipped data, so every command sees
    /// the same state (unless <c>--no-shipped-data</c> created it empty).</summary>
    public Workspace Workspace(ParseResult result) =>
        new(result.GetValue(DbOption) ?? Analysis.Workspace.DefaultDatabasePath, result.GetValue(DataDirOption) ?? Analysis.Workspace.DefaultDataDirectory)
        {
            LoadShippedData = !result.GetValue(NoShippedDataOption),
            Time = Time,
            WithProgress = (label, work) => WithProgress(label, work),
            Notice = line => Error.WriteLine(line),
        };

    public static bool Json(ParseResult result) => result.GetValue(JsonOption);

    /// <summary>Progress as a bar on a terminal, as plain lines on the error stream otherwise.</summary>
    public T WithProgress<T>(string label, Func<IProgress<double>, T> work)
    {
        if (Interactive)
        {
            return AnsiConsole.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: 1.0);
                return work(new Progress<double>(fraction => task.Value = fraction));
            });
        }

        return work(new PlainProgress(Error, label));
    }

    private static IAnsiConsole CreateConsole(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = 240;
        }

        return console;
    }

    /// <summary>Writes "label: 10%", "20%" … as work advances, synchronously and at most once per step.</summary>
    private sealed class PlainProgress(TextWriter writer, string label) : IProgress<double>
    {
        private int _lastStep = -1;

        public void Report(double value)
        {
            var step = (int)Math.Floor(Math.Clamp(value, 0, 1) * 10);
            if (step > _lastStep)
            {
                _lastStep = step;
                writer.WriteLine($"{label}: {step * 10}%");
            }
        }
    }
}
