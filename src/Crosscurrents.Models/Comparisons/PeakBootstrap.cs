using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Comparisons;

/// <summary>Where the maximum of a series of counts falls, and how sure that is, by a parametric (Poisson) bootstrap.</summary>
/// <remarks>
/// Each value is taken as the mean of a Poisson count (a value of 0 as 10⁻⁹); every replication draws the whole
/// series again and records the position of its maximum (the first, on ties). The share of replications whose peak
/// falls in a set of positions is the probability that the peak is there; the 2.5% and 97.5% order statistics of the
/// replicated positions give a 95% range. The values are independent in this model: serial correlation would widen
/// the range.
/// </remarks>
public static class PeakBootstrap
{
    /// <summary>Runs the bootstrap with a seeded generator, so the result reproduces.</summary>
    /// <param name="values">The series (counts, or totals that behave like counts).</param>
    /// <param name="replications">Draws of the whole series (at least 1).</param>
    /// <param name="seed">Seed of the generator.</param>
    public static PeakBootstrapResult Run(IReadOnlyList<double> values, int replications, int seed)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replications);
        if (values.Count == 0)
        {
            throw new ArgumentException("the series is empty", nameof(values));
        }

        var observed = values.ToArray();
        var random = new Random(seed);
        var peaks = new int[replications];
        for (var b = 0; b < replications; b++)
        {
            var draw = observed.Select(v => (double)Poisson.Sample(random, Math.Max(v, 1e-9))).ToArray();
            peaks[b] = Array.IndexOf(draw, draw.Max());
        }

        return new PeakBootstrapResult(Array.IndexOf(observed, observed.Max()), peaks);
    }
}
