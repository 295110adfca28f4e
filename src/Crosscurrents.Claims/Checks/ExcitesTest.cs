using System.Globalization;
using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>excites</c>: the Hawkes branching ratio from the source stream to the target.</summary>
/// <remarks>
/// A multivariate Hawkes model of daily counts (<see cref="HawkesModel"/>, timeline covariates in the background):
/// supported when the 95% interval of the branching ratio excludes 0, contradicted when its upper end is below 0.02,
/// inconclusive otherwise. Excitation with a half-life under a day is inconclusive, never supported: daily counts
/// cannot tell offspring on the parent's own day from events that share a day for other reasons.
/// </remarks>
public sealed class ExcitesTest : ClaimTest<ExcitesClaim>
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Excites;

    /// <inheritdoc/>
    protected override ClaimVerdict Check(ExcitesClaim claim, ClaimInputs inputs)
    {
        if (inputs.NothingCovered(claim) is { } untestable)
        {
            return untestable;
        }

        var (from, to) = (inputs.First, inputs.Last);
        var source = inputs.Definition(claim.Source);
        var target = inputs.Definition(claim.Target);
        var streams = source.Name == target.Name ? new[] { source } : [source, target];
        if (inputs.TooFew(streams, from, to) is { } why)
        {
            return inputs.NotTestable(claim, why);
        }

        var (data, fit, snapshot, selection) = inputs.FitHawkes(streams, from, to, window: null);
        if (!fit.Usable)
        {
            return inputs.NotTestable(claim, $"the Hawkes model has no usable estimates: the fit {fit.Describe()}");
        }

        var b = fit.Branching(source.Name, target.Name);
        var (verdict, sameDay) = Judge(fit, source.Name, target.Name);
        var (sensitivity, depends) = ClaimInputs.Sensitivity(selection, f => Judge(f, source.Name, target.Name).Verdict, f => f.Branching(source.Name, target.Name).Estimate, $"the branching ratio {source.Name} → {target.Name}");
        var rule = sameDay ?? string.Create(C, $"excites test: multivariate Hawkes model of daily counts {from:yyyy-MM-dd}–{to:yyyy-MM-dd} ({data.T:N0} days); supported when the 95% interval of the branching ratio excludes 0, contradicted when its upper end is below 0.02");
        return new ClaimVerdict(claim, verdict, $"branching ratio {b.Estimate:0.000} ({source.Name} → {target.Name})", b.Estimate, b.Lower, b.Upper,
            rule + "; " + sensitivity, snapshot, inputs.Coverage) { Hawkes = fit, DependsOnBackground = depends };
    }

    /// <summary>The rule on one fit, and the reason when same-day excitation turns "supported" into inconclusive.</summary>
    private static (Verdict Verdict, string? SameDay) Judge(HawkesFit fit, string source, string target)
    {
        var b = fit.Branching(source, target);
        var verdict = b.Lower > 0 && !b.AtZero ? Verdict.Supported : b.Upper < 0.02 ? Verdict.Contradicted : Verdict.Inconclusive;
        return verdict == Verdict.Supported && ClaimInputs.WithinDay(fit, source) is { } sameDay ? (Verdict.Inconclusive, sameDay) : (verdict, null);
    }
}
