using Crosscurrents.Models.Hawkes.Internal;

namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    /// <summary>
    /// Goodness of fit by time rescaling: each day's compensator Λ_i(d) is spread evenly over the day and the day's
    /// events are put at uniform times within it (seeded), so the rescaled gaps τ between successive events of a
    /// stream are independent unit exponentials if the model is right; u = 1 − e^{−τ} are then uniform, and the
    /// Kolmogorov–Smirnov test checks that.
    /// </summary>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public static HawkesGoodnessOfFit GoodnessOfFit(HawkesFit fit, int seed)
    {
        ArgumentNullException.ThrowIfNull(fit);
        fit.EnsureUsable();
        return GoodnessOfFit(fit.Data, fit.Point, seed);
    }

    /// <summary>Time-rescaling residuals (one per event) and KS tests of given parameters on given data.</summary>
    public static HawkesGoodnessOfFit GoodnessOfFit(HawkesData data, HawkesParameters theta, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        var random = new Random(seed);
        var (_, _, _, compensator) = new Likelihood(data).PerDay(theta);
        var residuals = new double[data.K][];
        for (var i = 0; i < data.K; i++)
        {
            residuals[i] = Rescaled(data.Counts[i], compensator[i], random);
        }

        var ks = residuals.Select(r => r.Length == 0 ? new KolmogorovSmirnovTest(double.NaN, double.NaN) : KolmogorovSmirnov(r)).ToArray();
        return new HawkesGoodnessOfFit(residuals, ks.Select(k => k.Statistic).ToArray(), ks.Select(k => k.PValue).ToArray());
    }

    /// <summary>u = 1 − e^{−τ} for each event: each day's compensator spread evenly over the day, its events at uniform times in it.</summary>
    private static double[] Rescaled(double[] counts, double[] compensator, Random random)
    {
        var list = new List<double>();
        var cumulative = 0.0;
        var previous = 0.0;
        for (var day = 0; day < counts.Length; day++)
        {
            var n = (int)counts[day];
            foreach (var u in Enumerable.Range(0, n).Select(_ => random.NextDouble()).Order())
            {
                var at = cumulative + (u * compensator[day]);
                list.Add(1 - Math.Exp(-(at - previous)));
                previous = at;
            }

            cumulative += compensator[day];
        }

        return [.. list];
    }

    /// <summary>One-sample KS test against the uniform distribution, with the asymptotic p-value.</summary>
    public static KolmogorovSmirnovTest KolmogorovSmirnov(IReadOnlyList<double> values)
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

        return new KolmogorovSmirnovTest(d, Math.Clamp(p, 0, 1));
    }
}
