using Crosscurrents.Analysis.Forecasting;
using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents forecast</c>: predictive distributions for the next months, from the last covered month.</summary>
internal static class ForecastCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new ForecastOptions();
        var origin = new Option<string>("--origin") { Description = "Forecast from this month, yyyy-MM (default: the last covered month)" };
        var model = new Option<string>("--model") { Description = "Model shown in the table: ensemble, nb, hawkes (event targets), zero, last, mean, conflictology (JSON has all)", DefaultValueFactory = _ => Ensemble.Name };
        var command = new Command("forecast", "Probabilistic forecasts of monthly counts 1..H months ahead: mean, median, 50% and 90% intervals from seeded draws, for every model and the ensemble.")
        {
            origin, model,
        };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            using var analysis = context.Open(result);
            var forecast = context.WithProgress("forecast", p => ForecastAnalysis.Forecast(analysis.Context, shared.Request(result), result.GetValue(origin), result.GetValue(model)!, p));
            return context.Render(result, forecast, ForecastView.Write);
        });
        return command;
    }
}
