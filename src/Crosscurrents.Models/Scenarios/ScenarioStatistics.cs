namespace Crosscurrents.Models.Scenarios;

/// <summary>A sample's mean and central quantiles.</summary>
/// <param name="Mean">Mean.</param>
/// <param name="Q05">5% quantile (lower end of the 90% interval).</param>
/// <param name="Q25">25% quantile.</param>
/// <param name="Median">Median.</param>
/// <param name="Q75">75% quantile.</param>
/// <param name="Q95">95% quantile (upper end of the 90% interval).</param>
public sealed record SampleSummary(double Mean, double Q05, double Q25, double Median, double Q75, double Q95);

/// <summary>Summaries of simulated samples.</summary>
/// <remarks>Quantiles are type 7 (linear interpolation between order statistics, R's default).</remarks>
public static class ScenarioStatistics
{
    /// <summary>Mean and quantiles of a sample.</summary>
    public static SampleSummary Summarize(IReadOnlyList<double> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Count == 0)
        {
            return new SampleSummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = sample.Order().ToArray();
        return new SampleSummary(sorted.Average(), Quantile(sorted, 0.05), Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), Quantile(sorted, 0.95));
    }

    /// <summary>The q-quantile of a sorted sample (type 7).</summary>
    public static double Quantile(double[] sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>Path-paired differences a − b.</summary>
    public static double[] Paired(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException("paired samples need the same number of paths");
        }

        return a.Zip(b, (x, y) => x - y).ToArray();
    }

    /// <summary>Share of the sample above a threshold.</summary>
    public static double ShareAbove(IReadOnlyList<double> sample, double threshold)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Count == 0 ? double.NaN : sample.Count(v => v > threshold) / (double)sample.Count;
    }
}
