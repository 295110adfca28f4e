using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.TimeSeries;

/// <summary>
/// Vector autoregression by least squares, equation by equation, and pairwise Granger-causality F tests: a cross-check
/// of the directions the Hawkes model finds. Matches statsmodels' <c>VAR.fit(p, trend="c")</c> and
/// <c>grangercausalitytests</c> (ssr F test) on committed fixtures (<c>tools/fixtures/granger_var.py</c>).
/// </summary>
/// <remarks>
/// VAR(p): y_t = c + Σ_{l=1..p} A_l y_{t−l} + e_t, fitted on t = p..n−1. Granger test of "x does not help predict y"
/// at lag p: compare y_t on (1, y_{t−1..t−p}) with y_t on (1, y_{t−1..t−p}, x_{t−1..t−p}); F = ((RSS_r − RSS_u)/p) /
/// (RSS_u/(n − p − (2p + 1))) with (p, n − p − 2p − 1) degrees of freedom. Least squares on counts is a linear
/// approximation; read it as a cross-check, not as the model of record.
/// </remarks>
public static class VectorAutoregression
{
    /// <summary>Coefficients as a (1 + m·p) × m array: row 0 the constants, then lag 1 of each series, lag 2, ...; one column per equation.</summary>
    public static double[,] Fit(IReadOnlyList<double[]> series, int lags)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(lags, 1);
        if (series.Count == 0 || series.Any(s => s is null || s.Length != series[0].Length))
        {
            throw new ArgumentException("give one or more series of the same length");
        }

        var m = series.Count;
        var n = series[0].Length;
        if (lags < 1 || n - lags <= (m * lags) + 1)
        {
            throw new ArgumentException($"{n} periods are too few for {m} series at lag {lags}");
        }

        var x = Matrix<double>.Build.Dense(n - lags, 1 + (m * lags), (r, c) =>
        {
            if (c == 0)
            {
                return 1;
            }

            var lag = ((c - 1) / m) + 1;
            var variable = (c - 1) % m;
            return series[variable][r + lags - lag];
        });
        var result = new double[1 + (m * lags), m];
        var qr = x.QR();
        for (var equation = 0; equation < m; equation++)
        {
            var y = Vector<double>.Build.Dense(n - lags, r => series[equation][r + lags]);
            var beta = qr.Solve(y);
            for (var c = 0; c < beta.Count; c++)
            {
                result[c, equation] = beta[c];
            }
        }

        return result;
    }

    /// <summary>F test of whether <paramref name="cause"/> Granger-causes <paramref name="effect"/> at the given lag.</summary>
    public static GrangerTest Granger(double[] cause, double[] effect, int lags)
    {
        ArgumentNullException.ThrowIfNull(cause);
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentOutOfRangeException.ThrowIfLessThan(lags, 1);
        if (cause.Length != effect.Length)
        {
            throw new ArgumentException($"the series differ in length ({cause.Length} and {effect.Length})");
        }

        if (cause.AsSpan().SequenceEqual(effect))
        {
            // The unrestricted regression would be collinear and F meaningless (it came out negative).
            throw new ArgumentException("cause and effect are the same series; a Granger test needs two different series");
        }

        var n = effect.Length - lags;
        var dfDenominator = n - ((2 * lags) + 1);
        if (dfDenominator <= 0)
        {
            throw new ArgumentException($"{effect.Length} periods are too few for lag {lags}");
        }

        var y = Vector<double>.Build.Dense(n, r => effect[r + lags]);
        var unrestricted = Matrix<double>.Build.Dense(n, 1 + (2 * lags), (r, c) => c == 0 ? 1 : c <= lags ? effect[r + lags - c] : cause[r + lags - (c - lags)]);
        var restricted = unrestricted.SubMatrix(0, n, 0, 1 + lags);
        var rssU = Rss(unrestricted, y);
        var rssR = Rss(restricted, y);
        var f = (rssR - rssU) / lags / (rssU / dfDenominator);
        var p = 1 - FisherSnedecor.CDF(lags, dfDenominator, Math.Max(f, 0));
        return new GrangerTest(lags, f, p, lags, dfDenominator);
    }

    private static double Rss(Matrix<double> x, Vector<double> y)
    {
        var beta = x.QR().Solve(y);
        var residual = y - (x * beta);
        return residual.DotProduct(residual);
    }
}

/// <summary>A Granger F test: F with (<paramref name="DfNumerator"/>, <paramref name="DfDenominator"/>) degrees of freedom and its p-value.</summary>
public sealed record GrangerTest(int Lags, double F, double PValue, int DfNumerator, int DfDenominator);
