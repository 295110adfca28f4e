namespace Crosscurrents.Models.Forecasting;

/// <summary>How the ensemble weighs its members.</summary>
/// <param name="Power">Weights are proportional to (mean CRPS)^−Power over the member's earlier scored forecasts. Default 2.</param>
/// <param name="WindowOrigins">Only the most recent this many scorable earlier origins count. Default 36.</param>
/// <param name="MinimumScored">Fewer earlier scored forecasts than this and the members are weighted equally. Default 6.</param>
public sealed record EnsembleOptions(double Power = 2, int WindowOrigins = 36, int MinimumScored = 6)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (!(Power >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Power), Power, "the power must be ≥ 0");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(WindowOrigins, 1, nameof(WindowOrigins));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumScored, 1, nameof(MinimumScored));
    }
}
