using Crosscurrents.Models.Forecasting.Internal;

namespace Crosscurrents.Models.Forecasting;

/// <summary>Options of the conflictology baseline.</summary>
/// <param name="WindowMonths">How many of the last months are resampled. Default 12, as VIEWS does.</param>
public sealed record ConflictologyOptions(int WindowMonths = 12)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate() => ArgumentOutOfRangeException.ThrowIfLessThan(WindowMonths, 1, nameof(WindowMonths));
}

/// <summary>
/// VIEWS's "conflictology" baseline: each draw, at every horizon, is one of the unit's last 12 months picked uniformly
/// at random (covered months only; when none of them is covered, the last 12 covered months of the history).
/// </summary>
public sealed class ConflictologyBaseline(ConflictologyOptions? options = null) : IForecastModel
{
    private readonly ConflictologyOptions _options = Validated(options ?? new ConflictologyOptions());

    public string Name => "conflictology";

    public bool IsBaseline => true;

    public ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        Baseline.Validate(horizons, samples);
        var pool = history.CoveredValues(_options.WindowMonths);
        if (pool.Length == 0)
        {
            pool = history.CoveredValues().TakeLast(_options.WindowMonths).ToArray();
        }

        if (pool.Length == 0)
        {
            pool = [0];
        }

        var random = new Random(seed);
        return Baseline.Draw(Name, history, horizons, samples, () => pool[random.Next(pool.Length)]);
    }

    private static ConflictologyOptions Validated(ConflictologyOptions options)
    {
        options.Validate();
        return options;
    }
}
