using Crosscurrents.Models.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Comparisons;

/// <summary>The rate in one set of periods against another, from a negative-binomial regression on an indicator.</summary>
/// <remarks>
/// log E[y_t] = β₀ + β₁·[t in B], y_t negative binomial with a common dispersion; the rate ratio is exp(β₁) with the
/// robust (sandwich) 95% interval of <see cref="NegativeBinomialRegression"/>, so overdispersion and misspecified
/// variance widen it. No trend or season: the two sets are compared as they are.
/// </remarks>
public static class PeriodRateRatio
{
    /// <summary>Fits the counts with an indicator of period B; every other period is period A.</summary>
    /// <param name="counts">One count per period, in time order.</param>
    /// <param name="inB">Per period: whether it belongs to B.</param>
    public static IntervalEstimate NegativeBinomial(IReadOnlyList<double> counts, IReadOnlyList<bool> inB)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(inB);
        if (counts.Count != inB.Count)
        {
            throw new ArgumentException($"{counts.Count} counts for {inB.Count} period flags");
        }

        var x = Matrix<double>.Build.Dense(counts.Count, 2, (i, j) => j == 0 ? 1 : inB[i] ? 1 : 0);
        var fit = NegativeBinomialRegression.Fit(["intercept", "period_b"], x, Vector<double>.Build.Dense([.. counts]));
        var rr = fit["period_b"];
        var (lower, upper) = rr.RateRatioInterval;
        return new IntervalEstimate(rr.RateRatio, lower, upper);
    }
}
