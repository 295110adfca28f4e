using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Hawkes.Internal;

/// <summary>
/// An orthonormal basis for the smooth background columns (intercept, trend and its knots, season): the search runs
/// on Z̃ = Z_C R⁻¹ √T from the thin QR decomposition Z_C = QR, whose columns are orthogonal with unit mean square, and
/// maps the estimates back (γ_C = R⁻¹ √T γ̃_C). The likelihood is the same; the search is not: truncated-line knot
/// columns are nearly collinear, which leaves quasi-Newton searches crawling through a narrow valley. 0/1 indicators stay as they are,
/// so holding one of them fixed is still a bound on one coordinate.
/// </summary>
internal sealed class Basis
{
    private readonly int[] _smooth;
    private readonly Matrix<double> _map; // γ_C = _map · γ̃_C
    private readonly Matrix<double> _inverse;

    private Basis(HawkesData original, HawkesData work, int[] smooth, Matrix<double> map)
    {
        Original = original;
        Work = work;
        _smooth = smooth;
        _map = map;
        _inverse = map.Inverse();
    }

    public HawkesData Original { get; }

    /// <summary>The data with the smooth columns replaced by the orthonormal ones.</summary>
    public HawkesData Work { get; }

    /// <summary>Whether work column c is one of the orthonormalised smooth columns.</summary>
    public bool IsSmooth(int c) => _smooth.Contains(c);

    public static Basis For(HawkesData data)
    {
        var smooth = Enumerable.Range(0, data.P).Where(c => !IsIndicator(data.Covariates.Column(c))).ToArray();
        if (smooth.Length == 0)
        {
            return new Basis(data, data, smooth, Matrix<double>.Build.Dense(0, 0));
        }

        var z = Matrix<double>.Build.Dense(data.T, smooth.Length, (t, i) => data.Covariates[t, smooth[i]]);
        var qr = z.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var r = qr.R;
        if (Enumerable.Range(0, smooth.Length).Any(i => Math.Abs(r[i, i]) < 1e-10 * Math.Sqrt(data.T)))
        {
            return new Basis(data, data, [], Matrix<double>.Build.Dense(0, 0)); // collinear: leave it to the information check
        }

        var scale = Math.Sqrt(data.T);
        var q = qr.Q * scale;
        var covariates = data.Covariates.Clone();
        for (var i = 0; i < smooth.Length; i++)
        {
            covariates.SetColumn(smooth[i], q.Column(i));
        }

        return new Basis(data, data with { Covariates = covariates }, smooth, r.Inverse() * scale);
    }

    /// <summary>A 0/1 column that is not constant.</summary>
    public static bool IsIndicator(Vector<double> column) => column.All(v => v is 0 or 1) && column.Any(v => v != column[0]);

    public HawkesParameters ToWork(HawkesParameters theta) => Map(theta, _inverse);

    public HawkesParameters FromWork(HawkesParameters theta) => Map(theta, _map);

    /// <summary>Covariance of the original parameters from that of the work parameters (both in <see cref="Layout"/> order).</summary>
    public double[,] CovarianceFromWork(double[,] work, Layout layout)
    {
        var n = work.GetLength(0);
        if (_smooth.Length == 0)
        {
            return work;
        }

        var j = Matrix<double>.Build.DenseIdentity(n);
        for (var s = 0; s < layout.K; s++)
        {
            for (var a = 0; a < _smooth.Length; a++)
            {
                for (var b = 0; b < _smooth.Length; b++)
                {
                    j[layout.Background(s, _smooth[a]), layout.Background(s, _smooth[b])] = _map[a, b];
                }
            }
        }

        // NaN rows (fixed parameters) stay NaN only where they were; zero them for the product, then restore.
        var w = Matrix<double>.Build.Dense(n, n, (a, b) => double.IsNaN(work[a, b]) ? 0 : work[a, b]);
        var result = (j * w * j.Transpose()).ToArray();
        for (var a = 0; a < n; a++)
        {
            if (double.IsNaN(work[a, a]))
            {
                for (var b = 0; b < n; b++)
                {
                    result[a, b] = double.NaN;
                    result[b, a] = double.NaN;
                }
            }
        }

        return result;
    }

    private HawkesParameters Map(HawkesParameters theta, Matrix<double> m)
    {
        if (_smooth.Length == 0)
        {
            return theta;
        }

        var gamma = theta.Gamma.Select(g =>
        {
            var mapped = (double[])g.Clone();
            var block = m * Vector<double>.Build.DenseOfEnumerable(_smooth.Select(c => g[c]));
            for (var i = 0; i < _smooth.Length; i++)
            {
                mapped[_smooth[i]] = block[i];
            }

            return mapped;
        }).ToArray();
        return theta with { Gamma = gamma };
    }
}
