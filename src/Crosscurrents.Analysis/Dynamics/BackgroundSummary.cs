using System.Globalization;
using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Analysis.Dynamics;

/// <summary>A stream's background rate in terms a reader can use: its level at dates, its yearly change in each trend
/// segment, and the effect of each period, each with a 95% interval (or the reason there is none).</summary>
public sealed record BackgroundSummary(string Stream, IReadOnlyList<LevelRow> Levels, IReadOnlyList<TrendSegmentRow> Trend, IReadOnlyList<PeriodEffectRow> Periods);

/// <summary>Background events per month at a date (outside every period, season averaged), not counting triggered ones.</summary>
public sealed record LevelRow(DateOnly Date, double? PerMonth, IReadOnlyList<double?>? Ci95);

/// <summary>The background's change per year within a trend segment, in percent.</summary>
public sealed record TrendSegmentRow(DateOnly From, DateOnly To, double? PercentPerYear, IReadOnlyList<double?>? Ci95);

/// <summary>A period's effect on the background as a rate ratio; shown only with a usable interval, else why not.</summary>
public sealed record PeriodEffectRow(string Covariate, int Days, double? RateRatio, IReadOnlyList<double?>? Ci95, string? NotShown);

/// <summary>The time-rescaling test of a stream, in words.</summary>
public sealed record FitQualityRow(string Stream, double? D, double? P, bool Rejects, string Sentence);

/// <summary>Turns a usable Hawkes fit's background coefficients and residuals into <see cref="BackgroundSummary"/> and <see cref="FitQualityRow"/>.</summary>
public static class BackgroundReading
{
    /// <summary>An interval wider than this ratio (upper/lower) says nothing a reader can use.</summary>
    public const double MaxIntervalRatio = 100;

    private const double DaysPerMonth = 30.436875;

    public static IReadOnlyList<BackgroundSummary> Summarise(HawkesRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var fit = run.Fit;
        var names = fit.CovariateNames;
        var x = fit.Data.Covariates;
        var days = x.RowCount;
        int Column(string name) => names.ToList().IndexOf(name);
        var trend = Column("trend_per_decade");
        var knots = names.Select((n, i) => (n, i)).Where(c => c.n.StartsWith("trend_change_", StringComparison.Ordinal)).Select(c => c.i).ToList();

        // Knot days: where each hinge column starts to rise.
        var knotDays = knots.Select(k => Enumerable.Range(1, days - 1).FirstOrDefault(t => x[t, k] > 0 && x[t - 1, k] == 0)).ToList();
        var levelDays = knotDays.Prepend(0).Append(days - 1).Distinct().Order().ToList();
        var isTrendOrIntercept = names.Select((n, i) => i == 0 || i == trend || knots.Contains(i)).ToList();
        var result = new List<BackgroundSummary>();
        for (var k = 0; k < fit.Streams.Count; k++)
        {
            var levels = levelDays.Select(t =>
            {
                var w = names.Select((_, c) => isTrendOrIntercept[c] ? x[t, c] : 0).ToList();
                var r = fit.Background(k, w);
                return Usable(r) ? new LevelRow(run.First.AddDays(t), r.RateRatio * DaysPerMonth, [r.Lower * DaysPerMonth, r.Upper * DaysPerMonth]) : new LevelRow(run.First.AddDays(t), null, null);
            }).ToList();

            var segments = new List<TrendSegmentRow>();
            if (trend >= 0)
            {
                var bounds = knotDays.Prepend(0).Append(days).ToList();
                for (var s = 0; s + 1 < bounds.Count; s++)
                {
                    // Slope per decade in segment s: the trend plus every hinge that has started; a year is a tenth of it.
                    var w = names.Select((_, c) => c == trend || knots.Take(s).Contains(c) ? 0.1 : 0).ToList();
                    var r = fit.Background(k, w);
                    var (from, to) = (run.First.AddDays(bounds[s]), run.First.AddDays(bounds[s + 1] - 1));
                    segments.Add(Usable(r) ? new TrendSegmentRow(from, to, (r.RateRatio - 1) * 100, [(r.Lower - 1) * 100, (r.Upper - 1) * 100]) : new TrendSegmentRow(from, to, null, null));
                }
            }

            var periods = names.Select((n, c) => (n, c)).Where(p => !isTrendOrIntercept[p.c] && !p.n.StartsWith("season_", StringComparison.Ordinal)).Select(p =>
            {
                var inForce = Enumerable.Range(0, days).Count(t => x[t, p.c] != 0);
                var r = fit.RateRatio(k, p.c);
                return Usable(r)
                    ? new PeriodEffectRow(p.n, inForce, r.RateRatio, [r.Lower, r.Upper], null)
                    : new PeriodEffectRow(p.n, inForce, null, null, string.Create(CultureInfo.InvariantCulture,
                        $"not estimable: {inForce} days in force, too few events then to tell the rate (interval {(r.Estimable && double.IsFinite(r.Upper) ? $"{r.Lower:0.##}–{r.Upper:0.##}" : "unbounded")})"));
            }).ToList();
            result.Add(new BackgroundSummary(fit.Streams[k], levels, segments, periods));
        }

        return result;
    }

    /// <summary>The KS time-rescaling test per stream, with what a rejection means for the reader.</summary>
    public static IReadOnlyList<FitQualityRow> Quality(HawkesRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.GoodnessOfFit is not { } gof)
        {
            return [];
        }

        var c = CultureInfo.InvariantCulture;
        return run.Fit.Streams.Select((stream, k) =>
        {
            var (d, p) = (gof.KsStatistic[k], gof.KsPValue[k]);
            var residuals = gof.Residuals[k];
            var rejects = double.IsFinite(p) && p < 0.05;

            // Residuals u = 1 − e^{−τ} of the rescaled gaps τ are uniform under the model: half fall below 0.5 (τ < ln 2).
            // More short gaps than that: tighter clusters than the model allows.
            var short_ = residuals.Length == 0 ? double.NaN : residuals.Count(r => r < 0.5) / (double)residuals.Length;
            var how = short_ >= 0.52 ? "events come in tighter bursts, with longer quiet spells between them, than the model allows"
                : short_ <= 0.48 ? "events are spread more evenly than the model expects"
                : "the timing of events departs from what the model predicts, though not in one simple direction";
            var sentence = !double.IsFinite(p) ? $"{stream}: the fit could not be tested (too few events)."
                : rejects ? string.Create(c, $"{stream}: the time-rescaling test rejects the model (D = {d:0.000}, p = {(p < 0.001 ? p.ToString("0.#e+0", c) : p.ToString("0.000", c))}): {how} ({short_ * 100:0}% of rescaled gaps are short, against 50% if the model were right). Read its branching ratio and intervals as approximate.")
                : string.Create(c, $"{stream}: the time-rescaling test does not reject the model (D = {d:0.000}, p = {p:0.000}).");
            return new FitQualityRow(stream, double.IsFinite(d) ? d : null, double.IsFinite(p) ? p : null, rejects, sentence);
        }).ToList();
    }

    private static bool Usable(HawkesRateRatio r) =>
        r.Estimable && double.IsFinite(r.Lower) && double.IsFinite(r.Upper) && r.Lower > 0 && r.Upper / r.Lower <= MaxIntervalRatio;
}
