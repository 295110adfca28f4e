namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// A probabilistic monthly count forecaster. It sees only the history it is given (the backtest passes the series
/// cut at the origin, so no model can look ahead) and returns seeded samples for horizons 1..H.
/// </summary>
/// <remarks>
/// Implementations must be deterministic given the seed and must read a missing (NaN) month as missing, never as zero.
/// A model that cannot forecast from an origin returns <see cref="ForecastDistribution.CannotForecast"/> with the
/// reason instead of a stand-in. <see cref="HawkesForecaster"/> simulates daily self-exciting paths from the series'
/// <see cref="MonthlySeries.Daily"/> history and sums them into months.
/// </remarks>
public interface IForecastModel
{
    /// <summary>A short stable name (<c>zero</c>, <c>last</c>, <c>mean</c>, <c>conflictology</c>, <c>nb</c>, <c>hawkes</c>).</summary>
    string Name { get; }

    /// <summary>True for the reference baselines that skill is measured against.</summary>
    bool IsBaseline { get; }

    /// <summary>Forecasts the months after the last month of <paramref name="history"/>.</summary>
    /// <param name="history">The series up to the origin (its last month); the origin month is covered.</param>
    /// <param name="horizons">How many months ahead (≥ 1).</param>
    /// <param name="samples">Draws per horizon (≥ 1).</param>
    /// <param name="seed">Seed of the random draws.</param>
    ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed);
}
