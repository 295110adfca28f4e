using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Comparisons;

/// <summary>Intervals for a count and for a share.</summary>
public static class CountInterval
{
    /// <summary>The exact (Garwood) 95% interval of a Poisson mean from one observed count.</summary>
    /// <remarks>Lower end the 2.5% quantile of Gamma(n, 1) (0 for n = 0), upper end the 97.5% quantile of Gamma(n + 1, 1): the
    /// count is taken as one Poisson draw.</remarks>
    public static IntervalEstimate PoissonExact(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var lower = count == 0 ? 0 : Gamma.InvCDF(count, 1, 0.025);
        var upper = Gamma.InvCDF(count + 1, 1, 0.975);
        return new IntervalEstimate(count, lower, upper);
    }

    /// <summary>The Wilson score 95% interval of a share k / n.</summary>
    /// <remarks>The k successes are binomial among n independent trials; the interval keeps within [0, 1] and behaves near
    /// 0 and 1, where the Wald interval does not.</remarks>
    public static IntervalEstimate Wilson(int k, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        const double z = 1.959963984540054;
        var p = (double)k / n;
        var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / (1 + (z * z / n));
        return new IntervalEstimate(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
