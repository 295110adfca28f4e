using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Models.Forecasting;

/// <summary>Options of <see cref="HawkesForecaster"/>.</summary>
/// <param name="TrainingMonths">Longest fit window: the covered months up to the origin (inclusive), at most this many. Default 36.</param>
/// <param name="MinimumTrainingMonths">Fewest consecutive covered months, ending at the origin, to fit at all. Default 12.</param>
/// <param name="MinimumEvents">Fewest events in the fit window to fit at all. Default 20 (a sparse unit's fit ends on a bound).</param>
/// <param name="DrawParameters">Draw each path's parameters from the fit's estimated sampling distribution (default true).</param>
/// <param name="HistoryDays">Days before the forecast whose events still excite it (default 365).</param>
/// <param name="MaxEventsPerPathFactor">A path with more than this × (1 + the largest training month) × horizons events is stopped as exploding, and any exploding path makes the forecast "cannot forecast". Default 50.</param>
public sealed record HawkesForecastOptions(
    int TrainingMonths = 36,
    int MinimumTrainingMonths = 12,
    int MinimumEvents = 20,
    bool DrawParameters = true,
    int HistoryDays = 365,
    double MaxEventsPerPathFactor = 50)
{
    /// <summary>Largest standard error of the log background rate on any forecast day (default 1: its 95% interval spans
    /// a factor of 50); above it the window does not determine the level the paths would start from, and there is no forecast.</summary>
    public double MaxBackgroundLogStdError { get; init; } = 1;

    /// <summary>How the Hawkes model is fitted (null: <see cref="HawkesFitOptions.Default"/>).</summary>
    public HawkesFitOptions? Fit { get; init; }

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumTrainingMonths, 2, nameof(MinimumTrainingMonths));
        ArgumentOutOfRangeException.ThrowIfLessThan(TrainingMonths, MinimumTrainingMonths, nameof(TrainingMonths));
        ArgumentOutOfRangeException.ThrowIfNegative(MinimumEvents, nameof(MinimumEvents));
        ArgumentOutOfRangeException.ThrowIfNegative(HistoryDays, nameof(HistoryDays));
        if (!(MaxEventsPerPathFactor >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxEventsPerPathFactor), MaxEventsPerPathFactor, "at least 1");
        }

        if (!(MaxBackgroundLogStdError > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBackgroundLogStdError), MaxBackgroundLogStdError, "positive");
        }

        Fit?.Validate();
    }
}
