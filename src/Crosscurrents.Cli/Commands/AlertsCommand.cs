using Crosscurrents.Analysis.Forecasting;
using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents alerts</c>: the probability of "at least N next month" per unit, alerts by expected cost, backtested.</summary>
internal static class AlertsCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new ForecastOptions();
        var atLeast = OptionRange.Int("--at-least", "The event: at least this many events (or deaths, with --target fatalities) in a unit next month", 5, 1, 1_000_000);
        var miss = new Option<double?>("--miss-cost") { Description = "Cost of an event that was not alerted (relative; default 1)" };
        var falseAlarm = new Option<double?>("--false-alarm-cost") { Description = "Cost of an alert with no event (relative; default 1)" };
        var model = new Option<string>("--model") { Description = "Whose probabilities: ensemble, nb, zero, last, mean, conflictology", DefaultValueFactory = _ => Ensemble.Name };
        var from = new Option<string>("--from") { Description = "First backtest origin, yyyy-MM (default 2010-01 for events, 2021-01 for PICSS)" };
        var command = new Command("alerts", "Early-warning alerts: the probability of at least N events next month in each unit, an alert where it reaches the cut-off set by the costs of a miss and a false alarm, with drivers and the backtest's reliability.")
        {
            atLeast, miss, falseAlarm, model, from,
        };
        shared.AddTo(command);
        command.SetAction(result =>
        {
            var rule = new AlertRule(OptionRange.Get(result, atLeast, 1, 1_000_000), OptionRange.Get(result, miss, 1e-6, 1e6) ?? 1, OptionRange.Get(result, falseAlarm, 1e-6, 1e6) ?? 1);
            var request = new AlertsRequest(shared.Request(result) with { Horizon = 1 }, rule, result.GetValue(model)!, result.GetValue(from));
            using var analysis = context.Open(result);
            var alerts = context.WithProgress("alerts", p => AlertsAnalysis.Run(analysis.Context, request, p));
            return context.Render(result, alerts, AlertsView.Write);
        });
        return command;
    }
}
