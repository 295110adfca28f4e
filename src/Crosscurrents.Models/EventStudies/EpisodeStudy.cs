using Crosscurrents.Models.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.EventStudies;

/// <summary>A span of periods (talks, a ceasefire) from its first to its last period, inclusive.</summary>
public readonly record struct Episode(int Start, int End);

/// <summary>
/// Is violence higher after a set of episodes (talks, ceasefires) end than before they began, beyond the trend and
/// season? The "regroup" question: a group that uses a truce to rearm strikes harder after it than before it.
/// </summary>
/// <remarks>
/// Model: a negative-binomial regression of the count per period on a linear and quadratic trend over the whole series,
/// one annual harmonic (sin, cos) and three indicators: the <c>window</c> periods before an episode starts, the
/// periods of the episode itself, and the <c>window</c> periods after it ends. The effect is the rate ratio
/// exp(β_after − β_before), with a 95% interval from the robust (sandwich) covariance: after the episode against
/// before it, adjusted for the trend, so a long decline or rise does not masquerade as regrouping. Episodes whose
/// windows do not fit inside the series are left out. Lethality (deaths per event) after against before is the ratio
/// of the pooled means, with a percentile interval from a bootstrap over episodes.
/// </remarks>
public static class EpisodeStudy
{
    public static EpisodeStudyResult Run(IReadOnlyList<double> counts, IReadOnlyList<double> deaths, IReadOnlyList<Episode> episodes, int window, int periodsPerYear, int seed)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(deaths);
        ArgumentNullException.ThrowIfNull(episodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(periodsPerYear, 1);
        if (deaths.Count != counts.Count)
        {
            throw new ArgumentException("counts and deaths must have the same length", nameof(deaths));
        }

        var n = counts.Count;
        var used = episodes.Where(e => e.Start <= e.End && e.Start - window >= 0 && e.End + window < n).Distinct().OrderBy(e => e.Start).ToList();
        if (used.Count == 0)
        {
            throw new ArgumentException($"no episode has {window} periods of data before its start and after its end");
        }

        var before = new double[n];
        var during = new double[n];
        var after = new double[n];
        foreach (var e in used)
        {
            for (var k = 1; k <= window; k++)
            {
                before[e.Start - k] = 1;
                after[e.End + k] = 1;
            }

            for (var t = e.Start; t <= e.End; t++)
            {
                during[t] = 1;
            }
        }

        var mid = (n - 1) / 2.0;
        var scale = Math.Max(1, n / 2.0);
        string[] terms = ["intercept", "trend", "trend2", "sin", "cos", "before", "during", "after"];
        var x = Matrix<double>.Build.Dense(n, terms.Length, (t, j) => j switch
        {
            0 => 1,
            1 => (t - mid) / scale,
            2 => ((t - mid) / scale) * ((t - mid) / scale),
            3 => Math.Sin(2 * Math.PI * t / periodsPerYear),
            4 => Math.Cos(2 * Math.PI * t / periodsPerYear),
            5 => before[t],
            6 => during[t],
            _ => after[t],
        });
        var fit = NegativeBinomialRegression.Fit(terms, x, Vector<double>.Build.DenseOfEnumerable(counts));
        var logRatio = fit.Coefficients[7].Estimate - fit.Coefficients[5].Estimate;
        var variance = fit.RobustCovariance[7, 7] + fit.RobustCovariance[5, 5] - (2 * fit.RobustCovariance[5, 7]);
        var se = Math.Sqrt(Math.Max(variance, 0));
        const double z = 1.959963984540054;

        // Lethality: deaths per event in the windows, pooled over episodes, with a bootstrap over episodes.
        (double Events, double Deaths, double EventsAfter, double DeathsAfter) Sums(IEnumerable<Episode> set)
        {
            double eb = 0, db = 0, ea = 0, da = 0;
            foreach (var e in set)
            {
                for (var k = 1; k <= window; k++)
                {
                    eb += counts[e.Start - k];
                    db += deaths[e.Start - k];
                    ea += counts[e.End + k];
                    da += deaths[e.End + k];
                }
            }

            return (eb, db, ea, da);
        }

        static double Lethality((double Events, double Deaths, double EventsAfter, double DeathsAfter) s) =>
            s.Events > 0 && s.EventsAfter > 0 && s.Deaths > 0 ? (s.DeathsAfter / s.EventsAfter) / (s.Deaths / s.Events) : double.NaN;

        var sums = Sums(used);
        var random = new Random(seed);
        var draws = new List<double>();
        for (var b = 0; b < 1000; b++)
        {
            var value = Lethality(Sums(Enumerable.Range(0, used.Count).Select(_ => used[random.Next(used.Count)])));
            if (double.IsFinite(value))
            {
                draws.Add(value);
            }
        }

        draws.Sort();
        var lethality = Lethality(sums);
        var lethalityInterval = draws.Count < 100 ? (double.NaN, double.NaN) : (draws[(int)(0.025 * (draws.Count - 1))], draws[(int)Math.Ceiling(0.975 * (draws.Count - 1))]);
        return new EpisodeStudyResult(used, Math.Exp(logRatio), (Math.Exp(logRatio - (z * se)), Math.Exp(logRatio + (z * se))),
            sums.Events, sums.EventsAfter, lethality, lethalityInterval, fit);
    }
}

/// <summary>What an episode study found.</summary>
/// <param name="Episodes">The episodes used (those with full windows inside the series).</param>
/// <param name="RateRatio">After the episodes against before them, adjusted for trend and season.</param>
/// <param name="Interval">Its robust 95% interval.</param>
/// <param name="EventsBefore">Events in the windows before.</param>
/// <param name="EventsAfter">Events in the windows after.</param>
/// <param name="Lethality">Deaths per event after against before (NaN when a window has no events or deaths).</param>
/// <param name="LethalityInterval">Its 95% bootstrap interval over episodes (NaN with too few usable draws).</param>
/// <param name="Model">The fitted regression.</param>
public sealed record EpisodeStudyResult(
    IReadOnlyList<Episode> Episodes,
    double RateRatio,
    (double Lower, double Upper) Interval,
    double EventsBefore,
    double EventsAfter,
    double Lethality,
    (double Lower, double Upper) LethalityInterval,
    NegativeBinomialFit Model);
