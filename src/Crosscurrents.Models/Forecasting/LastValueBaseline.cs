using Crosscurrents.Models.Forecasting.Internal;

namespace Crosscurrents.Models.Forecasting;

/// <summary>Last value carried forward: Poisson draws around the last covered month's count, at every horizon.</summary>
public sealed class LastValueBaseline : IForecastModel
{
    public string Name => "last";

    public bool IsBaseline => true;

    public ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        Baseline.Validate(horizons, samples);
        var covered = history.CoveredValues();
        var last = covered.Length > 0 ? covered[^1] : 0;
        var random = new Random(seed);
        return Baseline.Draw(Name, history, horizons, samples, () => Sampling.Poisson(random, last));
    }
}
