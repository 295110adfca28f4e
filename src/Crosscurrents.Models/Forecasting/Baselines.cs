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

internal static class Baseline
{
    public static void Validate(int horizons, int samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizons, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
    }

    /// <summary>Independent draws per horizon, path by path (sample j of every horizon drawn in turn).</summary>
    public static ForecastDistribution Draw(string name, MonthlySeries history, int horizons, int samples, Func<double> draw)
    {
        var result = Enumerable.Range(0, horizons).Select(_ => new double[samples]).ToArray();
        for (var j = 0; j < samples; j++)
        {
            for (var h = 0; h < horizons; h++)
            {
                result[h][j] = draw();
            }
        }

        return new ForecastDistribution(name, history.Month(history.Count - 1), result);
    }
}
