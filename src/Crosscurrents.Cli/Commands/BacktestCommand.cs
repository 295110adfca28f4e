using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Models.Forecasting;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents backtest</c>: rolling-origin scores of every forecaster against the baselines.</summary>
internal static class BacktestCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "First origin, yyyy-MM (default 2010-01 for events, 2021-01 for PICSS)" };
        var to = new Option<string>("--to") { Description = "Last origin, yyyy-MM (default: the last covered month)" };
        var shared = new ForecastOptions();
        var threads = new Option<int?>("--threads") { Description = "Threads (default: all cores; results do not depend on it)" };
        var command = new Command("backtest", "Rolling-origin backtest: CRPS, ignorance, 90% interval score, coverage and Brier per unit, horizon and model; skill against the best baseline with a Diebold–Mariano test.")
        {
            from, to, threads,
        };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            using var store = workspace.OpenStore(readOnly: true);
            var input = shared.Input(result, store, workspace, actors);
            var first = ForecastInputs.Month(result.GetValue(from)) ?? input.DefaultFirstOrigin;
            var last = ForecastInputs.Month(result.GetValue(to)) ?? ForecastInputs.LastCovered(input.Units);
            var options = shared.Backtest(result, result.GetValue(threads));
            var models = ForecastModels.Standard();
            var run = context.WithProgress("backtest", p => Backtest.Run(input.Units, first, last, models, options, new OriginProgress(p)));
            var summary = run.Summary();
            var skill = run.Skill();
            var c = CultureInfo.InvariantCulture;
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    target = input.Description,
                    coverage = input.CoverageNote,
                    firstOrigin = first.ToString("yyyy-MM", c),
                    lastOrigin = last.ToString("yyyy-MM", c),
                    horizons = options.Horizons,
                    samples = options.Samples,
                    seed = options.Seed,
                    models = run.Models,
                    baselines = run.Baselines,
                    model = ModelDescription,
                    summary = summary.Select(s => new { s.Unit, s.Model, s.Horizon, s.Forecasts, s.Crps, s.Ignorance, mis90 = s.IntervalScore90, s.Coverage50, s.Coverage90, s.Brier, s.MeanObserved }),
                    skill = skill.Select(s => new { s.Unit, s.Model, s.Horizon, s.BestBaseline, s.Crps, s.BaselineCrps, skill = Number(s.Skill), dm = Number(s.Test.Statistic), pValue = Number(s.Test.PValue), origins = s.Test.Origins }),
                    snapshot = input.Snapshot,
                }));
                return 0;
            }

            var table = new Table().AddColumns("unit", "h", "n", "zero", "last", "mean", "conflictology", "nb", "ensemble", "best baseline", "nb skill (p)", "ensemble skill (p)", "nb 50/90% cover", "ensemble 50/90% cover");
            var byKey = summary.ToDictionary(s => (s.Unit, s.Model, s.Horizon));
            var skillByKey = skill.ToDictionary(s => (s.Unit, s.Model, s.Horizon));
            foreach (var group in summary.GroupBy(s => (s.Unit, s.Horizon)))
            {
                string Crps(string m) => byKey.TryGetValue((group.Key.Unit, m, group.Key.Horizon), out var s) ? s.Crps.ToString("0.00", c) : "";
                string Skill(string m) => skillByKey.TryGetValue((group.Key.Unit, m, group.Key.Horizon), out var s) ? double.IsFinite(s.Skill) ? $"{s.Skill.ToString("P0", c)} ({s.Test.PValue.ToString("0.000", c)})" : "n/a" : "";
                string Cover(string m) => byKey.TryGetValue((group.Key.Unit, m, group.Key.Horizon), out var s) ? $"{s.Coverage50.ToString("P0", c)} / {s.Coverage90.ToString("P0", c)}" : "";
                var best = skillByKey.TryGetValue((group.Key.Unit, "nb", group.Key.Horizon), out var k) ? k.BestBaseline : "";
                table.AddRow(Markup.Escape(group.Key.Unit), group.Key.Horizon.ToString(c), group.First().Forecasts.ToString(c), Crps("zero"), Crps("last"), Crps("mean"), Crps("conflictology"),
                    Crps("nb"), Crps("ensemble"), best, Skill("nb"), Skill("ensemble"), Cover("nb"), Cover("ensemble"));
            }

            context.Console.Write(table);
            context.Console.MarkupLineInterpolated($"mean CRPS per forecast (lower is better); skill = 1 − CRPS / best baseline's CRPS, p from a Diebold–Mariano test over origins");
            context.Console.MarkupLineInterpolated($"{input.Description}; origins {first:yyyy-MM}..{last:yyyy-MM}; {options.Samples} draws; seed {options.Seed}; data snapshot {input.Snapshot}");
            context.Console.MarkupLineInterpolated($"{input.CoverageNote}");
            return 0;
        });
        return command;
    }

    /// <summary>The models in words, for results.</summary>
    public const string ModelDescription = "baselines zero, last value (Poisson), historical mean (NB, moments), conflictology (resampled last 12 months); nb: NB2 regression on log(1+y[t-1]), log(1+mean y[t-12..t-1]), trend, annual harmonic over the last 120 months, simulated forward with parameters drawn from N(b, V); ensemble: mixture weighted by CRPS^-2 at earlier origins";

    /// <summary>A number for JSON: null when not finite (a skill against a baseline with CRPS 0, a test with no spread).</summary>
    public static double? Number(double value) => double.IsFinite(value) ? value : null;

    public static void ValidateOptions(BacktestOptions options)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException($"--{ex.ParamName?.ToLowerInvariant()} is out of range: {ex.Message.Split(" (Parameter")[0]}");
        }
    }
}
