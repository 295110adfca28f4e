namespace Crosscurrents.Models.Forecasting;

/// <summary>Options of <see cref="NegativeBinomialForecaster"/>.</summary>
/// <param name="TrainingMonths">Months of history (before the origin, inclusive) the regression is fitted on. Default 120:
/// long enough for season and dispersion, short enough that the trend is local.</param>
/// <param name="MinimumRows">Fewest usable months (response and lags covered) to fit at all; below it the forecaster falls
/// back on the historical-mean baseline over the training window. Default 24.</param>
/// <param name="SeasonRows">Fewest usable months to include the annual harmonic (sin, cos). Default 36.</param>
/// <param name="Trend">Include a linear trend (in years, zero at the origin). Default true.</param>
/// <param name="DrawParameters">Draw each path's coefficients from their estimated sampling distribution N(β̂, Σ̂)
/// (model-based covariance). Default true; false uses β̂ for every path.</param>
/// <param name="MeanCap">A simulated month's mean is capped at this multiple of (1 + the largest count in the training
/// window), so a drawn explosive path cannot overflow. Default 10.</param>
public sealed record NegativeBinomialForecastOptions(
    int TrainingMonths = 120,
    int MinimumRows = 24,
    int SeasonRows = 36,
    bool Trend = true,
    bool DrawParameters = true,
    double MeanCap = 10)
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
