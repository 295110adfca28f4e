using Crosscurrents.Models.Changepoints;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Analysis.Brief;

/// <summary>The model results the brief's Dynamics section shows; each names its data snapshot.</summary>
/// <param name="Hawkes">The multivariate Hawkes fit, when it could be made.</param>
/// <param name="HawkesQuality">Its goodness of fit.</param>
/// <param name="HawkesSnapshot">Data snapshot of the Hawkes streams.</param>
/// <param name="HawkesSpan">The days it covers, as text.</param>
/// <param name="Studies">Event studies.</param>
/// <param name="ChangepointSeries">The series the changepoints were found in.</param>
/// <param name="Changepoints">The changepoints.</param>
/// <param name="ChangepointSnapshot">Its data snapshot.</param>
public sealed record BriefDynamics(
    HawkesFit? Hawkes,
    HawkesGoodnessOfFit? HawkesQuality,
    string? HawkesSnapshot,
    string HawkesSpan,
    IReadOnlyList<BriefStudy> Studies,
    EventSeries? ChangepointSeries,
    ChangepointResult? Changepoints,
    string? ChangepointSnapshot)
{
    /// <summary>The Hawkes background in readable terms (levels, yearly change, period effects), when the fit is usable.</summary>
    public IReadOnlyList<Dynamics.BackgroundSummary>? Background { get; init; }

    /// <summary>The fit's goodness of fit per stream, in words.</summary>
    public IReadOnlyList<Dynamics.FitQualityRow>? FitQuality { get; init; }

    /// <summary>For each stream whose time-rescaling test rejects, other models of it compared out of sample.</summary>
    public IReadOnlyList<Dynamics.ModelComparisonResult> Alternatives { get; init; } = [];
}

/// <summary>One event study for the brief.</summary>
public sealed record BriefStudy(string Title, EventStudyResult Result, string PeriodName, IReadOnlyList<DateOnly> Interventions, string Snapshot);
