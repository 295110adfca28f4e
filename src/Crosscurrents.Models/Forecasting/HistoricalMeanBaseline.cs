using Crosscurrents.Models.Forecasting.Internal;

namespace Crosscurrents.Models.Forecasting;

/// <summary>Options of the historical-mean baseline.</summary>
/// <param name="WindowMonths">Months of history averaged (covered months among them); null for all history. Default: all.</param>
public sealed record HistoricalMeanOptions(int? WindowMonths = null)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (WindowMonths is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowMonths), WindowMonths, "the window must be at least one month");
        }
    }
}

/// <summary>
/// Historical mean: negative-binomial draws with the mean and variance of the covered months of the history (θ by the
/// method of moments, m²/(s² − m); Poisson when the counts are not overdispersed).
/// </summary>
public sealed class HistoricalMeanBaseline(HistoricalMeanOptions? options = null) : IForecastModel
{
    private readonly HistoricalMeanOptions _options = Validated(options ?? new HistoricalMeanOptions());

    public string Name => "mean";

    public bool IsBaseline => true;

    public ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        Baseline.Validate(horizons, samples);
        var values = history.CoveredValues(_options.WindowMonths);
        var (mean, theta) = Moments(values);
        var random = new Random(seed);
        return Baseline.Draw(Name, history, horizons, samples, () => Sampling.NegativeBinomial(random, mean, theta));
    }

    /// <summary>The mean and the method-of-moments θ of counts (θ = ∞ when the variance does not exceed the mean).</summary>
    internal static (double Mean, double Theta) Moments(double[] values)
    {
        if (values.Length == 0)
        {
            return (0, double.PositiveInfinity);
        }

        var mean = values.Average();
        var variance = values.Length > 1 ? values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1) : 0;
        return (mean, variance > mean && mean > 0 ? mean * mean / (variance - mean) : double.PositiveInfinity);
    }

    private static HistoricalMeanOptions Validated(HistoricalMeanOptions options)
    {
        options.Validate();
        return options;
    }
}
