using Crosscurrents.Models.Internal;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Regression;

/// <summary>
/// Negative-binomial (NB2) regression with a log link, fitted by maximum likelihood as R's <c>MASS::glm.nb</c> does:
/// iteratively reweighted least squares for the coefficients given θ, Newton's method for θ given the means,
/// alternated until both settle.
/// </summary>
/// <remarks>
/// Model: y_i ~ NB(μ_i, θ) with Var(y_i) = μ_i + μ_i²/θ and log μ_i = x_iᵀβ (+ offset_i). Standard errors are the
/// model-based ones, from the inverse Fisher information for β with θ held at its estimate (as <c>summary(glm.nb)</c>
/// reports), and the robust sandwich (HC0) ones, as <c>sandwich::sandwich</c> computes for a <c>glm.nb</c> fit.
/// Validated against R on committed fixtures (<c>tools/fixtures/negative_binomial.R</c>).
/// </remarks>
public static class NegativeBinomialRegression
{
    /// <summary>The largest θ reported: beyond it the counts are Poisson for every practical purpose.</summary>
    public const double MaxTheta = 1e6;

    /// <summary>Fits the model.</summary>
    /// <param name="terms">Names of the columns of <paramref name="x"/> (include an intercept column yourself).</param>
    /// <param name="x">Design matrix, n × p.</param>
    /// <param name="y">Counts (whole numbers ≥ 0), length n.</param>
    /// <param name="offset">Optional offset on the log scale (e.g. log exposure), length n.</param>
    /// <exception cref="ArgumentException">Sizes disagree, a count is negative or not whole, or there are fewer rows than terms.</exception>
    public static NegativeBinomialFit Fit(IReadOnlyList<string> terms, Matrix<double> x, Vector<double> y, Vector<double>? offset = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var n = x.RowCount;
        var p = x.ColumnCount;
        if (terms.Count != p || y.Count != n || (offset is not null && offset.Count != n))
        {
            throw new ArgumentException($"sizes disagree: {terms.Count} terms, X is {n}×{p}, y has {y.Count} values");
        }

        if (n <= p)
        {
            throw new ArgumentException($"{n} observations cannot estimate {p} coefficients and θ");
        }

        if (y.Any(v => v < 0 || v != Math.Floor(v) || double.IsNaN(v)))
        {
            throw new ArgumentException("counts must be whole numbers ≥ 0");
        }

        var off = offset ?? Vector<double>.Build.Dense(n);

        // Start from a Poisson fit (θ = ∞), then alternate, as glm.nb does.
        var beta = Irls(x, y, off, theta: double.PositiveInfinity, start: null, out _);
        var mu = Means(x, beta, off);
        var theta = ThetaMl(y, mu, null, out _);
        var logLik = LogLikelihood(y, mu, theta);
        var iterations = 0;
        var converged = false;
        while (iterations++ < 100)
        {
            beta = Irls(x, y, off, theta, beta, out var inner);
            mu = Means(x, beta, off);
            var previousTheta = theta;
            theta = ThetaMl(y, mu, theta, out _);
            var previousLogLik = logLik;
            logLik = LogLikelihood(y, mu, theta);
            // Converged only if the coefficients did too (IRLS stopped before its limit), not only θ and the likelihood.
            if (Math.Abs(logLik - previousLogLik) < 1e-10 * (1 + Math.Abs(logLik)) && Math.Abs(theta - previousTheta) < 1e-8 * (1 + theta) && inner <= MaxIrlsIterations)
            {
                converged = true;
                break;
            }
        }

        var w = mu.Map2((m, _) => m / (1 + (m / theta)), mu);
        var information = x.TransposeThisAndMultiply(x.MultiplyRows(w));
        var covariance = information.Inverse();

        // Sandwich (HC0): bread = (XᵀWX)⁻¹, meat = Σ e_i² x_i x_iᵀ with e_i = (y_i − μ_i)/(1 + μ_i/θ).
        var e = Vector<double>.Build.Dense(n, i => (y[i] - mu[i]) / (1 + (mu[i] / theta)));
        var meat = x.TransposeThisAndMultiply(x.MultiplyRows(e.PointwiseMultiply(e)));
        var robust = covariance * meat * covariance;
        _ = ThetaMl(y, mu, theta, out var thetaInformation);

        var coefficients = Enumerable.Range(0, p)
            .Select(j => new RegressionCoefficient(terms[j], beta[j], Math.Sqrt(covariance[j, j]), Math.Sqrt(robust[j, j])))
            .ToList();
        return new NegativeBinomialFit(coefficients, theta, Math.Sqrt(1 / thetaInformation), logLik, (-2 * logLik) + (2 * (p + 1)), n, iterations, converged,
            covariance.ToArray(), robust.ToArray());
    }

    /// <summary>The NB2 log-likelihood Σ [lnΓ(θ+y) − lnΓ(θ) − lnΓ(y+1) + θ ln θ + y ln μ − (θ+y) ln(θ+μ)].</summary>
    public static double LogLikelihood(Vector<double> y, Vector<double> mu, double theta)
    {
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(mu);
        var sum = 0.0;
        for (var i = 0; i < y.Count; i++)
        {
            var yi = y[i];
            var mi = mu[i];
            sum += Gamma.LogGamma(theta + yi) - Gamma.LogGamma(theta) - Gamma.LogGamma(yi + 1) + (theta * Math.Log(theta)) +
                   (yi > 0 ? yi * Math.Log(mi) : 0) - ((theta + yi) * Math.Log(theta + mi));
        }

        return sum;
    }

    private static Vector<double> Means(Matrix<double> x, Vector<double> beta, Vector<double> offset) =>
        (x * beta + offset).PointwiseExp();

    private const int MaxIrlsIterations = 100;

    /// <summary>IRLS for the log-link GLM with NB2 variance μ + μ²/θ (θ = ∞: Poisson).</summary>
    private static Vector<double> Irls(Matrix<double> x, Vector<double> y, Vector<double> offset, double theta, Vector<double>? start, out int iterations)
    {
        var n = x.RowCount;
        var eta = start is null ? y.Map(v => Math.Log(v + 0.1)) : x * start + offset;
        Vector<double> beta = start ?? Vector<double>.Build.Dense(x.ColumnCount);
        var previousDeviance = double.PositiveInfinity;
        for (iterations = 1; iterations <= MaxIrlsIterations; iterations++)
        {
            var mu = eta.PointwiseExp();
            var w = Vector<double>.Build.Dense(n, i => double.IsPositiveInfinity(theta) ? mu[i] : mu[i] / (1 + (mu[i] / theta)));
            var z = Vector<double>.Build.Dense(n, i => eta[i] - offset[i] + ((y[i] - mu[i]) / mu[i]));
            var xtw = x.TransposeThisAndMultiply(x.MultiplyRows(w));
            var previous = beta;
            beta = xtw.Solve(x.TransposeThisAndMultiply(w.PointwiseMultiply(z)));
            eta = x * beta + offset;
            var deviance = Deviance(y, eta.PointwiseExp(), theta);

            // Step halving while the deviance rises (as R's glm2 does): with small θ and many empty periods plain
            // Fisher scoring can jump between two points for ever instead of converging.
            for (var halving = 0; halving < 30 && !(deviance <= previousDeviance * (1 + 1e-12)) && !double.IsPositiveInfinity(previousDeviance); halving++)
            {
                beta = (beta + previous) / 2;
                eta = x * beta + offset;
                deviance = Deviance(y, eta.PointwiseExp(), theta);
            }
            if (Math.Abs(deviance - previousDeviance) < 1e-12 * (Math.Abs(deviance) + 0.1))
            {
                break;
            }

            previousDeviance = deviance;
        }

        return beta;
    }

    private static double Deviance(Vector<double> y, Vector<double> mu, double theta)
    {
        var d = 0.0;
        for (var i = 0; i < y.Count; i++)
        {
            var yi = y[i];
            var mi = mu[i];
            d += double.IsPositiveInfinity(theta)
                ? 2 * ((yi > 0 ? yi * Math.Log(yi / mi) : 0) - (yi - mi))
                : 2 * ((yi > 0 ? yi * Math.Log(yi / mi) : 0) - ((yi + theta) * Math.Log((yi + theta) / (mi + theta))));
        }

        return d;
    }

    /// <summary>Maximum-likelihood θ given the means, by Newton's method (MASS::theta.ml); also returns the information.</summary>
    private static double ThetaMl(Vector<double> y, Vector<double> mu, double? start, out double information)
    {
        var n = y.Count;
        var theta = start ?? n / y.Select((v, i) => Math.Pow((v / mu[i]) - 1, 2)).Sum();
        information = 1;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double score = 0, info = 0;
            for (var i = 0; i < n; i++)
            {
                var yi = y[i];
                var mi = mu[i];
                score += Gamma.Digamma(theta + yi) - Gamma.Digamma(theta) + Math.Log(theta) + 1 - Math.Log(theta + mi) - ((yi + theta) / (mi + theta));
                info += -Gamma.Trigamma(theta + yi) + Gamma.Trigamma(theta) - (1 / theta) + (2 / (mi + theta)) - ((yi + theta) / Math.Pow(mi + theta, 2));
            }

            information = info;
            var step = score / info;
            var next = theta + step;
            if (next <= 0 || double.IsNaN(next))
            {
                next = theta / 2;
            }

            // No overdispersion: θ runs off to infinity and the model is Poisson. Stop at a θ where the difference
            // no longer matters (Var = μ + μ²/θ).
            if (next > MaxTheta || (step > 0 && info <= 0))
            {
                theta = MaxTheta;
                break;
            }

            var delta = Math.Abs(next - theta);
            theta = next;
            if (delta < 1e-12 * (1 + theta))
            {
                break;
            }
        }

        return theta;
    }
}
