using System.Globalization;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>after-vs-before</c>: the event study of a stream around timeline interventions.</summary>
/// <remarks>
/// The after/before rate ratio of weekly counts from <see cref="EventStudy"/> (negative binomial with trend and season,
/// robust 95% interval, a placebo test over 200 random date sets, the claim's seed), over the interventions with the
/// window's weeks of covered data on both sides; the verdict is directional (the interval on the claimed side of 1).
/// </remarks>
public sealed class AfterVsBeforeTest : ClaimTest<AfterVsBeforeClaim>
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.AfterVsBefore;

    /// <inheritdoc/>
    protected override ClaimVerdict Check(AfterVsBeforeClaim claim, ClaimInputs inputs)
    {
        if ((inputs.WindowOutOfRange(claim, claim.Window) ?? inputs.NothingCovered(claim)) is { } untestable)
        {
            return untestable;
        }

        var (first, last) = (inputs.First, inputs.Last);
        var set = inputs.Counts(claim.Stream, first, last, TimeResolution.Week);
        var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, claim.Measure, From: first, To: last), inputs.Context.Actors);
        var index = series.PeriodStarts.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        var periods = inputs.Context.Timeline.OfKind([.. claim.Kinds]).ToList();
        var inside = periods.Where(p => p.Start >= first && p.Start <= last).ToList();
        var interventions = inside.Select(p => index[PeriodCalendar.StartOf(p.Start, TimeResolution.Week)])
            .Where(i => i - claim.Window >= 0 && i + claim.Window < series.PeriodStarts.Count).ToList();
        if (interventions.Count == 0)
        {
            var dates = periods.Select(p => p.Start.ToString("yyyy-MM-dd", C)).ToList();
            return inputs.NotTestable(claim, $"none of the {periods.Count} timeline entries of kind {string.Join(", ", claim.Kinds)} ({string.Join(", ", dates.Take(6))}{(dates.Count > 6 ? ", ..." : "")}) has {claim.Window} weeks of covered data before and after it (data: {inputs.Coverage}). Import a newer release (e.g. UCDP GED 25.1) to test it");
        }

        var study = EventStudy.Run(series.Groups[0].Best, interventions, new EventStudyOptions(claim.Window, 200, claim.Seed, 52));
        var verdict = inputs.Directional(claim, claim.Expect, study.RateRatio, study.Interval.Lower, study.Interval.Upper, $"rate ratio {study.RateRatio:0.00} (after against before)",
            string.Create(C, $"after-vs-before test: event study around {study.Interventions.Count} {string.Join(", ", claim.Kinds)} dates, {claim.Window} weeks either side, negative-binomial with trend and season; placebo p = {study.PlaceboPValue:0.000} over {study.PlaceboDraws} random date sets"),
            set.Snapshot.Id, series);
        return verdict with { Study = study };
    }
}
