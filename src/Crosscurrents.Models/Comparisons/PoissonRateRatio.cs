namespace Crosscurrents.Models.Comparisons;

/// <summary>The ratio of two Poisson rates with a Wald 95% interval on the log scale.</summary>
/// <remarks>
/// The counts are taken as independent Poisson, so Var(ln R) = 1/N_a + 1/N_b with N the totals, and the interval is
/// R·exp(±1.96 √(1/N_a + 1/N_b)). That ignores overdispersion and any trend: for counts that vary more than Poisson
/// (conflict counts do) the interval is too narrow, which is why callers say so, and use the negative-binomial
/// <see cref="PeriodRateRatio"/> where the data allow.
/// </remarks>
public static class PoissonRateRatio
{
    private const double Z = 1.96;

    /// <summary>The mean per period of <paramref name="b"/> against that of <paramref name="a"/> (for example mean per reported month).</summary>
    /// <exception cref="ArgumentException">A side is empty or sums to 0.</exception>
    public static IntervalEstimate OfMeans(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0 || a.Sum() == 0 || b.Sum() == 0)
        {
            throw new ArgumentException("both sides need periods and at least one event");
        }

        var ratio = b.Average() / a.Average();
        return Interval(ratio, a.Sum(), b.Sum());
    }

    /// <summary>The total <paramref name="after"/> against the total <paramref name="before"/>, over equal exposures.</summary>
    /// <exception cref="ArgumentException">A total is not positive.</exception>
    public static IntervalEstimate OfTotals(double before, double after)
    {
        if (!(before > 0) || !(after > 0))
        {
            throw new ArgumentException("both totals must be positive");
        }

        return Interval(after / before, before, after);
    }

    private static IntervalEstimate Interval(double ratio, double totalA, double totalB)
    {
        var se = Math.Sqrt((1 / totalA) + (1 / totalB));
        return new IntervalEstimate(ratio, ratio * Math.Exp(-Z * se), ratio * Math.Exp(Z * se));
    }
}
