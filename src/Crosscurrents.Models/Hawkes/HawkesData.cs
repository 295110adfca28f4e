using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Hawkes;

/// <summary>Daily (or other equally spaced) counts of K streams, and the covariates of their background rates.</summary>
/// <param name="Streams">Stream names, length K.</param>
/// <param name="Counts">Counts[k][t]: events of stream k in period t (ties are simply counts above one).</param>
/// <param name="CovariateNames">Names of the covariate columns (include an intercept column yourself).</param>
/// <param name="Covariates">T × p matrix shared by all streams; each stream has its own coefficients.</param>
public sealed record HawkesData(IReadOnlyList<string> Streams, double[][] Counts, IReadOnlyList<string> CovariateNames, Matrix<double> Covariates)
{
    /// <summary>The data from covariate columns (each of the counts' length) instead of a matrix.</summary>
    public static HawkesData FromColumns(IReadOnlyList<string> streams, double[][] counts, IReadOnlyList<string> covariateNames, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(columns);
        var days = counts.Length > 0 ? counts[0].Length : 0;
        return new HawkesData(streams, counts, covariateNames, Matrix<double>.Build.Dense(days, columns.Count, (t, c) => columns[c][t]));
    }

    /// <summary>
    /// The same data with time reversed (last day first, counts and covariate rows alike). A process whose streams
    /// only share their conditions looks the same either way; excitation from one stream to another runs forward in
    /// time only, so in the reversed data it shows up in the other direction (Haufe et al.'s time-reversal check).
    /// </summary>
    public HawkesData Reversed() => this with
    {
        Counts = Counts.Select(c => c.Reverse().ToArray()).ToArray(),
        Covariates = Matrix<double>.Build.Dense(T, P, (t, c) => Covariates[T - 1 - t, c]),
    };

    /// <summary>Number of streams.</summary>
    public int K => Streams.Count;

    /// <summary>Number of periods (days).</summary>
    public int T => Covariates.RowCount;

    /// <summary>Number of covariate columns.</summary>
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
