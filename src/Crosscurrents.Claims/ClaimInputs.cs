using System.Globalization;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Covariates;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Claims;

/// <summary>
/// What a claim test reads for one claim: the context, the days complete sources cover inside the claim's window
/// (<see cref="First"/> to <see cref="Last"/>; first after last when none are), the coverage in words, and the
/// as-of date when the claim is checked with what was known then.
/// </summary>
public sealed class ClaimInputs
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    internal ClaimInputs(ClaimContext context, DateOnly first, DateOnly last, string coverage, DateOnly? asOf)
    {
        Context = context;
        First = first;
        Last = last;
        Coverage = coverage;
        AsOf = asOf;
    }

    /// <summary>The store, registry, timeline and streams.</summary>
    public ClaimContext Context { get; }

    /// <summary>The first covered day of the claim's window.</summary>
    public DateOnly First { get; }

    /// <summary>The last covered day (before <see cref="First"/> when no day is covered).</summary>
    public DateOnly Last { get; }

    /// <summary>What complete sources cover for the claim's streams and places, in words.</summary>
    public string Coverage { get; }

    /// <summary>The claim's date, when the verdict is the one with only what was known then.</summary>
    public DateOnly? AsOf { get; }

    internal ClaimVerdict NotTestable(Claim claim, string reason) => new(claim, Verdict.NotTestable, "", null, null, null, reason, null, Coverage);

    /// <summary>Not testable when no day of the claim's window is covered (null when some are).</summary>
    internal ClaimVerdict? NothingCovered(Claim claim) => First > Last
        ? NotTestable(claim, $"not testable with events: no day of the claim's window is covered by a complete source ({Coverage})")
        : null;

    /// <summary>Not testable when a window is out of range (a window of 0 or less has no days after an event).</summary>
    internal ClaimVerdict? WindowOutOfRange(Claim claim, int window) => window is < 1 or > ClaimFile.MaxWindow
        ? NotTestable(claim, $"window {window}: expected 1 to {ClaimFile.MaxWindow}")
        : null;

    /// <summary>
    /// A warning when a stream is mostly fighting between the state and the group: UCDP's state-based events do not
    /// say who attacked, so such a stream measures the conflict (operations included), not the group's attacks.
    /// </summary>
    internal string MixWarning(Claim claim)
    {
        if (First > Last)
        {
            return "";
        }

        var warnings = new List<string>();
        foreach (var name in claim.StreamNames.Distinct(StringComparer.Ordinal))
        {
            // Counted in the store: all incidents, and the state-based ones by their sides.
            var total = Counts(name, First, Last, TimeResolution.Year).Rows.Sum(r => r.Events);
            if (total == 0)
            {
                continue;
            }

            bool IsState(string? id) => id is not null && Context.Actors.Find(Context.Actors.GroupOf(id))?.Role is "state";
            var filter = Filter(name, First, Last);
            var fighting = filter.ViolenceType is null or ViolenceType.StateBased
                ? Context.Store.Count(filter with { ViolenceType = ViolenceType.StateBased }, new CountRequest(TimeResolution.Year, CountKey.Sides))
                    .Rows.Where(r => IsState(r.SideAActor) || IsState(r.SideBActor)).Sum(r => r.Events)
                : 0;
            var share = (double)fighting / total;
            if (share >= 0.5)
            {
                var alternative = Context.Streams.Any(s => s.Name == name + "-one-sided") ? $" (stream '{name}-one-sided' has its violence against civilians only)" : "";
                warnings.Add(string.Create(C, $"{share:P0} of the events in stream '{name}' are fighting between the state and the group, and the source does not say who attacked: the test measures the conflict, state operations included, not the group's attacks alone{alternative}"));
            }
        }

        return warnings.Count == 0 ? "" : "; warning: " + string.Join("; ", warnings);
    }

    /// <summary>The places and kinds a claim is about: those of the streams it names, or its country for a share.</summary>
    internal static List<Core.Coverage.CoverageScope> Scopes(Claim claim, ClaimContext context)
    {
        var scopes = claim.StreamNames
            .Select(n => context.Streams.FirstOrDefault(s => s.Name == n))
            .Where(s => s is not null)
            .Select(s => Core.Coverage.CoverageScope.Of(s!.ToFilter(context.Actors)))
            .ToList();
        return scopes.Count > 0 ? scopes : [new Core.Coverage.CoverageScope((claim as ShareClaim)?.Country)];
    }

    /// <summary>Why the claim's window cannot be counted from events (null when complete sources cover all of it).</summary>
    internal string? Uncovered(Claim claim, DateOnly from, DateOnly to)
    {
        var map = Context.Store.CoverageMap();
        var scopes = Scopes(claim, Context);
        if (map.CoveredRuns(scopes, from, to) is [var only] && only.From == from && only.To == to && (AsOf is not { } d || to < d))
        {
            return null;
        }

        return $"not testable with events: {Coverage}; the claim's window {from:yyyy-MM-dd}..{to:yyyy-MM-dd}{(AsOf is { } day && to >= day ? $" was not over by {day:yyyy-MM-dd}" : " is not covered")}. Import a release that covers it (UCDP GED 23.1 or later, or Candidate) and check again";
    }

    /// <summary>supported when the interval lies on the claimed side of 1, contradicted when on the other, else inconclusive.</summary>
    internal ClaimVerdict Directional(Claim claim, ChangeDirection expect, double estimate, double lower, double upper, string effect, string reason, string snapshot, EventSeries? series)
    {
        var verdict = expect == ChangeDirection.Increase
            ? lower > 1 ? Verdict.Supported : upper < 1 ? Verdict.Contradicted : Verdict.Inconclusive
            : upper < 1 ? Verdict.Supported : lower > 1 ? Verdict.Contradicted : Verdict.Inconclusive;
        return new ClaimVerdict(claim, verdict, effect, estimate, lower, upper, reason + $"; claimed: {expect.Name()}", snapshot, Coverage) { Series = series };
    }

    /// <summary>The reported series named publisher/measure/quantity (PICSS attacks by default), known by the as-of date, and its name in words.</summary>
    internal (Series.Reported.ReportedSeries Series, string Source) ReportedMonthly(string? reported)
    {
        var spec = ReportedSpec(reported);
        var series = Series.Reported.ReportedSeriesBuilder.Build(
            Context.Reported.Where(f => AsOf is null || f.PeriodEnd.AddMonths(1) <= AsOf.Value),
            new Series.Reported.ReportedSeriesOptions(spec[0], spec[1], spec[2]));
        return (series, $"{spec[0]} {spec[1]} ({spec[2]}), reported");
    }

    internal static string[] ReportedSpec(string? reported) => (reported ?? "PICSS/militant_attacks/attacks").Split('/');

    /// <summary>The snapshot of a reported series: its months with values.</summary>
    internal static string ReportedSnapshot(Series.Reported.ReportedSeries series, string source) =>
        Core.Snapshots.DataSnapshot.Compute(series.Months.Where(m => m.Value is not null).Select(m => ($"{source}:{m.Month:yyyy-MM}", m.Value!.Value.ToString("R", C)))).Id;

    /// <summary>
    /// A Hawkes model of daily counts of the streams, with the timeline covariates and optionally a window after another
    /// stream's events; the background's flexibility (trend knots) chosen by BIC as in <c>dynamics fit</c>
    /// (<see cref="HawkesModel.SelectTrend"/> over <see cref="HawkesModel.TrendKnotCandidates"/>).
    /// </summary>
    internal (HawkesData Data, HawkesFit Fit, string Snapshot, HawkesTrendSelection Selection) FitHawkes(IReadOnlyList<StreamDefinition> streams, DateOnly from, DateOnly to, (StreamDefinition Stream, int Days)? window)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var design = DailyDesign.Build(streams.Select(s => (s.Name, DailyCounts(s.Name, from, to))).ToList(),
            window is { } w ? [(w.Stream.Name, DailyCounts(w.Stream.Name, from, to), w.Days)] : [], from, to);
        HawkesData Data(int knots)
        {
            var (names, columns) = design.Covariates(Context.Timeline, new CovariateOptions(TrendKnots: knots));
            return HawkesData.FromColumns(design.Streams, design.Counts, names, columns);
        }

        // With several streams the likelihood is a composite one (each stream's day given the others' counts that
        // day), for which the observed information understates the variance: sandwich standard errors then.
        // With several streams the likelihood is a composite one (each stream's day given the others' counts that
        // day), for which the observed information understates the variance: sandwich standard errors then.
        var options = HawkesFitOptions.Default with { RobustStandardErrors = streams.Count > 1 };
        var selection = HawkesModel.SelectTrend(HawkesModel.TrendKnotCandidates(days), Data, options);
        return (selection.Fit.Data, selection.Fit, design.Snapshot.Id, selection);
    }

    /// <summary>BIC difference beyond which a candidate background is ruled out by the data (Raftery's "very strong").</summary>
    internal const double BicRuledOut = 10;

    /// <summary>
    /// The verdict's sensitivity to the background: the estimate under every usable candidate number of trend knots,
    /// and the verdict under each candidate the data do not rule out (BIC within <see cref="BicRuledOut"/> of the best;
    /// each refitted from its estimate with standard errors), in words, and whether the verdict changes with the choice.
    /// </summary>
    /// <param name="selection">The BIC selection behind the verdict.</param>
    /// <param name="judge">The test's rule on one fit with standard errors.</param>
    /// <param name="estimate">The estimate the rule rests on (read from fits without standard errors too).</param>
    /// <param name="quantity">What the estimate is, in words ("the branching ratio ttp → ttp").</param>
    internal static (string Text, bool Depends) Sensitivity(HawkesTrendSelection selection, Func<HawkesFit, Verdict> judge, Func<HawkesFit, double> estimate, string quantity)
    {
        HawkesFit? Quick(HawkesTrendCandidate c) => c.TrendKnots == selection.TrendKnots ? selection.Fit : c.Fit is { Usable: true } f ? f : null;
        var usable = selection.Candidates.Where(c => Quick(c) is not null).ToList();
        var unusable = selection.Candidates.Where(c => Quick(c) is null).Select(c => c.TrendKnots).ToList();
        var best = selection.Candidates.First(c => c.TrendKnots == selection.TrendKnots).Bic;
        var verdicts = usable.Where(c => c.Bic <= best + BicRuledOut)
            .Select(c => (c.TrendKnots, Fit: c.TrendKnots == selection.TrendKnots ? selection.Fit : HawkesModel.Fit(c.Fit!.Data, selection.Fit.Options with { Starts = 1 }, c.Fit.Estimates)))
            .Where(r => r.Fit.Usable) // a candidate whose information turns out singular has no interval to judge
            .Select(r => (r.TrendKnots, Verdict: judge(r.Fit)))
            .Where(r => r.Verdict != Verdict.NotTestable || r.TrendKnots == selection.TrendKnots).ToList();
        var knots = string.Join(", ", selection.Candidates.Select(c => c.TrendKnots));
        var text = new System.Text.StringBuilder(string.Create(C, $"background: {Knots(selection.TrendKnots)} in the trend, chosen by BIC among {knots}"));
        var finite = usable.Select(c => (c.TrendKnots, Estimate: estimate(Quick(c)!))).Where(r => double.IsFinite(r.Estimate)).ToList();
        if (finite.Count > 1)
        {
            var lo = finite.MinBy(r => r.Estimate);
            var hi = finite.MaxBy(r => r.Estimate);
            text.Append(string.Create(C, $"; over the candidates {quantity} runs from {lo.Estimate:0.000} ({Knots(lo.TrendKnots)}) to {hi.Estimate:0.000} ({Knots(hi.TrendKnots)})"));
        }

        if (unusable.Count > 0)
        {
            text.Append(string.Create(C, $"; no usable fit with {string.Join(", ", unusable)} knots"));
        }

        var depends = verdicts.Select(r => r.Verdict).Distinct().Count() > 1;
        var within = string.Create(C, $"the candidates the data do not rule out (BIC within {BicRuledOut:0} of the best: {string.Join(", ", verdicts.Select(r => r.TrendKnots))} knots)");
        text.Append(depends
            ? $"; the verdict depends on this choice among {within}: " + string.Join(", ", verdicts.GroupBy(r => r.Verdict).Select(g => $"{g.Key.Text()} with {string.Join(", ", g.Select(r => r.TrendKnots))} knots"))
            : verdicts.Count > 1 ? $"; the verdict is the same with each of {within}"
            : string.Create(C, $"; every other candidate is ruled out by BIC (more than {BicRuledOut:0} above the best)"));
        return (text.ToString(), depends);
    }

    private static string Knots(int n) => n == 1 ? "1 knot" : string.Create(C, $"{n} knots");

    /// <summary>
    /// Why excitation the model finds cannot be told from other same-day clustering: with a half-life under a day its
    /// offspring fall on the parent's own day, and daily counts cannot tell that from events that share a day for
    /// other reasons (one operation reported as several events, day-to-day swings in the rate). Null when the
    /// excitation reaches later days.
    /// </summary>
    internal static string? WithinDay(HawkesFit fit, string stream)
    {
        var h = fit.HalfLife(stream);
        return h.WithinDay || h.HalfLife < 1
            ? string.Create(C, $"the excitation from {stream} has a half-life of {h.HalfLife:0.##} days: its offspring fall mostly on the same day, which daily counts cannot tell from events that share a day for other reasons (one operation reported as several events, swings in the daily rate); not evidence that events beget later events")
            : null;
    }

    /// <summary>Why a stream has too few events to fit (fewer than 10), or null.</summary>
    internal string? TooFew(IReadOnlyList<StreamDefinition> streams, DateOnly from, DateOnly to)
    {
        foreach (var s in streams)
        {
            var n = Snapshot(s.Name, from, to).EventCount;
            if (n < 10)
            {
                return $"stream '{s.Name}' ({s.Description}) has {n} events between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} in the data ({Coverage}); at least 10 are needed";
            }
        }

        return null;
    }

    internal StreamDefinition Definition(string name) => Context.Streams.First(s => s.Name == name);

    /// <summary>The events a stream selects between two days.</summary>
    internal EventFilter Filter(string stream, DateOnly from, DateOnly to) => Definition(stream).ToFilter(Context.Actors) with { From = from, To = to };

    /// <summary>The snapshot of a stream's events between two days, computed in the store.</summary>
    internal Core.Snapshots.DataSnapshot Snapshot(string stream, DateOnly from, DateOnly to) => Context.Store.Snapshot(Filter(stream, from, to));

    /// <summary>A stream's incidents and deaths per period (and key), counted in the store.</summary>
    internal EventCounts Counts(string stream, DateOnly from, DateOnly to, TimeResolution resolution, CountKey key = CountKey.None) =>
        Context.Store.Count(Filter(stream, from, to), new CountRequest(resolution, key));

    /// <summary>A stream's incidents per day, counted in the store.</summary>
    internal EventCounts DailyCounts(string stream, DateOnly from, DateOnly to) => Counts(stream, from, to, TimeResolution.Day);
}
