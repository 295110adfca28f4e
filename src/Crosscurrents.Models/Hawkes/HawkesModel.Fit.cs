using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    /// <summary>
    /// Maximum-likelihood fit with analytic gradients (L-BFGS-B with α ≥ 0 and ω in [0.01, 10]); standard errors from
    /// the observed information (the Hessian of −log L from central differences of the analytic gradient).
    /// </summary>
    /// <remarks>A branching ratio estimated at its bound 0 has no meaningful Wald interval; such entries are flagged.</remarks>
    /// <param name="data">Counts and covariates.</param>
    /// <param name="start">Starting values (default: background at 70% of the mean, small branching ratios, ω = 0.5).</param>
    /// <param name="standardErrors">Compute the observed information (2 × parameters gradient evaluations); without it the
    /// standard errors are NaN.</param>
    public static HawkesFit Fit(HawkesData data, HawkesParameters? start = null, bool standardErrors = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        int k = data.K, p = data.P;
        var initial = start ?? InitialGuess(data);
        var n = initial.Count;
        var lower = Vector<double>.Build.Dense(n, i => i < k * p ? -50 : i < (k * p) + (k * k) ? 0 : 0.01);
        var upper = Vector<double>.Build.Dense(n, i => i < k * p ? 50 : i < (k * p) + (k * k) ? 5 : 10);
        var scale = Math.Max(1, data.Counts.Sum(c => c.Sum()));
        var objective = ObjectiveFunction.Gradient(v =>
        {
            var g = new double[n];
            var ll = LogLikelihood(data, HawkesParameters.Unpack(v.ToArray(), k, p), g);
            return (-ll / scale, Vector<double>.Build.Dense(g.Select(x => -x / scale).ToArray()));
        });
        var minimizer = new BfgsBMinimizer(1e-9, 1e-10, 1e-12, 2000);
        MinimizationResult result;
        var converged = true;
        try
        {
            result = minimizer.FindMinimum(objective, lower, upper, Vector<double>.Build.DenseOfArray(initial.Pack()));
        }
        catch (MaximumIterationsException)
        {
            converged = false;
            result = null!;
        }

        var estimate = converged ? result.MinimizingPoint.ToArray() : initial.Pack();
        var theta = HawkesParameters.Unpack(estimate, k, p);
        var ll = LogLikelihood(data, theta);
        var covariance = standardErrors
            ? ObservedInformation(data, estimate).Inverse()
            : Matrix<double>.Build.Dense(n, n, double.NaN);
        var se = Enumerable.Range(0, n).Select(i => Math.Sqrt(Math.Max(covariance[i, i], 0))).ToArray();
        var atBound = Enumerable.Range(0, n).Select(i => estimate[i] <= lower[i] + 1e-6 || estimate[i] >= upper[i] - 1e-6).ToArray();
        return new HawkesFit(data.Streams, data.CovariateNames, theta, se, atBound, covariance.ToArray(), ll, (2.0 * n) - (2 * ll),
            TriggeredShares(data, theta), SpectralRadius(theta.Alpha), converged, converged ? result.Iterations : 0);
    }

    private static HawkesParameters InitialGuess(HawkesData data)
    {
        var gamma = data.Counts.Select(c =>
        {
            var g = new double[data.P];
            g[0] = Math.Log(Math.Max(c.Average() * 0.7, 1e-3));
            return g;
        }).ToArray();
        var alpha = new double[data.K, data.K];
        for (var j = 0; j < data.K; j++)
        {
            for (var i = 0; i < data.K; i++)
            {
                alpha[j, i] = j == i ? 0.2 : 0.05;
            }
        }

        return new HawkesParameters(gamma, alpha, Enumerable.Repeat(0.5, data.K).ToArray());
    }

    /// <summary>The Hessian of −log L by central differences of the analytic gradient, symmetrised.</summary>
    private static Matrix<double> ObservedInformation(HawkesData data, double[] estimate)
    {
        var n = estimate.Length;
        var h = Matrix<double>.Build.Dense(n, n);
        for (var b = 0; b < n; b++)
        {
            var step = 1e-5 * Math.Max(1, Math.Abs(estimate[b]));
            var plus = (double[])estimate.Clone();
            var minus = (double[])estimate.Clone();
            plus[b] += step;
            // α and ω cannot go below 0: near that bound the difference becomes one-sided.
            var floor = b >= data.K * data.P ? 0 : double.NegativeInfinity;
            minus[b] = Math.Max(minus[b] - step, floor);
            var gp = new double[n];
            var gm = new double[n];
            LogLikelihood(data, HawkesParameters.Unpack(plus, data.K, data.P), gp);
            LogLikelihood(data, HawkesParameters.Unpack(minus, data.K, data.P), gm);
            for (var a = 0; a < n; a++)
            {
                h[a, b] = -(gp[a] - gm[a]) / (plus[b] - minus[b]);
            }
        }

        return (h + h.Transpose()) / 2;
    }

    /// <summary>Share of each stream's events attributed to excitation rather than background: Σ y (λ − μ)/λ / Σ y.</summary>
    private static double[] TriggeredShares(HawkesData data, HawkesParameters theta)
    {
        var shares = new double[data.K];
        foreach (var (day, background, excitation) in Intensities(theta, data.Covariates, data.Counts))
        {
            for (var i = 0; i < data.K; i++)
            {
                shares[i] += data.Counts[i][day] * excitation[i] / (background[i] + excitation[i]);
            }
        }

        return shares.Select((v, i) => data.Counts[i].Sum() > 0 ? v / data.Counts[i].Sum() : 0).ToArray();
    }

    private static double SpectralRadius(double[,] alpha)
    {
        var m = Matrix<double>.Build.DenseOfArray(alpha);
        return m.Evd().EigenValues.Max(e => e.Magnitude);
    }
}

/// <summary>A fitted discrete-time Hawkes model.</summary>
/// <param name="Streams">Stream names.</param>
/// <param name="CovariateNames">Background covariates.</param>
/// <param name="Parameters">Estimates.</param>
/// <param name="StdErrors">Standard errors in <see cref="HawkesParameters.Pack"/> order (γ, α row by row, ω).</param>
/// <param name="AtBound">Whether each estimate sits on a bound (Wald intervals are not meaningful there).</param>
/// <param name="Covariance">Inverse observed information.</param>
/// <param name="LogLikelihood">Maximised log-likelihood (without −Σ ln y!).</param>
/// <param name="Aic">2 × parameters − 2 log L.</param>
/// <param name="TriggeredShare">Per stream, the share of events attributed to excitation.</param>
/// <param name="SpectralRadius">Largest |eigenvalue| of α: below 1 means a stationary (non-explosive) process.</param>
/// <param name="Converged">Whether the optimiser converged.</param>
/// <param name="Iterations">Optimiser iterations.</param>
public sealed record HawkesFit(
    IReadOnlyList<string> Streams,
    IReadOnlyList<string> CovariateNames,
    HawkesParameters Parameters,
    double[] StdErrors,
    bool[] AtBound,
    double[,] Covariance,
    double LogLikelihood,
    double Aic,
    double[] TriggeredShare,
    double SpectralRadius,
    bool Converged,
    int Iterations)
{
    private const double Z95 = 1.959963984540054;

    private int K => Streams.Count;

    private int P => CovariateNames.Count;

    /// <summary>Branching ratio j → k with its standard error and 95% interval (lower end floored at 0).</summary>
    public (double Estimate, double StdError, double Lower, double Upper, bool AtBound) Branching(int from, int to)
    {
        var index = (K * P) + (from * K) + to;
        var estimate = Parameters.Alpha[from, to];
        return (estimate, StdErrors[index], Math.Max(0, estimate - (Z95 * StdErrors[index])), estimate + (Z95 * StdErrors[index]), AtBound[index]);
    }

    /// <summary>Background rate ratio exp(γ) of a covariate for a stream, with its 95% interval.</summary>
    public (double RateRatio, double Lower, double Upper) RateRatio(int stream, int covariate)
    {
        var g = Parameters.Gamma[stream][covariate];
        var se = StdErrors[(stream * P) + covariate];
        return (Math.Exp(g), Math.Exp(g - (Z95 * se)), Math.Exp(g + (Z95 * se)));
    }

    /// <summary>Half-life of the excitation from a stream, ln 2 / ω, with a delta-method 95% interval.</summary>
    public (double HalfLife, double Lower, double Upper) HalfLife(int stream)
    {
        var omega = Parameters.Omega[stream];
        var se = StdErrors[(K * P) + (K * K) + stream];
        var halfLife = Math.Log(2) / omega;
        var seHalf = Math.Log(2) / (omega * omega) * se;
        return (halfLife, Math.Max(0, halfLife - (Z95 * seHalf)), halfLife + (Z95 * seHalf));
    }
}
