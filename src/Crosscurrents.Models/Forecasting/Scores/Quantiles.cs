namespace Crosscurrents.Models.Forecasting.Scores;

/// <summary>Sample quantiles by linear interpolation between order statistics (R type 7, NumPy's default).</summary>
public static class Quantiles
{
    /// <summary>The <paramref name="p"/> quantile of already sorted values.</summary>
    public static double Sorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
