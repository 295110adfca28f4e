using Crosscurrents.Analysis;
using Crosscurrents.Core;
using Crosscurrents.Cli.Commands;
using Crosscurrents.Sources.Importing;
using Spectre.Console;

namespace Crosscurrents.Cli;

/// <summary>What every command shares: the writers, the clock and the global options.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, TimeProvider time, bool interactive)
{
    public static readonly Option<string> DbOption = new("--db")
    {
        Description = "Event store: a DuckDB file, a PostgreSQL connection string (Host=...;Database=...) or a postgres:// URL. Default: $CROSSCURRENTS_DB or ~/.local/share/crosscurrents/events.duckdb",
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
    public IAnsiConsole Console { get; } = Terminal.Console(output, interactive);

    /// <summary>The workspace a command runs in. Its store, on first use, gets the shipped data, so every command sees
    /// the same state (unless <c>--no-shipped-data</c> created it empty).</summary>
    public Workspace Workspace(ParseResult result) =>
        new(result.GetValue(DbOption) ?? Analysis.Workspace.DefaultDatabasePath, result.GetValue(DataDirOption) ?? Analysis.Workspace.DefaultDataDirectory)
        {
            LoadShippedData = !result.GetValue(NoShippedDataOption),
            Time = Time,
            WithProgress = (label, work) => WithProgress(label, work),
            Notice = line => Error.WriteLine(line),
            Command = CommandLine(result),
        };

    /// <summary>The command as typed, without its options: <c>crosscurrents db copy</c>.</summary>
    private static string CommandLine(ParseResult result)
    {
        var names = new List<string>();
        for (var command = result.CommandResult; command.Parent is System.CommandLine.Parsing.CommandResult parent; command = parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', ["crosscurrents", .. names]);
    }

    public static bool Json(ParseResult result) => result.GetValue(JsonOption);

    /// <summary>Opens the workspace's store (read-only unless asked) with an analysis context.</summary>
    public AnalysisSession Open(ParseResult result, bool readOnly = true) => Workspace(result).Open(readOnly);

    /// <summary>The reference data of the workspace (registry, gazetteer, timeline), without opening the store.</summary>
    public AnalysisContext Reference(ParseResult result) => new(null, Workspace(result));

    /// <summary>Writes a note (e.g. that the window was limited to what sources cover) to the error stream, when there is one.</summary>
    public void Note(string note)
    {
        if (!string.IsNullOrEmpty(note))
        {
            Error.WriteLine($"note: {note}");
        }
    }

    /// <summary>Writes a result: its JSON with <c>--json</c>, else the console view.</summary>
    public int Render<T>(ParseResult result, T value, Action<IAnsiConsole, T> view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (Json(result))
        {
            Out.WriteLine(ResultJson.Serialize(value));
        }
        else
        {
            view(Console, value);
        }

        return 0;
    }

    /// <summary>Saves the chart when the option names a file (.png or .svg), and says where.</summary>
    public void Chart(ParseResult result, Option<string> option, Func<Reports.Charts.ChartStyle, ScottPlot.Plot> draw, int width = Reports.Charts.ChartFile.DefaultWidth, int height = Reports.Charts.ChartFile.DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (result.GetValue(option) is { } path)
        {
            Reports.Charts.ChartFile.Save(draw(Style(result)), path, width, height);
            Error.WriteLine($"wrote chart {Path.GetFullPath(path)}");
        }
    }

    /// <summary>The chart style of the workspace: its shipped font.</summary>
    public Reports.Charts.ChartStyle Style(ParseResult result) => new(Workspace(result).FontFile);

    /// <summary>Progress as a bar on a terminal, as plain lines on the error stream otherwise.</summary>
    public T WithProgress<T>(string label, Func<IProgress<double>, T> work)
    {
        return Terminal.WithProgress(label, work, Interactive, Error);
    }

    /// <summary>Work that reports progress in named stages: each stage shown as it starts, with its fraction.</summary>
    public T WithStages<T>(string label, Func<IProgress<(string Stage, double Fraction)>, T> work) => Terminal.WithStages(label, work, Error);
}
