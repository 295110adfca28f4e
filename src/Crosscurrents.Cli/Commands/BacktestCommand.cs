using Crosscurrents.Analysis.Forecasting;

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
            using var analysis = context.Open(result);
            var request = shared.Request(result) with { Threads = result.GetValue(threads) };
            var backtest = context.WithProgress("backtest", p => ForecastAnalysis.Backtest(analysis.Context, request, result.GetValue(from), result.GetValue(to), p));
            return context.Render(result, backtest, ForecastView.Write);
        });
        return command;
    }
}
