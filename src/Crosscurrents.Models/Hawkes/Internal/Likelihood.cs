namespace Crosscurrents.Models.Hawkes.Internal;

/// <summary>
/// The log-likelihood of the model and its gradient, by one recursion over days (O(K²T) plus O(K·P·T) for the
/// background). Holds what does not change between evaluations: counts and covariates as flat arrays.
/// </summary>
/// <remarks>
/// With h(ω) = (1 − e^{−ω})/ω, the kernel of an event at a uniform time in its day, averaged over a uniform time in a
/// later day at lag l ≥ 1, is h(ω)·(1 − e^{−ω}) e^{−ω(l−1)}; on its own day it is c₀(ω) = 1 − h(ω) (the expected
/// share of offspring born the same day). S_j(d) = e^{−ω} S_j(d−1) + (1 − e^{−ω}) y_j(d−1) carries the later-day part.
/// An event of stream i on day d has the day-averaged intensity
/// λ̄_i(d) = μ_i(d) + Σ_j α_ji [h_j S_j(d) + c₀_j (y_j(d) − 1{j = i})] (the other events of its day excite it), and
/// the compensator of the day is Λ_i(d) = μ_i(d) + Σ_j α_ji [h_j S_j(d) + c₀_j y_j(d)].
/// log L = Σ_d Σ_i y_i(d) ln λ̄_i(d) − Λ_i(d).
/// </remarks>
internal sealed class Likelihood
{
    private readonly double[] _z;
    private readonly double[][] _y;
    private readonly int _t;
    private readonly int _p;

    public Likelihood(HawkesData data)
    {
        Data = data;
        _t = data.T;
        _p = data.P;
        _y = data.Counts;
        _z = new double[_t * _p];
        for (var day = 0; day < _t; day++)
        {
            for (var c = 0; c < _p; c++)
            {
                _z[(day * _p) + c] = data.Covariates[day, c];
            }
        }

        Events = data.Counts.Sum(c => c.Sum());
    }

    public HawkesData Data { get; }

    public double Events { get; }

    /// <summary>Same-day share c₀(ω) = 1 − (1 − e^{−ω})/ω, by a series for small ω where the closed form cancels.</summary>
    public static double SameDayShare(double omega) => omega < 1e-4 ? (omega / 2) - (omega * omega / 6) : 1 - (-double.ExpM1(-omega) / omega);

    /// <summary>d c₀ / dω.</summary>
    private static double SameDayShareDerivative(double omega) => omega < 1e-4
        ? 0.5 - (omega / 3)
        : (-double.ExpM1(-omega) - (omega * Math.Exp(-omega))) / (omega * omega);

    /// <summary>
    /// Per stream and day: background μ, the excitation an event of that day sees (λ̄ − μ), and the day's compensator Λ.
    /// </summary>
    public (double[][] Background, double[][] Excitation, double[][] Compensator) PerDay(HawkesParameters theta)
    {
        int k = theta.K;
        var mu = Enumerable.Range(0, k).Select(_ => new double[_t]).ToArray();
        var excitation = Enumerable.Range(0, k).Select(_ => new double[_t]).ToArray();
        var compensator = Enumerable.Range(0, k).Select(_ => new double[_t]).ToArray();
        var decay = theta.Omega.Select(w => Math.Exp(-w)).ToArray();
        var c0 = theta.Omega.Select(SameDayShare).ToArray();
        var s = new double[k];
        for (var day = 0; day < _t; day++)
        {
            if (day > 0)
            {
                for (var j = 0; j < k; j++)
                {
                    s[j] = (decay[j] * s[j]) + ((1 - decay[j]) * _y[j][day - 1]);
                }
            }

            for (var i = 0; i < k; i++)
            {
                mu[i][day] = Background(theta.Gamma[i], day);
                var x = 0.0;
                for (var j = 0; j < k; j++)
                {
                    x += theta.Alpha[j, i] * (((1 - c0[j]) * s[j]) + (c0[j] * _y[j][day]));
                }

                excitation[i][day] = x - (_y[i][day] > 0 ? theta.Alpha[i, i] * c0[i] : 0);
                compensator[i][day] = mu[i][day] + x;
            }
        }

        return (mu, excitation, compensator);
    }

    /// <summary>log L and its gradient in <see cref="HawkesParameters.Pack"/> order; <paramref name="daily"/> (T rows) receives each day's share of the gradient (the scores, for robust standard errors).</summary>
    public double Evaluate(HawkesParameters theta, double[]? gradient, double[][]? daily = null)
    {
        int k = theta.K, p = _p;
        var decay = theta.Omega.Select(w => Math.Exp(-w)).ToArray();
        var c0 = theta.Omega.Select(SameDayShare).ToArray();
        var dc0 = theta.Omega.Select(SameDayShareDerivative).ToArray();
        var s = new double[k];
        var ds = new double[k];
        var alphaOffset = k * p;
        var omegaOffset = alphaOffset + (k * k);
        if (gradient is not null)
        {
            Array.Clear(gradient);
        }

        var ll = 0.0;
        for (var day = 0; day < _t; day++)
        {
            if (day > 0)
            {
                for (var j = 0; j < k; j++)
                {
                    var previous = _y[j][day - 1];
                    ds[j] = (decay[j] * (previous - s[j])) + (decay[j] * ds[j]);
                    s[j] = (decay[j] * s[j]) + ((1 - decay[j]) * previous);
                }
            }

            var row = day * p;
            var before = daily is null ? null : (double[])gradient!.Clone();
            for (var i = 0; i < k; i++)
            {
                var mu = Background(theta.Gamma[i], day);
                var y = _y[i][day];
                var compensator = mu;
                for (var j = 0; j < k; j++)
                {
                    compensator += theta.Alpha[j, i] * (((1 - c0[j]) * s[j]) + (c0[j] * _y[j][day]));
                }

                var lambda = y > 0 ? compensator - (theta.Alpha[i, i] * c0[i]) : compensator;
                ll -= compensator;
                if (y > 0)
                {
                    ll += y * Math.Log(lambda);
                }

                if (gradient is null)
                {
                    continue;
                }

                // ∂/∂θ of y ln λ̄ − Λ: the two differ only in the event's own same-day term.
                var w = y > 0 ? y / lambda : 0;
                var r = w - 1;
                for (var c = 0; c < p; c++)
                {
                    gradient[(i * p) + c] += r * mu * _z[row + c];
                }

                for (var j = 0; j < k; j++)
                {
                    var lagged = (1 - c0[j]) * s[j];
                    var sameDay = c0[j] * _y[j][day];
                    var dLagged = ((1 - c0[j]) * ds[j]) - (dc0[j] * s[j]);
                    var dSameDay = dc0[j] * _y[j][day];
                    gradient[alphaOffset + (j * k) + i] += r * (lagged + sameDay);
                    gradient[omegaOffset + j] += r * theta.Alpha[j, i] * (dLagged + dSameDay);
                    if (j == i && y > 0)
                    {
                        gradient[alphaOffset + (j * k) + i] -= w * c0[j];
                        gradient[omegaOffset + j] -= w * theta.Alpha[j, i] * dc0[j];
                    }
                }
            }

            if (daily is not null)
            {
                daily[day] = gradient!.Select((g, n) => g - before![n]).ToArray();
            }
        }

        return ll;
    }

    private double Background(double[] gamma, int day)
    {
        var eta = 0.0;
        var row = day * _p;
        for (var c = 0; c < _p; c++)
        {
            eta += _z[row + c] * gamma[c];
        }

        return Math.Exp(eta);
    }
}
