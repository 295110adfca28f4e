using Crosscurrents.Models.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.EventStudies;

/// <summary>Options for an event study.</summary>
/// <param name="Window">Periods in each window before and after an intervention (e.g. 4 weeks).</param>
/// <param name="Placebos">Number of placebo draws (random dates) for the permutation test.</param>
/// <param name="Seed">Seed of the placebo draws, so the p-value reproduces.</param>
/// <param name="PeriodsPerYear">52 for weekly counts, 12 for monthly: sets the seasonal terms.</param>
public sealed record EventStudyOptions(int Window = 4, int Placebos = 200, int Seed = 1, int PeriodsPerYear = 52);

/// <summary>
/// Did a stream's rate change after a set of dated interventions (ceasefire ends, cross-border strikes, operation
/// starts)? Compares the windows after the interventions with the windows before them.
/// </summary>
/// <remarks>
/// Model: a negative-binomial regression of the count per period on a linear and quadratic trend, one annual harmonic
/// (sin, cos) and two indicators, "in a window before an intervention" and "in a window after one"; the effect is the
/// rate ratio exp(β_after − β_before) with a 95% interval from the robust (sandwich) covariance. Inference does not
/// rest on that interval alone: the same contrast is computed for <see cref="EventStudyOptions.Placebos"/> sets of
/// random dates (as many as the interventions, drawn from periods at least one window away from every real one), and
/// the two-sided placebo p-value is (1 + #{|placebo| ≥ |observed|}) / (1 + draws) on the log scale. Windows of
/// interventions that overlap are merged. Assumes the counts are ordered, equally spaced periods.
/// </remarks>
public static class EventStudy
{
    public static EventStudyResult Run(IReadOnlyList<double> counts, IReadOnlyList<int> interventions, EventStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(interventions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Window, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Placebos);
        var n = counts.Count;
        var used = interventions.Where(i => i - options.Window >= 0 && i + options.Window < n).Distinct().Order().ToList();
        if (used.Count == 0)
        {
            throw new ArgumentException("no intervention has a full window before and after it inside the series");
        }

        var y = Vector<double>.Build.DenseOfEnumerable(counts);
        var observed = Fit(y, used, options);

        // Placebo dates: periods with full windows, at least one window away from every real intervention.
        var eligible = Enumerable.Range(options.Window, n - (2 * options.Window))
            .Where(t => used.All(u => Math.Abs(t - u) > options.Window)).ToArray();
        var random = new Random(options.Seed);

        // Draws are made in order from the seeded generator, then fitted in parallel: the same seed gives the same
        // p-value on any number of cores.
        var draws = new List<List<int>>();
        for (var b = 0; b < options.Placebos && eligible.Length >= used.Count; b++)
        {
            draws.Add(eligible.OrderBy(_ => random.Next()).Take(used.Count).ToList());
        }

        var placebo = draws.AsParallel().AsOrdered().Select(draw =>
        {
            try
            {
                return Fit(y, draw, options).LogRatio;
            }
            catch (ArgumentException)
            {
                return double.NaN; // a draw whose windows leave a coefficient unidentified
            }
        }).Where(v => !double.IsNaN(v)).ToList();

        var extreme = placebo.Count(p => Math.Abs(p) >= Math.Abs(observed.LogRatio) - 1e-12);
        var profile = Enumerable.Range(-options.Window, (2 * options.Window) + 1)
            .Select(k => used.Average(u => counts[u + k])).ToArray();
        var placeboSorted = placebo.Order().ToArray();
        return new EventStudyResult(
            used,
            observed.LogRatio,
            observed.StdError,
            Math.Exp(observed.LogRatio),
            (Math.Exp(observed.LogRatio - (1.959963984540054 * observed.StdError)), Math.Exp(observed.LogRatio + (1.959963984540054 * observed.StdError))),
            placebo.Count,
            placebo.Count == 0 ? double.NaN : (1.0 + extreme) / (1.0 + placebo.Count),
            placeboSorted.Length == 0 ? (double.NaN, double.NaN) : (Math.Exp(Quantile(placeboSorted, 0.025)), Math.Exp(Quantile(placeboSorted, 0.975))),
            used.Sum(u => Enumerable.Range(u - options.Window, options.Window).Sum(t => counts[t])),
            used.Sum(u => Enumerable.Range(u + 1, options.Window).Sum(t => counts[t])),
            profile,
            observed.Fit);
    }

    private static (double LogRatio, double StdError, NegativeBinomialFit Fit) Fit(Vector<double> y, IReadOnlyList<int> dates, EventStudyOptions options)
    {
        var n = y.Count;
        var before = new double[n];
        var after = new double[n];
        foreach (var d in dates)
        {
            for (var k = 1; k <= options.Window; k++)
            {
                before[d - k] = 1;
                after[d + k] = 1;
            }
        }

        var mid = (n - 1) / 2.0;
        var scale = Math.Max(1, n / 2.0);
        string[] terms = ["intercept", "trend", "trend2", "sin", "cos", "before", "after"];
        var x = Matrix<double>.Build.Dense(n, terms.Length, (t, j) =>
        {
            var s = (t - mid) / scale;
            return j switch
            {
                0 => 1,
                1 => s,
                2 => s * s,
                3 => Math.Sin(2 * Math.PI * t / options.PeriodsPerYear),
                4 => Math.Cos(2 * Math.PI * t / options.PeriodsPerYear),
                5 => before[t],
                _ => after[t],
            };
        });
        var fit = NegativeBinomialRegression.Fit(terms, x, y);
        var b = fit.Coefficients[5];
        var a = fit.Coefficients[6];
        var variance = fit.RobustCovariance[6, 6] + fit.RobustCovariance[5, 5] - (2 * fit.RobustCovariance[5, 6]);
        return (a.Estimate - b.Estimate, Math.Sqrt(Math.Max(variance, 0)), fit);
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}

/// <summary>What an event study found.</summary>
/// <param name="Interventions">The intervention periods used (those with full windows inside the series).</param>
/// <param name="LogRatio">log of the after/before rate ratio, adjusted for trend and season.</param>
/// <param name="StdError">Its robust standard error.</param>
/// <param name="RateRatio">exp(LogRatio): above 1 means more events after than before.</param>
/// <param name="Interval">95% interval of the rate ratio (robust Wald).</param>
/// <param name="PlaceboDraws">Placebo draws that could be fitted.</param>
/// <param name="PlaceboPValue">Two-sided permutation p-value against random dates.</param>
/// <param name="PlaceboRange">The middle 95% of placebo rate ratios: what random dates give.</param>
/// <param name="EventsBefore">Events in the windows before.</param>
/// <param name="EventsAfter">Events in the windows after.</param>
/// <param name="Profile">Mean count per period from −window to +window around the interventions (0 = the intervention period).</param>
/// <param name="Model">The fitted regression.</param>
public sealed record EventStudyResult(
    IReadOnlyList<int> Interventions,
    double LogRatio,
    double StdError,
    double RateRatio,
    (double Lower, double Upper) Interval,
    int PlaceboDraws,
    double PlaceboPValue,
    (double Lower, double Upper) PlaceboRange,
    double EventsBefore,
    double EventsAfter,
    IReadOnlyList<double> Profile,
    NegativeBinomialFit Model);
