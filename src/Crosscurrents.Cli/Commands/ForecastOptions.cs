using Crosscurrents.Analysis.Forecasting;

namespace Crosscurrents.Cli.Commands;

/// <summary>The options <c>forecast</c> and <c>backtest</c> share: what to forecast, how far, how many draws, which seed.</summary>
internal sealed class ForecastOptions
{
    private readonly Option<string> _stream = new("--stream") { Description = "Stream (data/streams.csv)", DefaultValueFactory = _ => "ttp" };
    private readonly Option<string> _target = new("--target") { Description = "events, fatalities (the stream's), picss-attacks or picss-killed (national PICSS figures)", DefaultValueFactory = _ => "events" };
    private readonly Option<string> _by = new("--by") { Description = "none, province or district (one series per unit with events)", DefaultValueFactory = _ => "none" };
    private readonly Option<string> _province = new("--province") { Description = "Only this province" };
    private readonly Option<int> _horizon = new("--horizon") { Description = "Months ahead, 1..H", DefaultValueFactory = _ => 12 };
    private readonly Option<int> _samples = new("--samples") { Description = "Draws per forecast", DefaultValueFactory = _ => 1000 };
    private readonly Option<int> _seed = new("--seed") { Description = "Master seed", DefaultValueFactory = _ => 1 };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _stream, _target, _by, _province, _horizon, _samples, _seed })
        {
            command.Options.Add(option);
        }
    }

    public ForecastRequest Request(ParseResult result) => new(result.GetValue(_stream)!, result.GetValue(_target)!, result.GetValue(_by)!, result.GetValue(_province),
        result.GetValue(_horizon), result.GetValue(_samples), result.GetValue(_seed));
}
