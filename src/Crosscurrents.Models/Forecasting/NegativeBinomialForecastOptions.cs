namespace Crosscurrents.Models.Forecasting;

/// <summary>Options of <see cref="NegativeBinomialForecaster"/>.</summary>
/// <param name="TrainingMonths">Months of history (before the origin, inclusive) the regression is fitted on. Default 60:
/// on the shipped data 120 months fitted across the 2007–2009 rise gave forecasts for 2010–2011 far too high and too wide.</param>
/// <param name="MinimumRows">Fewest usable months (response and lags covered) to fit at all; below it the forecaster falls
/// back on the historical-mean baseline over the training window. Default 24.</param>
/// <param name="Season">Include the annual harmonic (sin, cos of the calendar month). Default false: on the shipped data
/// (TTP events, origins 2010–2021) it raised the CRPS at horizons 1–3 (docs/forecasts.md).</param>
/// <param name="SeasonRows">Fewest usable months to include the harmonic when <paramref name="Season"/> is on. Default 36.</param>
/// <param name="Trend">Include a linear trend (in years, zero at the origin). Default false: extrapolated, it made the
/// backtest CRPS several times worse than without it (docs/forecasts.md).</param>
/// <param name="DrawParameters">Draw each path's coefficients from their estimated sampling distribution N(β̂, Σ̂)
/// (model-based covariance). Default true; false uses β̂ for every path.</param>
/// <param name="MeanCap">A simulated month's mean is capped at this multiple of (1 + the largest count in the training
/// window), so a drawn explosive path cannot run away. Default 2 (10 let sparse units' paths explode).</param>
public sealed record NegativeBinomialForecastOptions(
    int TrainingMonths = 60,
    int MinimumRows = 24,
    bool Season = false,
    int SeasonRows = 36,
    bool Trend = false,
    bool DrawParameters = true,
    double MeanCap = 2)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(TrainingMonths, 13, nameof(TrainingMonths));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumRows, 8, nameof(MinimumRows));
        ArgumentOutOfRangeException.ThrowIfLessThan(SeasonRows, MinimumRows, nameof(SeasonRows));
        if (!(MeanCap >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MeanCap), MeanCap, "the cap must be at least 1");
        }
    }
}
