using Crosscurrents.Models.EventStudies;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims;

/// <summary>What the data say about a claim.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Verdict">Supported, contradicted, inconclusive (the interval admits both) or not testable; <see cref="VerdictText.Text"/> in words.</param>
/// <param name="Effect">The effect in words, e.g. "rate ratio 2.04".</param>
/// <param name="Estimate">The effect size.</param>
/// <param name="Lower">Lower end of its 95% interval.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Reason">Why this verdict: the test, the rule, or exactly why it cannot be tested.</param>
/// <param name="Snapshot">Data snapshot of the events used (null when nothing was tested).</param>
/// <param name="Coverage">The span of the data in the store.</param>
public sealed record ClaimVerdict(Claim Claim, Verdict Verdict, string Effect, double? Estimate, double? Lower, double? Upper, string Reason, string? Snapshot, string Coverage)
{
    /// <summary>The series the verdict rests on, for a chart.</summary>
    public EventSeries? Series { get; init; }

    /// <summary>The event study, for after-vs-before.</summary>
    public EventStudyResult? Study { get; init; }

    /// <summary>The Hawkes fit, for excites, deters and links by excitation.</summary>
    public HawkesFit? Hawkes { get; init; }

    /// <summary>For a test on a Hawkes fit: true when another usable choice of the background's trend knots (among
    /// the BIC candidates) gives a different verdict; the reason says which.</summary>
    public bool DependsOnBackground { get; init; }

    /// <summary>For a claim with an <c>as_of</c> date: the verdict with only what was known by that date (this verdict
    /// is the one with all data now).</summary>
    public ClaimVerdict? AsOfVerdict { get; init; }

    /// <summary>The source the verdict rests on: "events" or the reported series used.</summary>
    public string Source { get; init; } = "events";
}
