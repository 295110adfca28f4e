using Spectre.Console;

namespace Crosscurrents.Reports.Console;

/// <summary>The console the front ends write to: tables wide enough not to wrap in files and pipes, progress as a bar on
/// a terminal and as plain lines otherwise.</summary>
public static class Terminal
{
    /// <summary>A console for tables over <paramref name="output"/>; 240 columns wide when it is not a terminal.</summary>
    public static IAnsiConsole Console(TextWriter output, bool interactive)
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
    public sealed class PlainProgress(TextWriter writer, string label) : IProgress<double>
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

    /// <summary>Runs work with progress: a bar on a terminal, "label: 10%" lines on <paramref name="error"/> otherwise.</summary>
    public static T WithProgress<T>(string label, Func<IProgress<double>, T> work, bool interactive, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (interactive)
        {
            return AnsiConsole.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: 1.0);
                return work(new Progress<double>(fraction => task.Value = fraction));
            });
        }

        return work(new PlainProgress(error, label));
    }

    /// <summary>Runs work that reports progress in named stages: each stage as "label: stage: 10%" lines on <paramref name="error"/>.</summary>
    public static T WithStages<T>(string label, Func<IProgress<(string Stage, double Fraction)>, T> work, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(work);
        var bars = new Dictionary<string, IProgress<double>>(StringComparer.Ordinal);
        return work(new Analysis.ImmediateProgress<(string Stage, double Fraction)>(value =>
        {
            if (!bars.TryGetValue(value.Stage, out var bar))
            {
                bars[value.Stage] = bar = new PlainProgress(error, $"{label}: {value.Stage}");
            }

            bar.Report(value.Fraction);
        }));
    }
}
