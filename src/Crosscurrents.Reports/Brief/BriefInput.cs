using Crosscurrents.Analysis.Brief;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;
using Crosscurrents.Core.Storage;
using Crosscurrents.Reports.Charts;

namespace Crosscurrents.Reports.Brief;

/// <summary>Everything the brief is built from; the brief reads nothing else.</summary>
/// <param name="Events">The counts of the events and their data snapshot (<see cref="BriefEvents.FromEvents"/> for events in memory).</param>
/// <param name="Actors">The actor registry.</param>
/// <param name="Places">The gazetteer.</param>
/// <param name="Timeline">The timeline of periods.</param>
/// <param name="Outlines">Country borders for the map.</param>
/// <param name="Batches">The imports that put the events in the store (provenance).</param>
/// <param name="GeneratedAt">When the brief was made.</param>
/// <param name="Attribution">Citation notices of the shipped data, shown at the end.</param>
public sealed record BriefInput(
    BriefEvents Events,
    ActorRegistry Actors,
    Gazetteer Places,
    Timeline Timeline,
    CountryOutlines Outlines,
    IReadOnlyList<ImportBatch> Batches,
    DateTimeOffset GeneratedAt,
    string Attribution)
{
    /// <summary>Model results for the Dynamics section (left out when null).</summary>
    public BriefDynamics? Dynamics { get; init; }

    /// <summary>Claim verdicts for the Claims section (left out when null), and the file they came from.</summary>
    public IReadOnlyList<Claims.ClaimVerdict>? Claims { get; init; }

    public string? ClaimFile { get; init; }

    /// <summary>Reported figures (PICSS, PIPS, UCDP country-year) that carry the brief past the end of the event data.</summary>
    public IReadOnlyList<Core.Reported.ReportedFigure>? Reported { get; init; }

    /// <summary>Every count, series and table of the brief (computed by the analysis layer from the events and reported
    /// figures unless given).</summary>
    public BriefFigures Figures
    {
        get => _figures ??= BriefFigures.Compute(Events, Actors, Reported);
        init => _figures = value;
    }

    private BriefFigures? _figures;

    /// <summary>The Forecasts section (left out when null).</summary>
    public BriefForecasts? Forecasts { get; init; }

    /// <summary>The Scenarios section (left out when null).</summary>
    public Analysis.Scenarios.ScenarioRunResult? Scenarios { get; init; }

    /// <summary>Which sources cover which years and places (computed by the analysis layer unless given).</summary>
    public BriefCoverage Coverage
    {
        get => _coverage ??= BriefCoverage.Compute(Events.Coverage, Batches, Reported ?? []);
        init => _coverage = value;
    }

    private BriefCoverage? _coverage;

    /// <summary>The key judgements (computed by the analysis layer from the parts above unless given).</summary>
    public IReadOnlyList<KeyJudgement> KeyJudgements
    {
        get => _judgements ??= BriefJudgements.Compute(new JudgementInputs(Events, Coverage, Figures, Reported ?? [], Dynamics, Claims, ClaimFile, Forecasts, Scenarios));
        init => _judgements = value;
    }

    private IReadOnlyList<KeyJudgement>? _judgements;

    /// <summary>How the charts look (the font and palette).</summary>
    public ChartStyle Style { get; init; } = ChartStyle.Default;

    /// <summary>The input of the brief from what the analysis layer computed, with the map outlines.</summary>
    public static BriefInput From(Analysis.Brief.BriefData data, CountryOutlines outlines, ChartStyle style)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new BriefInput(data.Events, data.Actors, data.Places, data.Timeline, outlines, data.Batches, data.GeneratedAt, data.Attribution)
        {
            Dynamics = data.Dynamics,
            Claims = data.Claims?.Verdicts,
            ClaimFile = data.Claims?.File,
            Reported = data.Reported,
            Figures = data.Figures,
            Forecasts = data.Forecasts,
            Scenarios = data.Scenarios,
            Coverage = data.Coverage,
            KeyJudgements = data.KeyJudgements,
            Style = style,
        };
    }
}
