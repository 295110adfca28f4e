namespace Crosscurrents.Models.Forecasting.Scores;

/// <summary>
/// Proper scores of a predictive distribution held as samples, against one observed count. Lower is better for
/// every score but coverage.
/// </summary>
/// <remarks>
/// Validated against <c>tools/fixtures/forecast_scores.py</c>, which computes them independently in NumPy/SciPy (CRPS
/// by numerical integration of (F(x) − 1{x ≥ y})² over the empirical CDF).
/// </remarks>
public static class ForecastScores
{
    /// <summary>The VIEWS bin edges for the ignorance score: [0, 0.5), [0.5, 2.5), …, [500.5, 1000.5), [1000.5, ∞).</summary>
    public static readonly IReadOnlyList<double> ViewsBinEdges = [0, 0.5, 2.5, 5.5, 10.5, 25.5, 50.5, 100.5, 250.5, 500.5, 1000.5];

    /// <summary>The pseudo-count added to every bin before the ignorance score (Laplace smoothing), so an empty bin has a finite score.</summary>
    public const double IgnoranceSmoothing = 1.0;

    /// <summary>
    /// CRPS of the empirical distribution of the samples: E|X − y| − ½ E|X − X'|, with E|X − X'| over all n² ordered
    /// pairs (the CRPS of the empirical CDF exactly), computed in O(n log n) from the order statistics.
    /// </summary>
    public static double Crps(IReadOnlyList<double> samples, double observed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sorted = samples.Order().ToArray();
        return CrpsSorted(sorted, observed);
    }

    /// <summary><see cref="Crps"/> for samples already sorted ascending.</summary>
    public static double CrpsSorted(double[] sorted, double observed)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var n = sorted.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        double absolute = 0, spread = 0;
        for (var i = 0; i < n; i++)
        {
            absolute += Math.Abs(sorted[i] - observed);
            spread += ((2.0 * (i + 1)) - n - 1) * sorted[i];
        }

        // Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n − 1) x_(i) for 1-based ranks.
        return (absolute / n) - (spread / ((double)n * n));
    }

    /// <summary>
    /// Ignorance (−log₂ of the predicted probability of the observed bin) on <see cref="ViewsBinEdges"/>, with
    /// <see cref="IgnoranceSmoothing"/> added to each of the 11 bins' sample counts: p = (count + 1) / (n + 11).
    /// </summary>
    public static double Ignorance(IReadOnlyList<double> samples, double observed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var bin = Bin(observed);
        var count = samples.Count(s => Bin(s) == bin);
        var bins = ViewsBinEdges.Count;
        return -Math.Log2((count + IgnoranceSmoothing) / (samples.Count + (IgnoranceSmoothing * bins)));
    }

    /// <summary>The VIEWS bin of a value (0 for [0, 0.5) … 10 for [1000.5, ∞)); negative values go to bin 0.</summary>
    public static int Bin(double value)
    {
        var edges = ViewsBinEdges;
        for (var b = edges.Count - 1; b > 0; b--)
        {
            if (value >= edges[b])
            {
                return b;
            }
        }

        return 0;
    }

    /// <summary>
    /// The interval score of the central (1 − α) interval [l, u] from the sample quantiles α/2 and 1 − α/2:
    /// (u − l) + (2/α)(l − y)·1{y &lt; l} + (2/α)(y − u)·1{y &gt; u} (Gneiting and Raftery 2007). With α = 0.1 it is the
    /// 90% MIS.
    /// </summary>
    public static double IntervalScore(IReadOnlyList<double> samples, double observed, double alpha = 0.1)
    {
        var (l, u) = Interval(samples, 1 - alpha);
        return (u - l) + (observed < l ? 2 / alpha * (l - observed) : 0) + (observed > u ? 2 / alpha * (observed - u) : 0);
    }

    /// <summary>The central interval of the given level from the sample quantiles (type 7).</summary>
    public static (double Lower, double Upper) Interval(IReadOnlyList<double> samples, double level)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sorted = samples.Order().ToArray();
        var tail = (1 - level) / 2;
        return (Quantiles.Sorted(sorted, tail), Quantiles.Sorted(sorted, 1 - tail));
    }

    /// <summary>Whether the observation lies in the central interval of the given level (ends included).</summary>
    public static bool Covers(IReadOnlyList<double> samples, double observed, double level)
    {
        var (l, u) = Interval(samples, level);
        return observed >= l && observed <= u;
    }

    /// <summary>Brier score of the event "count above <paramref name="threshold"/>" (default: at least one): (P − 1{y &gt; t})², P the share of samples above t.</summary>
    public static double Brier(IReadOnlyList<double> samples, double observed, double threshold = 0)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var p = samples.Count(s => s > threshold) / (double)samples.Count;
        var o = observed > threshold ? 1.0 : 0.0;
        return (p - o) * (p - o);
    }
}
