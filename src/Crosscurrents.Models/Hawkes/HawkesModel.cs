using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Hawkes;

/// <summary>
/// A discrete-time multivariate Hawkes model for daily event counts with covariates in the background rate.
/// </summary>
/// <remarks>
/// For streams k = 1..K and periods t, the count y_k(t) is Poisson with mean
/// λ_k(t) = exp(z_tᵀγ_k) + Σ_j α_jk S_j(t), where S_j(t) = Σ_{s&lt;t} g_j(t − s) y_j(s) and
/// g_j(d) = (1 − e^{−ω_j}) e^{−ω_j (d − 1)} for d ≥ 1 is a discretised exponential kernel that sums to one, so
/// α_jk is a branching ratio: the expected number of k-events one j-event triggers over all later periods. An
/// event excites only later periods, never its own, so same-day ties (common in event data, and fatal to
/// continuous-time libraries such as tick) are counts, not a problem to jitter away. S_j follows the recursion
/// S_j(t) = e^{−ω_j} S_j(t−1) + (1 − e^{−ω_j}) y_j(t−1), which makes the likelihood O(K²T) and its gradient
/// analytic. Negative effects (deterrence) enter through covariates of the background rate, for example a window
/// after events of another stream, since a branching ratio cannot be negative. The process is stationary when the
/// spectral radius of α is below one.
/// </remarks>
public static partial class HawkesModel
{
    /// <summary>The Poisson log-likelihood (without the constant −Σ ln y!) and its gradient, by the O(K²T) recursion.</summary>
    public static double LogLikelihood(HawkesData data, HawkesParameters theta, double[]? gradient = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        int k = data.K, t = data.T, p = data.P;
        var z = data.Covariates;
        var decay = theta.Omega.Select(w => Math.Exp(-w)).ToArray();
        var s = new double[k];
        var ds = new double[k];
        var ll = 0.0;
        if (gradient is not null)
        {
            Array.Clear(gradient);
        }

        var baseRate = new double[k];
        var residual = new double[k];
        for (var day = 0; day < t; day++)
        {
            if (day > 0)
            {
                for (var j = 0; j < k; j++)
                {
                    var previous = data.Counts[j][day - 1];
                    ds[j] = (decay[j] * (previous - s[j])) + (decay[j] * ds[j]);
                    s[j] = (decay[j] * s[j]) + ((1 - decay[j]) * previous);
                }
            }

            for (var i = 0; i < k; i++)
            {
                var eta = 0.0;
                for (var c = 0; c < p; c++)
                {
                    eta += z[day, c] * theta.Gamma[i][c];
                }

                baseRate[i] = Math.Exp(eta);
                var lambda = baseRate[i];
                for (var j = 0; j < k; j++)
                {
                    lambda += theta.Alpha[j, i] * s[j];
                }

                var y = data.Counts[i][day];
                ll += (y > 0 ? y * Math.Log(lambda) : 0) - lambda;
                residual[i] = (y / lambda) - 1;
            }

            if (gradient is null)
            {
                continue;
            }

            for (var i = 0; i < k; i++)
            {
                var r = residual[i];
                for (var c = 0; c < p; c++)
                {
                    gradient[(i * p) + c] += r * baseRate[i] * z[day, c];
                }

                for (var j = 0; j < k; j++)
                {
                    gradient[(k * p) + (j * k) + i] += r * s[j];
                    gradient[(k * p) + (k * k) + j] += r * theta.Alpha[j, i] * ds[j];
                }
            }
        }

        return ll;
    }

    /// <summary>The same log-likelihood computed directly, summing every earlier period: O(K²T²). For testing.</summary>
    public static double NaiveLogLikelihood(HawkesData data, HawkesParameters theta)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        var ll = 0.0;
        for (var day = 0; day < data.T; day++)
        {
            for (var i = 0; i < data.K; i++)
            {
                var lambda = Math.Exp(Enumerable.Range(0, data.P).Sum(c => data.Covariates[day, c] * theta.Gamma[i][c]));
                for (var j = 0; j < data.K; j++)
                {
                    for (var past = 0; past < day; past++)
                    {
                        var lag = day - past;
                        var g = (1 - Math.Exp(-theta.Omega[j])) * Math.Exp(-theta.Omega[j] * (lag - 1));
                        lambda += theta.Alpha[j, i] * g * data.Counts[j][past];
                    }
                }

                var y = data.Counts[i][day];
                ll += (y > 0 ? y * Math.Log(lambda) : 0) - lambda;
            }
        }

        return ll;
    }

    /// <summary>Simulates counts from the model with the given covariates, exactly (period by period).</summary>
    public static double[][] Simulate(HawkesParameters theta, Matrix<double> covariates, Random random)
    {
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(random);
        var counts = Enumerable.Range(0, theta.K).Select(_ => new double[covariates.RowCount]).ToArray();

        // The intensities read each day's counts only after the previous day has been drawn.
        foreach (var (day, background, excitation) in Intensities(theta, covariates, counts))
        {
            for (var i = 0; i < theta.K; i++)
            {
                counts[i][day] = MathNet.Numerics.Distributions.Poisson.Sample(random, background[i] + excitation[i]);
            }
        }

        return counts;
    }

    /// <summary>
    /// Day by day, each stream's background rate μ_k(t) and excitation Σ_j α_jk S_j(t), by the recursion for S. The
    /// arrays are reused from one day to the next: read them before moving on. Counts are read one day behind, so a
    /// caller may fill them as it goes (simulation).
    /// </summary>
    private static IEnumerable<(int Day, double[] Background, double[] Excitation)> Intensities(HawkesParameters theta, Matrix<double> covariates, double[][] counts)
    {
        int k = theta.K, p = theta.P;
        var decay = theta.Omega.Select(w => Math.Exp(-w)).ToArray();
        var s = new double[k];
        var background = new double[k];
        var excitation = new double[k];
        for (var day = 0; day < covariates.RowCount; day++)
        {
            if (day > 0)
            {
                for (var j = 0; j < k; j++)
                {
                    s[j] = (decay[j] * s[j]) + ((1 - decay[j]) * counts[j][day - 1]);
                }
            }

            for (var i = 0; i < k; i++)
            {
                var eta = 0.0;
                for (var c = 0; c < p; c++)
                {
                    eta += covariates[day, c] * theta.Gamma[i][c];
                }

                background[i] = Math.Exp(eta);
                excitation[i] = 0;
                for (var j = 0; j < k; j++)
                {
                    excitation[i] += theta.Alpha[j, i] * s[j];
                }
            }

            yield return (day, background, excitation);
        }
    }
}
