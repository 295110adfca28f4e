namespace Crosscurrents.Models.Forecasting;

/// <summary>Options of a rolling-origin backtest.</summary>
/// <param name="Horizons">Forecast 1..Horizons months ahead. Default 12.</param>
/// <param name="Samples">Draws per forecast. Default 1,000.</param>
/// <param name="Seed">Master seed; each unit, origin and model gets its own stream derived from it. Default 1.</param>
/// <param name="MinimumHistory">Fewest covered months up to an origin for it to be used. Default 24.</param>
/// <param name="MaxDegreeOfParallelism">Threads (null: all cores). Results do not depend on it.</param>
/// <param name="Ensemble">Also score the ensemble of all the models. Default true.</param>
/// <param name="EnsembleOptions">How the ensemble learns its weights.</param>
/// <param name="BrierThreshold">The Brier score is for "count above this". Default 0 (at least one).</param>
public sealed record BacktestOptions(
    int Horizons = 12,
    int Samples = 1000,
    int Seed = 1,
    int MinimumHistory = 24,
    int? MaxDegreeOfParallelism = null,
    bool Ensemble = true,
    EnsembleOptions? EnsembleOptions = null,
    double BrierThreshold = 0)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Horizons, 1, nameof(Horizons));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Horizons, 120, nameof(Horizons));
        ArgumentOutOfRangeException.ThrowIfLessThan(Samples, 1, nameof(Samples));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumHistory, 1, nameof(MinimumHistory));
        if (MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "at least one thread");
        }

        (EnsembleOptions ?? new EnsembleOptions()).Validate();
    }
}
