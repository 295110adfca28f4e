using System.Globalization;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Models.Comparisons;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>regroup</c>: violence in the weeks after talks or a ceasefire with the named group end, against the weeks before they began.</summary>
/// <remarks>
/// Only timeline periods whose parties include the group (or a faction) count; entries closer than a window to each
/// other are one episode (talks, then a ceasefire, then its end). The contrast is trend- and season-adjusted
/// (<see cref="EpisodeStudy"/>: negative binomial, robust 95% interval), with lethality per event. Episodes the events
/// do not cover (since 2019) are judged on the reported monthly figures, the months before each began against the
/// months after it ended, with a Poisson interval (<see cref="PoissonRateRatio"/>) that ignores overdispersion and trend.
/// </remarks>
public sealed class RegroupTest : ClaimTest<RegroupClaim>
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Regroup;

    /// <inheritdoc/>
    protected override ClaimVerdict Check(RegroupClaim claim, ClaimInputs inputs)
    {
        if (inputs.NothingCovered(claim) is { } untestable)
        {
            return untestable;
        }

        var (first, last) = (inputs.First, inputs.Last);
        var context = inputs.Context;
        var stream = inputs.Definition(claim.Stream);
        var groupId = claim.Actor ?? stream.Actor;
        if (groupId is null || context.Actors.Lookup(groupId) is not { } group)
        {
            return inputs.NotTestable(claim, $"the regroup test needs a group: give actor (stream '{stream.Name}' names none)");
        }

        var family = context.Actors.WithDescendants(group.Id);
        var kinds = claim.Kinds ?? ["negotiation", "ceasefire", "ceasefire_end"];
        var periods = context.Timeline.WithParty(family).Where(p => kinds.Contains(p.Kind, StringComparer.Ordinal)).ToList();
        if (periods.Count == 0)
        {
            return inputs.NotTestable(claim, $"the timeline has no {string.Join("/", kinds)} entries whose parties include {group.Name}");
        }

        var gap = claim.Window * 7;
        var episodes = new List<(DateOnly Start, DateOnly End)>();
        foreach (var p in periods.OrderBy(p => p.Start))
        {
            var end = p.End ?? p.Start;
            if (episodes.Count > 0 && p.Start.DayNumber <= episodes[^1].End.DayNumber + gap)
            {
                episodes[^1] = (episodes[^1].Start, end > episodes[^1].End ? end : episodes[^1].End);
            }
            else
            {
                episodes.Add((p.Start, end));
            }
        }

        var covered = first <= last ? episodes.Where(e => e.Start.AddDays(-gap) >= first && e.End.AddDays(gap) <= last).ToList() : [];
        var uncovered = episodes.Except(covered).Where(e => e.End.Year >= 2019).ToList();
        var reported = OnReported(claim, inputs, uncovered);
        string Dates(IEnumerable<(DateOnly Start, DateOnly End)> list) => string.Join(", ", list.Select(e => e.Start == e.End ? $"{e.Start:yyyy-MM-dd}" : $"{e.Start:yyyy-MM-dd}..{e.End:yyyy-MM-dd}"));
        if (covered.Count == 0)
        {
            return reported is { } r
                ? r.Verdict with { Reason = r.Verdict.Reason + $"; episodes with {group.Name}: {Dates(episodes)}; none has {claim.Window} covered weeks on each side in the event data ({inputs.Coverage})" }
                : inputs.NotTestable(claim, $"no episode of talks or ceasefire with {group.Name} ({Dates(episodes)}) has {claim.Window} covered weeks before and after it, in the events ({inputs.Coverage}) or the reported figures");
        }

        var set = inputs.Counts(stream.Name, first, last, TimeResolution.Week);
        var counts = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, Measure.Events, From: first, To: last), context.Actors);
        var deaths = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, Measure.Fatalities, From: first, To: last), context.Actors);
        var index = counts.PeriodStarts.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
        var study = EpisodeStudy.Run(counts.Groups[0].Best, deaths.Groups[0].Best,
            covered.Select(e => new Episode(index[PeriodCalendar.StartOf(e.Start, TimeResolution.Week)], index[PeriodCalendar.StartOf(e.End, TimeResolution.Week)])).ToList(),
            claim.Window, 52, claim.Seed);
        var lethality = double.IsFinite(study.Lethality)
            ? string.Create(C, $"; deaths per event after against before: {study.Lethality:0.00}{(double.IsFinite(study.LethalityInterval.Lower) ? $" ({study.LethalityInterval.Lower:0.00}–{study.LethalityInterval.Upper:0.00})" : "")}")
            : "";
        var also = reported is { } rep ? $"; on the reported figures, for the episodes the events do not cover ({Dates(rep.Episodes)}): {rep.Verdict.Effect} {FormatInterval(rep.Verdict)}, {rep.Verdict.Verdict.Text()}" : "";
        return inputs.Directional(claim, claim.Expect, study.RateRatio, study.Interval.Lower, study.Interval.Upper, $"rate ratio {study.RateRatio:0.00} (after the talks or ceasefire against before)",
            string.Create(C, $"regroup test: weekly {stream.Name} events in the {claim.Window} weeks after {study.Episodes.Count} episodes of talks or ceasefire with {group.Name} ended ({Dates(covered)}) against the {claim.Window} weeks before each began ({study.EventsAfter:N0} against {study.EventsBefore:N0} events), negative-binomial with trend and season, robust 95% interval{lethality}{also}"),
            set.Snapshot.Id, counts);
    }

    private static string FormatInterval(ClaimVerdict v) =>
        v.Lower is { } l && v.Upper is { } u ? string.Create(C, $"({l:0.00}–{u:0.00})") : "";

    /// <summary>The regroup contrast on the reported monthly figures: the months before each episode began against the
    /// months after it ended (as many months as the window has weeks, rounded up to months).</summary>
    private static (ClaimVerdict Verdict, List<(DateOnly Start, DateOnly End)> Episodes)? OnReported(RegroupClaim claim, ClaimInputs inputs, IReadOnlyList<(DateOnly Start, DateOnly End)> episodes)
    {
        if (episodes.Count == 0)
        {
            return null;
        }

        var (series, source) = inputs.ReportedMonthly(claim.Reported);
        var months = (int)Math.Ceiling(claim.Window / 4.345);
        var byMonth = series.Months.ToDictionary(x => x.Month, x => x.Value);
        double? Month(DateOnly m) => byMonth.GetValueOrDefault(m);
        var used = new List<(DateOnly Start, DateOnly End)>();
        double before = 0, after = 0;
        foreach (var e in episodes)
        {
            var startMonth = new DateOnly(e.Start.Year, e.Start.Month, 1);
            var endMonth = new DateOnly(e.End.Year, e.End.Month, 1);
            var b = Enumerable.Range(1, months).Select(k => Month(startMonth.AddMonths(-k))).ToList();
            var a = Enumerable.Range(1, months).Select(k => Month(endMonth.AddMonths(k))).ToList();
            if (b.All(v => v is not null) && a.All(v => v is not null))
            {
                used.Add(e);
                before += b.Sum(v => v!.Value);
                after += a.Sum(v => v!.Value);
            }
        }

        if (used.Count == 0 || before == 0 || after == 0)
        {
            return null;
        }

        var ratio = PoissonRateRatio.OfTotals(before, after);
        var verdict = inputs.Directional(claim, claim.Expect, ratio.Estimate, ratio.Lower, ratio.Upper, $"ratio {ratio.Estimate:0.00} (after against before, {source})",
            string.Create(C, $"regroup test on reported figures: {source} in the {months} months before each of {used.Count} episodes began against the {months} months after it ended ({after:N0} against {before:N0}); Poisson 95% interval, which ignores overdispersion and trend"),
            ClaimInputs.ReportedSnapshot(series, source), null);
        return (verdict with { Source = source }, used);
    }
}
