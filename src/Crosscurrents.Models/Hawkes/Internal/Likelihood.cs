namespace Crosscurrents.Models.Hawkes.Internal;

/// <summary>
/// The log-likelihood of the model and its gradient, by one recursion over days (O(K²T) plus O(K·P·T) for the
/// background). Holds what does not change between evaluations: counts and covariates as flat arrays.
/// </summary>
/// <remarks>
/// With h(ω) = (1 − e^{−ω})/ω, the kernel of an event at a uniform time in its day, averaged over a uniform time in a
/// later day at lag l ≥ 1, is h(ω)·(1 − e^{−ω}) e^{−ω(l−1)}; on its own day it is c₀(ω) = 1 − h(ω) (the expected
/// share of offspring born the same day). S_j(d) = e^{−ω} S_j(d−1) + (1 − e^{−ω}) y_j(d−1) carries the later-day part.
/// Day d of stream i starts θ_i(d) = μ_i(d) + Σ_j α_ji h_j S_j(d) + Σ_{j≠i} α_ji c₀_j y_j(d) cascades (background,
/// offspring of earlier days, and same-day offspring of the other streams' events that day), and each cascade grows
/// within the day as a Galton–Watson process with Poisson(λ_i) children per event, λ_i = α_ii c₀_i. The day's count
/// then has the generalised Poisson (Borel–Tanner) distribution
/// P(y) = θ (θ + λy)^{y−1} e^{−θ−λy} / y!, with mean θ/(1 − λ); it is exact when offspring follow within minutes
/// (c₀ → 1) and agrees with the continuous-time model to first order in c₀ when they follow days later. Its
/// compensator θ + λy is the day's integrated intensity. log L = Σ_d Σ_i ln P(y_i(d)), without the ln y! terms.
/// </remarks>
internal sealed class Likelihood
{
    private readonly double[] _z;
    private readonly double[][] _y;
    private readonly int _t;
    private readonly int _p;
    private readonly Kernel _kernel;

    public Likelihood(HawkesData data)
    {
        Data = data;
        _t = data.T;
        _p = data.P;
        _y = data.Counts;
        _z = data.Covariates.ToRowMajorArray();

        Events = data.Counts.Sum(c => c.Sum());
        _kernel = new Kernel(data);
    }

    public HawkesData Data { get; }

    public double Events { get; }

    /// <summary>Same-day share c₀(ω) = 1 − (1 − e^{−ω})/ω, by a series for small ω where the closed form cancels.</summary>
    public static double SameDayShare(double omega) => omega < 1e-4 ? (omega / 2) - (omega * omega / 6) : 1 - (-double.ExpM1(-omega) / omega);

    /// <summary>d c₀ / dω.</summary>
    public static double SameDayShareDerivative(double omega) => omega < 1e-4
        ? 0.5 - (omega / 3)
        : (-double.ExpM1(-omega) - (omega * Math.Exp(-omega))) / (omega * omega);

    /// <summary>
    /// Per stream and day: background μ, immigrants θ (background, offspring of earlier days and of other streams'
    /// events that day), the same-day cascade parameter λ = α_ii c₀_i, and the day's compensator θ + λ y.
    /// </summary>
    public (double[][] Background, double[][] Immigrants, double[] Cascade, double[][] Compensator) PerDay(HawkesParameters theta)
    {
        int k = theta.K;
        var mu = Enumerable.Range(0, k).Select(_ => new double[_t]).ToArray();
        var immigrants = Enumerable.Range(0, k).Select(_ => new double[_t]).ToArray();
        var compensator = Enumerable.Range(0, k).Select(_ => new double[_t]).ToArray();
        var decay = theta.Omega.Select(w => Math.Exp(-w)).ToArray();
        var c0 = theta.Omega.Select(SameDayShare).ToArray();
        var cascade = Enumerable.Range(0, k).Select(i => theta.Alpha[i, i] * c0[i]).ToArray();
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
                var x = mu[i][day];
                for (var j = 0; j < k; j++)
                {
                    x += theta.Alpha[j, i] * (((1 - c0[j]) * s[j]) + (j == i ? 0 : c0[j] * _y[j][day]));
                }

                immigrants[i][day] = x;
                compensator[i][day] = x + (cascade[i] * _y[i][day]);
            }
        }

        return (mu, immigrants, cascade, compensator);
    }

    /// <summary>
    /// Per stream and day, what the model expects before the day begins: θ from the background and the offspring of
    /// earlier days only (no same-day offspring of other streams' events), and the same-day cascade λ = α_ii c₀_i.
    /// </summary>
    public (double[][] Immigrants, double[] Cascade) PastOnly(HawkesParameters theta)
    {
        // The day's immigrants less the same-day offspring of the other streams' events of that day.
        var (_, immigrants, cascade, _) = PerDay(theta);
        var c0 = theta.Omega.Select(SameDayShare).ToArray();
        for (var day = 0; day < _t; day++)
        {
            for (var i = 0; i < theta.K; i++)
            {
                for (var j = 0; j < theta.K; j++)
                {
                    if (j != i)
                    {
                        immigrants[i][day] -= theta.Alpha[j, i] * c0[j] * _y[j][day];
                    }
                }
            }
        }

        return (immigrants, cascade);
    }

    /// <summary>log L and its gradient in <see cref="Layout"/> order; <paramref name="daily"/> (T rows) receives each day's share of the gradient (the scores, for robust standard errors).</summary>
    /// <remarks>Without <paramref name="daily"/> this is the blocked SIMD kernel (<see cref="Kernel"/>); with it, the
    /// day-by-day recursion <see cref="EvaluateByDay"/>, which is also the reference the kernel is tested against.</remarks>
    public double Evaluate(HawkesParameters theta, double[]? gradient, double[][]? daily = null) =>
        daily is null ? _kernel.Evaluate(theta, gradient) : EvaluateByDay(theta, gradient, daily);

    /// <summary>log L and its gradient by the recursion one day and one stream pair at a time (the straightforward form).</summary>
    public double EvaluateByDay(HawkesParameters theta, double[]? gradient, double[][]? daily = null)
    {
        int k = theta.K, p = _p;
        var decay = theta.Omega.Select(w => Math.Exp(-w)).ToArray();
        var c0 = theta.Omega.Select(SameDayShare).ToArray();
        var dc0 = theta.Omega.Select(SameDayShareDerivative).ToArray();
        var s = new double[k];
        var ds = new double[k];
        var layout = new Layout(k, p);
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
                var immigrants = mu;
                for (var j = 0; j < k; j++)
                {
                    immigrants += theta.Alpha[j, i] * (((1 - c0[j]) * s[j]) + (j == i ? 0 : c0[j] * _y[j][day]));
                }

                var cascade = theta.Alpha[i, i] * c0[i];
                if (cascade >= 1)
                {
                    return double.NegativeInfinity; // no same-day cascade distribution: explosive within a day
                }

                ll -= immigrants + (cascade * y);
                if (y > 0)
                {
                    ll += Math.Log(immigrants) + ((y - 1) * Math.Log(immigrants + (cascade * y)));
                }

                if (gradient is null)
                {
                    continue;
                }

                var gImmigrants = y > 0 ? (1 / immigrants) + ((y - 1) / (immigrants + (cascade * y))) - 1 : -1;
                var gCascade = y > 0 ? ((y - 1) * y / (immigrants + (cascade * y))) - y : 0;
                for (var c = 0; c < p; c++)
                {
                    gradient[layout.Background(i, c)] += gImmigrants * mu * _z[row + c];
                }

                for (var j = 0; j < k; j++)
                {
                    var lagged = (1 - c0[j]) * s[j];
                    var dLagged = ((1 - c0[j]) * ds[j]) - (dc0[j] * s[j]);
                    if (j != i)
                    {
                        gradient[layout.Branching(j, i)] += gImmigrants * (lagged + (c0[j] * _y[j][day]));
                        gradient[layout.Decay(j)] += gImmigrants * theta.Alpha[j, i] * (dLagged + (dc0[j] * _y[j][day]));
                    }
                    else
                    {
                        gradient[layout.Branching(j, i)] += (gImmigrants * lagged) + (gCascade * c0[j]);
                        gradient[layout.Decay(j)] += theta.Alpha[j, i] * ((gImmigrants * dLagged) + (gCascade * dc0[j]));
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
