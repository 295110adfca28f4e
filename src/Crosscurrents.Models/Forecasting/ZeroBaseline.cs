using Crosscurrents.Models.Forecasting.Internal;

namespace Crosscurrents.Models.Forecasting;

/// <summary>The zero baseline: no events, ever (a point mass at 0). VIEWS's reference for sparse units.</summary>
public sealed class ZeroBaseline : IForecastModel
{
    public string Name => "zero";

    public bool IsBaseline => true;

    public ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        Baseline.Validate(horizons, samples);
        return new ForecastDistribution(Name, history.Month(history.Count - 1), Enumerable.Range(0, horizons).Select(_ => new double[samples]).ToArray());
    }
}
