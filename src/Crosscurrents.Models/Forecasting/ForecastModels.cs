namespace Crosscurrents.Models.Forecasting;

/// <summary>The standard set of forecasters: the four baselines, always, the negative-binomial regression, and the Hawkes forecaster when the series carry daily histories.</summary>
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

    /// <summary>The standard set and the Hawkes forecaster (for series with <see cref="MonthlySeries.Daily"/> histories).</summary>
    public static IReadOnlyList<IForecastModel> WithHawkes(IScheduledCovariates? covariates = null, HawkesForecastOptions? hawkes = null, NegativeBinomialForecastOptions? nb = null) =>
        [.. Standard(nb), new HawkesForecaster(covariates, hawkes)];
}
