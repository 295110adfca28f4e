
using Crosscurrents.Analysis.Scenarios;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Reports.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents scenario run|compare FILE...</c>: policy scenarios simulated from the fitted dynamics.</summary>
internal static class ScenarioCommand
{
    private const int MinPaths = 100;
    private const int MaxPaths = 1_000_000;

    public static Command Create(CliContext context) => new("scenario", "Policy scenarios (negotiate, retaliate, joint operations...) simulated from the fitted Hawkes dynamics, each against the status quo.")
    {
        Sub(context, "run", "Simulate each scenario file: levers (assumed ones marked), monthly fan of attacks and deaths, totals with 90% intervals, escalation probability.", ScenarioView.Run),
        Sub(context, "compare", "Compare scenario files with the status quo: path-paired differences with 90% intervals, escalation probabilities and the sensitivity table.", ScenarioView.Compare),
    };

    private static Command Sub(CliContext context, string name, string description, Action<Spectre.Console.IAnsiConsole, ScenarioRunResult> view)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Scenario files (YAML), e.g. scenarios/negotiate.yaml", Arity = ArgumentArity.OneOrMore };
        var paths = OptionRange.Int("--paths", "Monte Carlo paths per scenario", 10_000, MinPaths, MaxPaths);
        var seed = OptionRange.Int("--seed", "Seed of every path", 1, 0, int.MaxValue);
        var threshold = new Option<double?>("--threshold") { Description = "Escalation: a month with more attacks than this (0 to 1e7; default the files' escalation_monthly, else the largest month of the last calibration year)" };
        var noSensitivity = new Option<bool>("--no-sensitivity") { Description = "Skip the sensitivity table (each lever's effect at its interval's ends)" };
        var chart = new Option<string>("--chart") { Description = "Write the fan chart: FILE.png or FILE.svg" };
        var command = new Command(name, description) { files, paths, seed, threshold, noSensitivity, chart };
        command.SetAction(result =>
        {
            var request = new ScenarioRequest(result.GetRequiredValue(files).Select(f => f.FullName).ToList(), OptionRange.Get(result, paths, MinPaths, MaxPaths),
                OptionRange.Get(result, seed, 0, int.MaxValue), OptionRange.Get(result, threshold, 0, 1e7), !result.GetValue(noSensitivity));
            using var analysis = context.Open(result);
            var run = context.WithProgress("scenarios", p => ScenarioAnalysis.Run(analysis.Context, request, p));
            context.Chart(result, chart, style => ScenarioChart.Draw(run, style));
            return context.Render(result, run, view);
        });
        return command;
    }
}
