using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Forecasting.Scores;

/// <summary>The result of a Diebold–Mariano test.</summary>
/// <param name="MeanDifference">Mean of d_o = loss(reference) − loss(model): positive when the model is better.</param>
/// <param name="Statistic">The Harvey–Leybourne–Newbold corrected statistic.</param>
/// <param name="PValue">Two-sided p-value from Student's t with n − 1 degrees of freedom.</param>
/// <param name="Origins">n, the number of paired origins.</param>
public sealed record DieboldMarianoTest(double MeanDifference, double Statistic, double PValue, int Origins);

/// <summary>
/// Diebold–Mariano test of equal expected loss of two forecasts paired over origins, with the Harvey, Leybourne and
/// Newbold (1997) small-sample correction.
/// </summary>
/// <remarks>
/// The long-run variance of d is γ₀ + 2 Σ_{k=1}^{h−1} γ_k (autocovariances with divisor n), since h-step forecast errors
/// from consecutive origins overlap for h − 1 lags; when that estimate is not positive γ₀ alone is used. The statistic
/// d̄ / √(V/n) is multiplied by √((n + 1 − 2h + h(h − 1)/n)/n) and referred to t(n − 1). Validated against
/// <c>tools/fixtures/forecast_scores.py</c>.
/// </remarks>
public static class DieboldMariano
{
    /// <summary>Runs the test on loss differentials d_o = loss(reference) − loss(model), in origin order.</summary>
    public static DieboldMarianoTest Test(IReadOnlyList<double> differences, int horizon)
    {
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var n = differences.Count;
        if (n < 2)
        {
            return new DieboldMarianoTest(n == 1 ? differences[0] : double.NaN, double.NaN, double.NaN, n);
        }

        var mean = differences.Average();
        double Gamma(int k)
        {
            var s = 0.0;
            for (var t = k; t < n; t++)
            {
                s += (differences[t] - mean) * (differences[t - k] - mean);
            }

            return s / n;
        }

        var gamma0 = Gamma(0);
        var v = gamma0;
        for (var k = 1; k < Math.Min(horizon, n); k++)
        {
            v += 2 * Gamma(k);
        }

        if (!(v > 0))
        {
            v = gamma0;
        }

        if (!(v > 0))
        {
            return new DieboldMarianoTest(mean, mean == 0 ? 0 : Math.Sign(mean) * double.PositiveInfinity, mean == 0 ? 1 : 0, n);
        }

        var dm = mean / Math.Sqrt(v / n);
        var correction = Math.Sqrt((n + 1 - (2.0 * horizon) + (horizon * (horizon - 1.0) / n)) / n);
        var statistic = dm * correction;
        var p = 2 * (1 - StudentT.CDF(0, 1, n - 1, Math.Abs(statistic)));
        return new DieboldMarianoTest(mean, statistic, p, n);
    }
}
