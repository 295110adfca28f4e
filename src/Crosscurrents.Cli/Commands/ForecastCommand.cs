using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Models.Forecasting;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents forecast</c>: predictive distributions for the next months, from the last covered month.</summary>
internal static class ForecastCommand
{
    /// <summary>Origins before the forecast origin the ensemble learns its weights from.</summary>
    private const int WeightOrigins = 48;

    public static Command Create(CliContext context)
    {
        var shared = new ForecastOptions();
        var origin = new Option<string>("--origin") { Description = "Forecast from this month, yyyy-MM (default: the last covered month)" };
        var model = new Option<string>("--model") { Description = "Model shown in the table: ensemble, nb, zero, last, mean, conflictology (JSON has all)", DefaultValueFactory = _ => Ensemble.Name };
        var command = new Command("forecast", "Probabilistic forecasts of monthly counts 1..H months ahead: mean, median, 50% and 90% intervals from seeded draws, for every model and the ensemble.")
        {
            origin, model,
        };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            using var store = workspace.OpenStore(readOnly: true);
            var input = shared.Input(result, store, workspace, actors);
            var at = ForecastInputs.Month(result.GetValue(origin)) ?? ForecastInputs.LastCovered(input.Units);
            var options = shared.Backtest(result);
            var shown = result.GetValue(model)!;
            var models = ForecastModels.Standard();
            if (shown != Ensemble.Name && models.All(m => m.Name != shown))
            {
                throw new UsageException($"unknown model '{shown}'; models: {Ensemble.Name}, {string.Join(", ", models.Select(m => m.Name))}");
            }

            // The ensemble's weights come from the members' scores at the origins before this one (none after it).
            var run = context.WithProgress("forecast", p => Backtest.Run(input.Units, at.AddMonths(-WeightOrigins), at, models, options, new OriginProgress(p)));
            if (run.Latest.Count == 0)
            {
                throw new UsageException($"no unit is covered in {at:yyyy-MM} with {options.MinimumHistory} covered months before it; {input.CoverageNote}");
            }

            var c = CultureInfo.InvariantCulture;
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    target = input.Description,
                    coverage = input.CoverageNote,
                    origin = at.ToString("yyyy-MM", c),
                    samples = options.Samples,
                    seed = options.Seed,
                    model = BacktestCommand.ModelDescription,
                    units = run.Latest.Select(u => new
                    {
                        unit = u.Unit,
                        forecasts = u.Forecasts.Select(f => new
                        {
                            model = f.Model,
                            months = Enumerable.Range(1, f.Horizons).Select(f.Summary).Select(s => new
                            {
                                month = s.Month.ToString("yyyy-MM", c), horizon = s.Horizon, mean = s.Mean, median = s.Median,
                                interval50 = new[] { s.Lower50, s.Upper50 }, interval90 = new[] { s.Lower90, s.Upper90 },
                            }),
                        }),
                    }),
                    snapshot = input.Snapshot,
                }));
                return 0;
            }

            var table = new Table().AddColumns("unit", "month", "h", "mean", "median", "50% interval", "90% interval");
            foreach (var unit in run.Latest)
            {
                var f = unit.Forecasts.Single(x => x.Model == shown);
                for (var h = 1; h <= f.Horizons; h++)
                {
                    var s = f.Summary(h);
                    table.AddRow(Markup.Escape(unit.Unit), s.Month.ToString("yyyy-MM", c), h.ToString(c), s.Mean.ToString("0.0", c), s.Median.ToString("0", c),
                        $"{s.Lower50.ToString("0", c)}–{s.Upper50.ToString("0", c)}", $"{s.Lower90.ToString("0", c)}–{s.Upper90.ToString("0", c)}");
                }
            }

            context.Console.Write(table);
            context.Console.MarkupLineInterpolated($"model {shown}; {input.Description}; origin {at:yyyy-MM}; {options.Samples} draws; seed {options.Seed}; data snapshot {input.Snapshot}");
            context.Console.MarkupLineInterpolated($"{input.CoverageNote}");
            return 0;
        });
        return command;
    }
}
