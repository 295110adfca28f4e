using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    /// <summary>
    /// Goodness of fit by time rescaling for counts: each period's count is mapped to a uniform value through the
    /// fitted Poisson distribution (randomised probability integral transform, u = F(y − 1) + V·P(y), V uniform and
    /// seeded). If the model is right the u are independent uniforms; the Kolmogorov–Smirnov test checks that.
    /// </summary>
    public static HawkesGoodnessOfFit GoodnessOfFit(HawkesData data, HawkesParameters theta, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        var random = new Random(seed);
        var residuals = Enumerable.Range(0, data.K).Select(_ => new double[data.T]).ToArray();
        foreach (var (day, background, excitation) in Intensities(theta, data.Covariates, data.Counts))
        {
            for (var i = 0; i < data.K; i++)
            {
                var lambda = background[i] + excitation[i];
                var y = (int)data.Counts[i][day];
                var below = y == 0 ? 0 : Poisson.CDF(lambda, y - 1);
                residuals[i][day] = below + (random.NextDouble() * Poisson.PMF(lambda, y));
            }
        }

        var ks = residuals.Select(KolmogorovSmirnov).ToArray();
        return new HawkesGoodnessOfFit(residuals, ks.Select(k => k.D).ToArray(), ks.Select(k => k.P).ToArray());
    }

    /// <summary>One-sample KS test against the uniform distribution, with the asymptotic p-value.</summary>
    public static (double D, double P) KolmogorovSmirnov(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var d = 0.0;
        for (var i = 0; i < n; i++)
        {
            d = Math.Max(d, Math.Max(((i + 1.0) / n) - sorted[i], sorted[i] - ((double)i / n)));
        }

        var lambda = (Math.Sqrt(n) + 0.12 + (0.11 / Math.Sqrt(n))) * d;
        var p = 0.0;
        for (var j = 1; j <= 100; j++)
        {
            p += 2 * (j % 2 == 1 ? 1 : -1) * Math.Exp(-2 * j * j * lambda * lambda);
        }

        return (d, Math.Clamp(p, 0, 1));
    }
}

/// <summary>Rescaled residuals per stream and their Kolmogorov–Smirnov statistics and p-values.</summary>
public sealed record HawkesGoodnessOfFit(double[][] Residuals, double[] KsStatistic, double[] KsPValue);
