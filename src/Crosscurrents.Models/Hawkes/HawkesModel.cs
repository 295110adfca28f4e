using Crosscurrents.Models.Hawkes.Internal;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Hawkes;

/// <summary>
/// A multivariate Hawkes model for event data dated to the day, with covariates in the background rate.
/// </summary>
/// <remarks>
/// Streams k = 1..K are point processes in continuous time (days) with intensities
/// λ_k(t) = exp(z_dᵀγ_k) + Σ_j α_jk Σ_{t_m &lt; t, m ∈ j} ω_j e^{−ω_j (t − t_m)}, where d is the day of t and the
/// background is constant within a day. The kernel ω e^{−ω u} integrates to one, so α_jk is a branching ratio: the
/// expected number of k-events one j-event triggers, on its own day and on every later day; ln 2 / ω_j is the
/// half-life of the excitation. Data give only the day of each event, so every event is taken at an unknown uniform
/// time within its day. Between days l ≥ 1 apart the kernel averaged over those times is
/// h(ω)(1 − e^{−ω}) e^{−ω(l−1)} with h(ω) = (1 − e^{−ω})/ω; within a day an event has on average α c₀(ω) offspring,
/// c₀ = 1 − h the share born on the parent's day. A day's count of stream i is modelled as θ cascades started by the
/// background, by offspring of earlier days and by the other streams' events of that day, each growing within the day
/// with Poisson(α_ii c₀_i) children per event: a generalised Poisson (Borel–Tanner) count given the past, exact when
/// offspring follow within minutes and equal to the continuous-time model to first order when they follow days later.
/// A model whose kernel starts at lag 1 instead loses the same-day share and reads it as background, biasing α down
/// by about c₀ (7% for a mean delay of 7 days, half for a half-life of 0.7 days). The log-likelihood is computed by a
/// recursion over days in O(K²T) with an analytic gradient. Negative effects (deterrence) enter through covariates of
/// the background rate, since a branching ratio cannot be negative. The process is stationary when the spectral
/// radius of α is below one.
/// </remarks>
public static partial class HawkesModel
{
    /// <summary>The log-likelihood (without the ln y! terms), by the O(K²T) recursion.</summary>
    public static double LogLikelihood(HawkesData data, HawkesParameters theta)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        return new Likelihood(data).Evaluate(theta, null);
    }

    /// <summary>The analytic gradient of the log-likelihood, shaped like the parameters: ∂ log L / ∂γ, ∂α and ∂ω.</summary>
    public static HawkesParameters Gradient(HawkesData data, HawkesParameters theta)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        var gradient = new double[theta.Count];
        new Likelihood(data).Evaluate(theta, gradient);
        return HawkesParameters.Unpack(gradient, theta.K, theta.P);
    }

    /// <summary>The same log-likelihood computed directly, summing the kernel over every earlier day: O(K²T²). For testing.</summary>
    public static double NaiveLogLikelihood(HawkesData data, HawkesParameters theta)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(theta);
        var ll = 0.0;
        for (var day = 0; day < data.T; day++)
        {
            for (var i = 0; i < data.K; i++)
            {
                var immigrants = Math.Exp(Enumerable.Range(0, data.P).Sum(c => data.Covariates[day, c] * theta.Gamma[i][c]));
                for (var j = 0; j < data.K; j++)
                {
                    var w = theta.Omega[j];
                    var h = (1 - Math.Exp(-w)) / w;
                    immigrants += j == i ? 0 : theta.Alpha[j, i] * (1 - h) * data.Counts[j][day];
                    for (var past = 0; past < day; past++)
                    {
                        immigrants += theta.Alpha[j, i] * h * (1 - Math.Exp(-w)) * Math.Exp(-w * (day - past - 1)) * data.Counts[j][past];
                    }
                }

                var cascade = theta.Alpha[i, i] * (1 - ((1 - Math.Exp(-theta.Omega[i])) / theta.Omega[i]));
                var y = data.Counts[i][day];
                ll += (y > 0 ? Math.Log(immigrants) + ((y - 1) * Math.Log(immigrants + (cascade * y))) : 0) - immigrants - (cascade * y);
            }
        }

        return ll;
    }

    /// <summary>
    /// Simulates the model in continuous time by its branching structure (background events uniform within each day at
    /// that day's rate; every j-event has Poisson(α_jk) k-children at Exp(ω_j) delays) and returns the daily counts.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process explodes (more than <paramref name="maxEvents"/> events).</exception>
    public static double[][] Simulate(HawkesParameters theta, Matrix<double> covariates, Random random, int maxEvents = 5_000_000)
    {
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(random);
        int k = theta.K, days = covariates.RowCount;
        var counts = Enumerable.Range(0, k).Select(_ => new double[days]).ToArray();
        var pending = new Stack<(double Time, int Stream)>();
        for (var day = 0; day < days; day++)
        {
            for (var i = 0; i < k; i++)
            {
                var eta = 0.0;
                for (var c = 0; c < theta.P; c++)
                {
                    eta += covariates[day, c] * theta.Gamma[i][c];
                }

                var n = MathNet.Numerics.Distributions.Poisson.Sample(random, Math.Exp(eta));
                for (var m = 0; m < n; m++)
                {
                    pending.Push((day + random.NextDouble(), i));
                }
            }
        }

        var total = 0;
        while (pending.TryPop(out var parent))
        {
            counts[parent.Stream][(int)parent.Time]++;
            if (++total > maxEvents)
            {
                throw new InvalidOperationException($"the simulated process exploded (more than {maxEvents:N0} events)");
            }

            for (var i = 0; i < k; i++)
            {
                var alpha = theta.Alpha[parent.Stream, i];
                var children = alpha > 0 ? MathNet.Numerics.Distributions.Poisson.Sample(random, alpha) : 0;
                for (var m = 0; m < children; m++)
                {
                    var time = parent.Time - (Math.Log(1 - random.NextDouble()) / theta.Omega[parent.Stream]);
                    if (time < days)
                    {
                        pending.Push((time, i));
                    }
                }
            }
        }

        return counts;
    }
}
