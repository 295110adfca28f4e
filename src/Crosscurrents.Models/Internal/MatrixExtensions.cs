using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Internal;

internal static class MatrixExtensions
{
    /// <summary>diag(w) · X without forming the diagonal matrix.</summary>
    public static Matrix<double> MultiplyRows(this Matrix<double> x, Vector<double> w) =>
        Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => x[i, j] * w[i]);
}
