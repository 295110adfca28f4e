using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Hawkes.Internal;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Scenarios;

/// <summary>The parameters a scenario simulates from: point estimates, and how to draw them with their uncertainty.</summary>
/// <remarks>
/// From a fit, every path draws θ ~ Normal(θ̂, Σ) with Σ the inverse observed information (the Wald approximation the
/// fit's intervals use); fixed parameters and entries the fit could not compute have no variance. Draws are cut to the
/// model's domain (α ≥ 0, ω ≥ 10⁻³) and redrawn (up to 100 times, then θ̂ is used) when the spectral radius of α is
/// 1 or more, since such a process explodes: the draws are from the normal truncated to the stationary region.
/// </remarks>
public sealed class ScenarioModel
{
    private const int MaxRedraws = 100;
    private readonly double[] _mean;
    private readonly Matrix<double>? _root;
    private readonly Layout _layout;

    private ScenarioModel(HawkesParameters estimates, double[] stdErrors, Matrix<double>? root, IReadOnlyList<string> streams, IReadOnlyList<string> covariates)
    {
        Estimates = estimates;
        StdErrors = stdErrors;
        Streams = streams;
        CovariateNames = covariates;
        _layout = Layout.Of(estimates);
        _mean = estimates.Pack();
        _root = root;
    }

    /// <summary>The point estimates.</summary>
    public HawkesParameters Estimates { get; }

    /// <summary>Stream names.</summary>
    public IReadOnlyList<string> Streams { get; }

    /// <summary>Covariate names.</summary>
    public IReadOnlyList<string> CovariateNames { get; }

    /// <summary>Whether paths draw parameters (false: every path uses the point estimates).</summary>
    public bool DrawsParameters => _root is not null;

    private double[] StdErrors { get; }

    /// <summary>The model of a usable fit, drawing parameters from its asymptotic normal (or not, when <paramref name="uncertainty"/> is false).</summary>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public static ScenarioModel FromFit(HawkesFit fit, bool uncertainty = true)
    {
        ArgumentNullException.ThrowIfNull(fit);
        fit.EnsureUsable();
        var n = fit.Point.Count;
        var se = Enumerable.Range(0, n).Select(i => double.IsFinite(fit.StdErrors.ElementAtOrDefault(i)) ? fit.StdErrors[i] : 0).ToArray();
        Matrix<double>? root = null;
        if (uncertainty && fit.Covariance.GetLength(0) == n)
        {
            var sigma = Matrix<double>.Build.Dense(n, n, (i, j) => double.IsFinite(fit.Covariance[i, j]) && !fit.Fixed[i] && !fit.Fixed[j] ? fit.Covariance[i, j] : 0);
            sigma = (sigma + sigma.Transpose()) / 2;
            var evd = sigma.Evd(Symmetricity.Symmetric);
            var values = evd.EigenValues.Select(v => Math.Sqrt(Math.Max(0, v.Real))).ToArray();
            root = evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalArray(values);
        }

        return new ScenarioModel(fit.Point, se, root, fit.Streams, fit.CovariateNames);
    }

    /// <summary>Known parameters, without uncertainty (for recovery tests and what-if runs).</summary>
    public static ScenarioModel Known(HawkesParameters theta, IReadOnlyList<string> streams, IReadOnlyList<string> covariates)
    {
        ArgumentNullException.ThrowIfNull(theta);
        return new ScenarioModel(theta, new double[theta.Count], null, streams, covariates);
    }

    /// <summary>Standard error of the background coefficient of a covariate for a stream (0 when unknown).</summary>
    public double BackgroundStdError(int stream, int column) => StdErrors[_layout.Background(stream, column)];

    /// <summary>One draw of the parameters (the point estimates when <see cref="DrawsParameters"/> is false).</summary>
    public HawkesParameters Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (_root is null)
        {
            return Estimates;
        }

        var n = _mean.Length;
        var z = new double[n];
        var v = new double[n];
        for (var attempt = 0; attempt < MaxRedraws; attempt++)
        {
            for (var i = 0; i < n; i++)
            {
                z[i] = Normal(random);
            }

            for (var i = 0; i < n; i++)
            {
                var s = _mean[i];
                for (var j = 0; j < n; j++)
                {
                    s += _root[i, j] * z[j];
                }

                v[i] = _layout.IsBranching(i) ? Math.Max(0, s) : _layout.IsDecay(i) ? Math.Max(1e-3, s) : s;
            }

            var theta = HawkesParameters.Unpack(v, Estimates.K, Estimates.P);
            if (SpectralRadius(theta.Alpha) < 1)
            {
                return theta;
            }
        }

        return Estimates;
    }

    /// <summary>A standard normal deviate (Box–Muller; one of the pair is used, so draws do not depend on call history).</summary>
    internal static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static double SpectralRadius(double[,] alpha)
    {
        var k = alpha.GetLength(0);
        if (k == 1)
        {
            return alpha[0, 0];
        }

        var evd = Matrix<double>.Build.DenseOfArray(alpha).Evd();
        return evd.EigenValues.Max(e => e.Magnitude);
    }
}
