using System.Globalization;
using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>deters</c>: the background rate ratio of the target stream in the days after source events.</summary>
/// <remarks>
/// A Hawkes model of daily target counts (<see cref="HawkesModel"/>) with a background covariate for the window's days
/// after each source event: deterrence lowers the background, which a branching ratio (never negative) cannot show.
/// Supported when the 95% interval of the rate ratio lies below 1, contradicted when above, except when the source
/// events follow bursts of the target (retaliation: the 7 days before them average at least 1.5 times the target's
/// usual daily count), where a rise after them is the burst's aftermath and the verdict is inconclusive.
/// </remarks>
public sealed class DetersTest : ClaimTest<DetersClaim>
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Deters;

    /// <inheritdoc/>
    protected override ClaimVerdict Check(DetersClaim claim, ClaimInputs inputs)
    {
        if ((inputs.WindowOutOfRange(claim, claim.Window) ?? inputs.NothingCovered(claim)) is { } untestable)
        {
            return untestable;
        }

        var (from, to) = (inputs.First, inputs.Last);
        var source = inputs.Definition(claim.Source);
        var target = inputs.Definition(claim.Target);
        var sourceEvents = inputs.Snapshot(source.Name, from, to).EventCount;
        if (sourceEvents == 0)
        {
            return inputs.NotTestable(claim, $"stream '{source.Name}' ({source.Description}) has no events in the data ({inputs.Coverage}); nothing to measure a deterrent effect after");
        }

        if (inputs.TooFew([target], from, to) is { } why)
        {
            return inputs.NotTestable(claim, why);
        }

        var covariate = $"after_{source.Name}_{claim.Window}d";
        var (data, fit, snapshot, selection) = inputs.FitHawkes([target], from, to, window: (source, claim.Window));
        if (!data.CovariateNames.Contains(covariate))
        {
            return inputs.NotTestable(claim, $"the window after '{source.Name}' events covers every day or none in {from:yyyy-MM-dd}–{to:yyyy-MM-dd}");
        }

        if (!fit.Usable)
        {
            return inputs.NotTestable(claim, $"the Hawkes model has no usable estimates: the fit {fit.Describe()}");
        }

        if (fit.RateRatio(target.Name, covariate) is not { Estimable: true } r)
        {
            return inputs.NotTestable(claim, $"the window after '{source.Name}' events cannot be estimated in {from:yyyy-MM-dd}–{to:yyyy-MM-dd}: {string.Join("; ", fit.Notes)}");
        }

        var (sensitivity, depends) = ClaimInputs.Sensitivity(selection, f => f.RateRatio(target.Name, covariate) is { Estimable: true } x ? Judge(x) : Verdict.NotTestable, f => f.RateRatio(target.Name, covariate)?.RateRatio ?? double.NaN,
            $"the rate ratio after {source.Name} events");
        var before = Before(data.Counts[0], inputs.DailyCounts(source.Name, from, to).Rows.Select(r => r.Period.DayNumber - from.DayNumber));
        var verdict = Judge(r);
        var retaliation = "";
        if (before >= FollowsBursts)
        {
            retaliation = string.Create(C, $"; {source.Name} events follow bursts of {target.Name} ({before:0.0} times its usual daily count in the 7 days before them): more violence after them is what the aftermath of a burst looks like, so a rate ratio above 1 is not read as provocation (calibration: such worlds without any effect came out \"contradicted\" in 10% of cases before this rule)");
            verdict = verdict == Verdict.Contradicted ? Verdict.Inconclusive : verdict;
        }

        return new ClaimVerdict(claim, verdict, $"rate ratio {r.RateRatio:0.00} in the {claim.Window} days after {source.Name} events", r.RateRatio, r.Lower, r.Upper,
            string.Create(C, $"deters test: Hawkes model of daily {target.Name} counts with a background covariate for the {claim.Window} days after {source.Name} events ({sourceEvents} events); supported when the interval lies below 1, contradicted when above{retaliation}; {sensitivity}"),
            snapshot, inputs.Coverage) { Hawkes = fit, DependsOnBackground = depends };
    }

    /// <summary>Source events whose 7 days before have at least this many times the target's mean daily count follow its bursts.</summary>
    private const double FollowsBursts = 1.5;

    /// <summary>The target's mean count in the 7 days before the source events (each day once), over its mean daily count.</summary>
    private static double Before(double[] target, IEnumerable<int> sourceDays)
    {
        var days = sourceDays.SelectMany(d => Enumerable.Range(d - 7, 7)).Where(d => d >= 0 && d < target.Length).Distinct().ToList();
        var mean = target.Average();
        return days.Count == 0 || mean == 0 ? 1 : days.Average(d => target[d]) / mean;
    }

    private static Verdict Judge(HawkesRateRatio r) => r.Upper < 1 ? Verdict.Supported : r.Lower > 1 ? Verdict.Contradicted : Verdict.Inconclusive;
}
