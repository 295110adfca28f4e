using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Hawkes;

/// <summary>Daily (or other equally spaced) counts of K streams, and the covariates of their background rates.</summary>
/// <param name="Streams">Stream names, length K.</param>
/// <param name="Counts">Counts[k][t]: events of stream k in period t (ties are simply counts above one).</param>
/// <param name="CovariateNames">Names of the covariate columns (include an intercept column yourself).</param>
/// <param name="Covariates">T × p matrix shared by all streams; each stream has its own coefficients.</param>
public sealed record HawkesData(IReadOnlyList<string> Streams, double[][] Counts, IReadOnlyList<string> CovariateNames, Matrix<double> Covariates)
{
    public int K => Streams.Count;

    public int T => Covariates.RowCount;

    public int P => Covariates.ColumnCount;

    /// <summary>Checks sizes and values; throws <see cref="ArgumentException"/> naming the problem.</summary>
    public void Validate()
    {
        if (Counts.Length != K || Counts.Any(c => c.Length != T))
        {
            throw new ArgumentException($"counts must be {K} series of {T} periods");
        }

        if (CovariateNames.Count != P)
        {
            throw new ArgumentException($"{CovariateNames.Count} covariate names for {P} columns");
        }

        if (Counts.Any(c => c.Any(v => v < 0 || v != Math.Floor(v))))
        {
            throw new ArgumentException("counts must be whole numbers ≥ 0");
        }
    }
}

/// <summary>Parameters of the multivariate Hawkes model (see <see cref="HawkesModel"/>).</summary>
/// <param name="Gamma">Gamma[k][c]: background log-rate coefficient of covariate c for stream k.</param>
/// <param name="Alpha">Alpha[j, k]: branching ratio, the expected number of stream-k events one stream-j event triggers (same day included).</param>
/// <param name="Omega">Omega[j]: decay rate per day of the exponential kernel of stream j (half-life ln 2 / ω).</param>
public sealed record HawkesParameters(double[][] Gamma, double[,] Alpha, double[] Omega)
{
    public int K => Omega.Length;

    public int P => Gamma[0].Length;

    public int Count => (K * P) + (K * K) + K;

    public double[] Pack()
    {
        var v = new List<double>();
        foreach (var g in Gamma)
        {
            v.AddRange(g);
        }

        for (var j = 0; j < K; j++)
        {
            for (var k = 0; k < K; k++)
            {
                v.Add(Alpha[j, k]);
            }
        }

        v.AddRange(Omega);
        return [.. v];
    }

    public static HawkesParameters Unpack(IReadOnlyList<double> v, int k, int p)
    {
        var gamma = Enumerable.Range(0, k).Select(s => Enumerable.Range(0, p).Select(c => v[(s * p) + c]).ToArray()).ToArray();
        var alpha = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < k; i++)
            {
                alpha[j, i] = v[(k * p) + (j * k) + i];
            }
        }

        var omega = Enumerable.Range(0, k).Select(j => v[(k * p) + (k * k) + j]).ToArray();
        return new HawkesParameters(gamma, alpha, omega);
    }
}
