namespace Crosscurrents.Models.Forecasting;

/// <summary>The standard set of forecasters: the four baselines, always, and the negative-binomial regression.</summary>
public static class ForecastModels
{
    /// <summary>zero, last, mean, conflictology and nb, with default options unless given.</summary>
    public static IReadOnlyList<IForecastModel> Standard(NegativeBinomialForecastOptions? nb = null) =>
    [
        new ZeroBaseline(),
        new LastValueBaseline(),
        new HistoricalMeanBaseline(),
        new ConflictologyBaseline(),
        new NegativeBinomialForecaster(nb),
    ];
}
