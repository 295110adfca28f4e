using System.Globalization;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Regression;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Covariates;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Claims;

/// <summary>What the checker reads: the store, the registry, the timeline and the stream definitions.</summary>
public sealed record ClaimContext(IEventStore Store, ActorRegistry Actors, Timeline Timeline, IReadOnlyList<StreamDefinition> Streams)
{
    /// <summary>Reported figures (PICSS, PIPS, UCDP country-year) used when events do not cover a claim's period.</summary>
    public IReadOnlyList<Core.Reported.ReportedFigure> Reported { get; init; } = [];
}

/// <summary>
/// Checks claims against the data. Every verdict says which test decided it and carries the effect, its 95% interval,
/// the data snapshot and the span of the data; a claim whose period the data do not cover is <c>not testable</c>,
/// with the reason, and becomes testable when newer data are imported, with no change to the claim.
/// </summary>
/// <remarks>
/// Rules: an interval entirely on the claimed side gives <c>supported</c>, entirely on the other side
/// <c>contradicted</c>, and one that admits both <c>inconclusive</c>. peak: a parametric (Poisson) bootstrap of the
/// yearly series gives the probability that the maximum falls in the stated years (≥ 0.95 supported, ≤ 0.05
/// contradicted). change: negative-binomial rate ratio of weekly counts, period B against A, robust interval.
/// after-vs-before: the event study (after/before rate ratio). excites: the Hawkes branching ratio X → Y (supported when
/// its interval excludes 0, contradicted when its upper end is below 0.02). deters: the Hawkes background rate ratio in
/// the window after X events. regroup: after talks or ceasefires with the group end against before they began
/// (trend-adjusted). share: Wilson interval of the share. links: cross-excitation either way (excites), or the count of
/// events in which X and Y fought each other (against); co-location is not a link and is not testable.
/// </remarks>
public static class ClaimChecker
{
    public static IReadOnlyList<ClaimVerdict> Check(IEnumerable<Claim> claims, ClaimContext context)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(context);
        var map = context.Store.CoverageMap();
        return claims.Select(claim =>
        {
            // The days complete sources cover for the claim's streams and places, inside the claim's own window:
            // no model or count ever reads an uncovered day as a day without violence.
            var scopes = Scopes(claim, context);
            var run = map.LongestRun(scopes, claim.From ?? DateOnly.MinValue, claim.To ?? DateOnly.MaxValue);
            var first = run?.From ?? DateOnly.MaxValue;
            var last = run?.To ?? DateOnly.MinValue;
            var coverage = string.Join("; ", scopes.Distinct().Select(map.Describe));
            var now = CheckOne(claim, context, first, last, coverage, asOf: null);
            return claim.AsOf is { } asOf ? now with { AsOfVerdict = CheckOne(claim, context, first, last, coverage, asOf) } : now;
        }).ToList();
    }

    /// <summary>The places and kinds a claim is about: those of the streams it names, or its country for a share.</summary>
    private static List<Core.Coverage.CoverageScope> Scopes(Claim claim, ClaimContext context)
    {
        var scopes = new[] { claim.Stream, claim.Source, claim.Target }
            .Where(n => n is not null)
            .Select(n => context.Streams.FirstOrDefault(s => s.Name == n))
            .Where(s => s is not null)
            .Select(s => Core.Coverage.CoverageScope.Of(s!.ToFilter(context.Actors)))
            .ToList();
        return scopes.Count > 0 ? scopes : [new Core.Coverage.CoverageScope(claim.Country)];
    }

    private static ClaimVerdict CheckOne(Claim claim, ClaimContext context, DateOnly first, DateOnly last, string coverage, DateOnly? asOf)
    {
        // As of a date, only what was known then: events and figures for periods that ended before it.
        if (asOf is { } date)
        {
            last = last < date.AddDays(-1) ? last : date.AddDays(-1);
            coverage = $"{coverage}; as of {date:yyyy-MM-dd}: data to {last:yyyy-MM-dd}";
        }

        var check = new Checker(claim, context, first, last, coverage, asOf);
        if (claim.Window is < 1 or > ClaimFile.MaxWindow && claim.Test is "after-vs-before" or "deters")
        {
            // A window of 0 or less has no days after an event and made the window loops run without end.
            return check.NotTestable($"window {claim.Window}: expected 1 to {ClaimFile.MaxWindow}");
        }

        if (first > last && claim.Test is not ("peak" or "change"))
        {
            return check.NotTestable($"not testable with events: no day of the claim's window is covered by a complete source ({coverage})");
        }

        try
        {
            var verdict = claim.Test switch
            {
                "peak" => check.Peak(),
                "change" => check.Change(),
                "after-vs-before" => check.AfterVsBefore(),
                "regroup" => check.Regroup(),
                "excites" => check.Excites(),
                "deters" => check.Deters(),
                "share" => check.Share(),
                "links" => check.Links(),
                _ => check.NotTestable($"unknown test '{claim.Test}'"),
            };
            return verdict.Verdict == ClaimVerdict.NotTestable || verdict.Source != "events" ? verdict : verdict with { Reason = verdict.Reason + check.MixWarning() };
        }
        catch (ArgumentException ex)
        {
            return check.NotTestable($"the model could not be fitted: {ex.Message}");
        }
    }

    private sealed class Checker(Claim claim, ClaimContext context, DateOnly first, DateOnly last, string coverage, DateOnly? asOf)
    {
        private static readonly CultureInfo C = CultureInfo.InvariantCulture;

        /// <summary>
        /// A warning when a stream is mostly fighting between the state and the group: UCDP's state-based events do not
        /// say who attacked, so such a stream measures the conflict (operations included), not the group's attacks.
        /// </summary>
        public string MixWarning()
        {
            if (first > last)
            {
                return "";
            }

            var warnings = new List<string>();
            foreach (var name in new[] { claim.Stream, claim.Source, claim.Target }.Where(n => n is not null).Distinct(StringComparer.Ordinal))
            {
                var events = Events(name!, first, last).Incidents();
                if (events.Count == 0)
                {
                    continue;
                }

                bool IsState(ActorMention side) => side.ActorId is { } id && context.Actors.Find(context.Actors.GroupOf(id))?.Role is "state";
                var fighting = events.Count(e => e.ViolenceType == ViolenceType.StateBased && (IsState(e.SideA) || IsState(e.SideB)));
                var share = (double)fighting / events.Count;
                if (share >= 0.5)
                {
                    var alternative = context.Streams.Any(s => s.Name == name + "-one-sided") ? $" (stream '{name}-one-sided' has its violence against civilians only)" : "";
                    warnings.Add(string.Create(C, $"{share:P0} of the events in stream '{name}' are fighting between the state and the group, and the source does not say who attacked: the test measures the conflict, state operations included, not the group's attacks alone{alternative}"));
                }
            }

            return warnings.Count == 0 ? "" : "; warning: " + string.Join("; ", warnings);
        }

        public ClaimVerdict NotTestable(string reason) => new(claim, ClaimVerdict.NotTestable, "", null, null, null, reason, null, coverage);

        public ClaimVerdict Peak()
        {
            var from = claim.From!.Value;
            var to = claim.To!.Value;
            if (Uncovered(from, to) is { } why)
            {
                return ReportedPeak(from, to) ?? NotTestable(why);
            }

            var set = Events(claim.Stream!, from, to);
            var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, MeasureOf(), From: from, To: to), context.Actors);
            var values = series.Groups[0].Best;
            var years = series.PeriodStarts.Select(d => d.Year).ToArray();
            var peak = years[Array.IndexOf(values, values.Max())];
            var random = new Random(claim.Seed);
            var peaks = new List<int>();
            for (var b = 0; b < 1000; b++)
            {
                var draw = values.Select(v => (double)Poisson.Sample(random, Math.Max(v, 1e-9))).ToArray();
                peaks.Add(years[Array.IndexOf(draw, draw.Max())]);
            }

            var probability = peaks.Count(p => claim.ExpectYears!.Contains(p)) / 1000.0;
            peaks.Sort();
            var verdict = probability >= 0.95 ? ClaimVerdict.Supported : probability <= 0.05 ? ClaimVerdict.Contradicted : ClaimVerdict.Inconclusive;
            return new ClaimVerdict(claim, verdict, $"peak in {peak} ({values.Max():N0} {claim.Measure})", peak, peaks[25], peaks[974],
                string.Create(C, $"peak test: the maximum of the yearly series {from.Year}–{to.Year} falls in {string.Join(" or ", claim.ExpectYears!)} in {probability:P0} of 1,000 Poisson bootstrap replications (supported ≥ 95%, contradicted ≤ 5%); the interval is the 95% range of the peak year"),
                set.Snapshot.Id, coverage) { Series = series };
        }

        /// <summary>The peak test on a reported series: yearly values (the published annual total, else the sum of a
        /// complete year's months) known by the as-of date; years without a value are left out and named.</summary>
        private ClaimVerdict? ReportedPeak(DateOnly from, DateOnly to)
        {
            var spec = (claim.Reported ?? "PICSS/militant_attacks/attacks").Split('/');
            var series = Series.Reported.ReportedSeriesBuilder.Build(
                context.Reported.Where(f => asOf is null || f.PeriodEnd.AddMonths(1) <= asOf.Value),
                new Series.Reported.ReportedSeriesOptions(spec[0], spec[1], spec[2]));
            var years = series.Years.Where(y => y.Year >= from.Year && y.Year <= to.Year && (y.PublishedTotal ?? y.SumOfMonths) is not null)
                .Select(y => (y.Year, Value: (y.PublishedTotal ?? y.SumOfMonths)!.Value)).ToList();
            if (years.Count < 2)
            {
                return null;
            }

            var missing = Enumerable.Range(from.Year, to.Year - from.Year + 1).Except(years.Select(y => y.Year)).ToList();
            var values = years.Select(y => y.Value).ToArray();
            var peak = years[Array.IndexOf(values, values.Max())].Year;
            var random = new Random(claim.Seed);
            var peaks = new List<int>();
            for (var b = 0; b < 1000; b++)
            {
                var draw = values.Select(v => (double)Poisson.Sample(random, Math.Max(v, 1e-9))).ToArray();
                peaks.Add(years[Array.IndexOf(draw, draw.Max())].Year);
            }

            var probability = peaks.Count(p => claim.ExpectYears!.Contains(p)) / 1000.0;
            peaks.Sort();
            var verdict = probability >= 0.95 ? ClaimVerdict.Supported : probability <= 0.05 ? ClaimVerdict.Contradicted : ClaimVerdict.Inconclusive;
            var source = $"{spec[0]} {spec[1]} ({spec[2]}), reported";
            return new ClaimVerdict(claim, verdict, $"peak in {peak} ({values.Max():N0} {spec[2]}, {source})", peak, peaks[25], peaks[974],
                string.Create(C, $"peak test on reported figures (events do not cover {from.Year}–{to.Year}): yearly {source} figures for {string.Join(", ", years.Select(y => $"{y.Year}: {y.Value:N0}"))}{(missing.Count > 0 ? $"; no complete figure for {string.Join(", ", missing)}" : "")}{(asOf is { } d ? $"; only figures for periods that ended before {d:yyyy-MM-dd}" : "")}; the maximum falls in {string.Join(" or ", claim.ExpectYears!)} in {probability:P0} of 1,000 Poisson bootstrap replications"),
                Core.Snapshots.DataSnapshot.Compute(years.Select(y => ($"{source}:{y.Year}", y.Value.ToString("R", C)))).Id, coverage) { Source = source };
        }

        /// <summary>The change test on a reported monthly series: mean per reported month in B against A, with a Poisson
        /// interval (narrower than an overdispersion-aware one; the reason says so). Missing months are left out and counted.</summary>
        private ClaimVerdict? ReportedChange(DateOnly aFrom, DateOnly aTo, DateOnly bFrom, DateOnly bTo)
        {
            var (series, source) = ReportedMonthly();
            var a = series.Months.Where(m => m.Month >= aFrom && m.Month <= aTo && m.Value is not null).Select(m => m.Value!.Value).ToList();
            var b = series.Months.Where(m => m.Month >= bFrom && m.Month <= bTo && m.Value is not null).Select(m => m.Value!.Value).ToList();
            if (a.Count == 0 || b.Count == 0 || a.Sum() == 0 || b.Sum() == 0)
            {
                return null;
            }

            var ratio = b.Average() / a.Average();
            var se = Math.Sqrt((1 / a.Sum()) + (1 / b.Sum()));
            var monthsA = ((aTo.Year - aFrom.Year) * 12) + aTo.Month - aFrom.Month + 1;
            var monthsB = ((bTo.Year - bFrom.Year) * 12) + bTo.Month - bFrom.Month + 1;
            var verdict = Directional(ratio, ratio * Math.Exp(-1.96 * se), ratio * Math.Exp(1.96 * se), $"ratio {ratio:0.00} (B against A, {source})",
                string.Create(C, $"change test on reported figures (events do not cover the periods): mean per reported month, {b.Count} of {monthsB} months in B against {a.Count} of {monthsA} in A; Poisson 95% interval, which ignores overdispersion"),
                Core.Snapshots.DataSnapshot.Compute(series.Months.Where(m => m.Value is not null).Select(m => ($"{source}:{m.Month:yyyy-MM}", m.Value!.Value.ToString("R", C)))).Id,
                null);
            return verdict with { Source = source };
        }

        /// <summary>The claim's reported series (publisher/measure/quantity, PICSS attacks by default), known by the as-of date.</summary>
        private (Series.Reported.ReportedSeries Series, string Source) ReportedMonthly()
        {
            var spec = (claim.Reported ?? "PICSS/militant_attacks/attacks").Split('/');
            var series = Series.Reported.ReportedSeriesBuilder.Build(
                context.Reported.Where(f => asOf is null || f.PeriodEnd.AddMonths(1) <= asOf.Value),
                new Series.Reported.ReportedSeriesOptions(spec[0], spec[1], spec[2]));
            return (series, $"{spec[0]} {spec[1]} ({spec[2]}), reported");
        }

        public ClaimVerdict Change()
        {
            var (aFrom, aTo, bFrom, bTo) = (claim.From!.Value, claim.To!.Value, claim.ThenFrom!.Value, claim.ThenTo!.Value);
            if (Uncovered(new[] { aFrom, bFrom }.Min(), new[] { aTo, bTo }.Max()) is { } why)
            {
                return ReportedChange(aFrom, aTo, bFrom, bTo) ?? NotTestable(why);
            }

            var set = Events(claim.Stream!, new[] { aFrom, bFrom }.Min(), new[] { aTo, bTo }.Max());
            var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, MeasureOf(), From: new[] { aFrom, bFrom }.Min(), To: new[] { aTo, bTo }.Max()), context.Actors);
            var rows = series.PeriodStarts.Select((d, i) => (d, y: series.Groups[0].Best[i]))
                .Select(r => (r.y, inA: r.d >= aFrom && r.d <= aTo, inB: r.d >= bFrom && r.d <= bTo)).Where(r => r.inA != r.inB).ToList();
            var x = Matrix<double>.Build.Dense(rows.Count, 2, (i, j) => j == 0 ? 1 : rows[i].inB ? 1 : 0);
            var fit = NegativeBinomialRegression.Fit(["intercept", "period_b"], x, Vector<double>.Build.Dense(rows.Select(r => r.y).ToArray()));
            var rr = fit["period_b"];
            var (lower, upper) = rr.RateRatioInterval;
            return Directional(rr.RateRatio, lower, upper, $"rate ratio {rr.RateRatio:0.00} (B against A)",
                string.Create(C, $"change test: negative-binomial regression of weekly {claim.Measure}, {bFrom:yyyy-MM-dd}–{bTo:yyyy-MM-dd} against {aFrom:yyyy-MM-dd}–{aTo:yyyy-MM-dd}, robust 95% interval"),
                set.Snapshot.Id, series);
        }

        public ClaimVerdict AfterVsBefore()
        {
            if (first > last)
            {
                return NotTestable("the store holds no events");
            }

            var set = Events(claim.Stream!, first, last);
            var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, MeasureOf(), From: first, To: last), context.Actors);
            var index = series.PeriodStarts.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
            var periods = context.Timeline.OfKind(claim.Kinds!).ToList();
            var inside = periods.Where(p => p.Start >= first && p.Start <= last).ToList();
            var interventions = inside.Select(p => index[PeriodCalendar.StartOf(p.Start, TimeResolution.Week)])
                .Where(i => i - claim.Window >= 0 && i + claim.Window < series.PeriodStarts.Count).ToList();
            if (interventions.Count == 0)
            {
                var dates = periods.Select(p => p.Start.ToString("yyyy-MM-dd", C)).ToList();
                return NotTestable($"none of the {periods.Count} timeline entries of kind {string.Join(", ", claim.Kinds!)} ({string.Join(", ", dates.Take(6))}{(dates.Count > 6 ? ", ..." : "")}) has {claim.Window} weeks of covered data before and after it (data: {coverage}). Import a newer release (e.g. UCDP GED 25.1) to test it");
            }

            var study = EventStudy.Run(series.Groups[0].Best, interventions, new EventStudyOptions(claim.Window, 200, claim.Seed, 52));
            var verdict = Directional(study.RateRatio, study.Interval.Lower, study.Interval.Upper, $"rate ratio {study.RateRatio:0.00} (after against before)",
                string.Create(C, $"after-vs-before test: event study around {study.Interventions.Count} {string.Join(", ", claim.Kinds!)} dates, {claim.Window} weeks either side, negative-binomial with trend and season; placebo p = {study.PlaceboPValue:0.000} over {study.PlaceboDraws} random date sets"),
                set.Snapshot.Id, series);
            return verdict with { Study = study };
        }

        /// <summary>
        /// regroup: violence in the weeks after talks or a ceasefire with the named group end, against the weeks before
        /// they began, trend- and season-adjusted (<see cref="EpisodeStudy"/>), with lethality per event; only periods
        /// whose parties include the group (or a faction). Episodes the events do not cover are judged on the reported
        /// monthly figures, months before against months after.
        /// </summary>
        public ClaimVerdict Regroup()
        {
            var stream = Definition(claim.Stream!);
            var groupId = claim.Actor ?? stream.Actor;
            if (groupId is null || context.Actors.Lookup(groupId) is not { } group)
            {
                return NotTestable($"the regroup test needs a group: give actor (stream '{stream.Name}' names none)");
            }

            var family = context.Actors.WithDescendants(group.Id);
            var kinds = claim.Kinds ?? ["negotiation", "ceasefire", "ceasefire_end"];
            var periods = context.Timeline.WithParty(family).Where(p => kinds.Contains(p.Kind, StringComparer.Ordinal)).ToList();
            if (periods.Count == 0)
            {
                return NotTestable($"the timeline has no {string.Join("/", kinds)} entries whose parties include {group.Name}");
            }

            // Entries closer than a window to each other are one episode (talks, then a ceasefire, then its end).
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
            var reported = RegroupOnReported(uncovered);
            string Dates(IEnumerable<(DateOnly Start, DateOnly End)> list) => string.Join(", ", list.Select(e => e.Start == e.End ? $"{e.Start:yyyy-MM-dd}" : $"{e.Start:yyyy-MM-dd}..{e.End:yyyy-MM-dd}"));
            if (covered.Count == 0)
            {
                return reported is { } r
                    ? r.Verdict with { Reason = r.Verdict.Reason + $"; episodes with {group.Name}: {Dates(episodes)}; none has {claim.Window} covered weeks on each side in the event data ({coverage})" }
                    : NotTestable($"no episode of talks or ceasefire with {group.Name} ({Dates(episodes)}) has {claim.Window} covered weeks before and after it, in the events ({coverage}) or the reported figures");
            }

            var set = Events(stream.Name, first, last);
            var counts = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, Measure.Events, From: first, To: last), context.Actors);
            var deaths = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, Measure.Fatalities, From: first, To: last), context.Actors);
            var index = counts.PeriodStarts.Select((d, i) => (d, i)).ToDictionary(p => p.d, p => p.i);
            var study = EpisodeStudy.Run(counts.Groups[0].Best, deaths.Groups[0].Best,
                covered.Select(e => new Episode(index[PeriodCalendar.StartOf(e.Start, TimeResolution.Week)], index[PeriodCalendar.StartOf(e.End, TimeResolution.Week)])).ToList(),
                claim.Window, 52, claim.Seed);
            var lethality = double.IsFinite(study.Lethality)
                ? string.Create(C, $"; deaths per event after against before: {study.Lethality:0.00}{(double.IsFinite(study.LethalityInterval.Lower) ? $" ({study.LethalityInterval.Lower:0.00}–{study.LethalityInterval.Upper:0.00})" : "")}")
                : "";
            var also = reported is { } rep ? $"; on the reported figures, for the episodes the events do not cover ({Dates(rep.Episodes)}): {rep.Verdict.Effect} {FormatInterval(rep.Verdict)}, {rep.Verdict.Verdict}" : "";
            var verdict = Directional(study.RateRatio, study.Interval.Lower, study.Interval.Upper, $"rate ratio {study.RateRatio:0.00} (after the talks or ceasefire against before)",
                string.Create(C, $"regroup test: weekly {stream.Name} events in the {claim.Window} weeks after {study.Episodes.Count} episodes of talks or ceasefire with {group.Name} ended ({Dates(covered)}) against the {claim.Window} weeks before each began ({study.EventsAfter:N0} against {study.EventsBefore:N0} events), negative-binomial with trend and season, robust 95% interval{lethality}{also}"),
                set.Snapshot.Id, counts);
            return verdict;
        }

        private static string FormatInterval(ClaimVerdict v) =>
            v.Lower is { } l && v.Upper is { } u ? string.Create(C, $"({l:0.00}–{u:0.00})") : "";

        /// <summary>The regroup contrast on the reported monthly figures: the months before each episode began against the
        /// months after it ended (as many months as the window has weeks, rounded up to months), Poisson interval.</summary>
        private (ClaimVerdict Verdict, List<(DateOnly Start, DateOnly End)> Episodes)? RegroupOnReported(IReadOnlyList<(DateOnly Start, DateOnly End)> episodes)
        {
            if (episodes.Count == 0)
            {
                return null;
            }

            var (series, source) = ReportedMonthly();
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

            var ratio = after / before;
            var se = Math.Sqrt((1 / before) + (1 / after));
            var verdict = Directional(ratio, ratio * Math.Exp(-1.96 * se), ratio * Math.Exp(1.96 * se), $"ratio {ratio:0.00} (after against before, {source})",
                string.Create(C, $"regroup test on reported figures: {source} in the {months} months before each of {used.Count} episodes began against the {months} months after it ended ({after:N0} against {before:N0}); Poisson 95% interval, which ignores overdispersion and trend"),
                Core.Snapshots.DataSnapshot.Compute(series.Months.Where(m => m.Value is not null).Select(m => ($"{source}:{m.Month:yyyy-MM}", m.Value!.Value.ToString("R", C)))).Id,
                null);
            return (verdict with { Source = source }, used);
        }

        public ClaimVerdict Excites()
        {
            var (from, to) = Span();
            var source = Definition(claim.Source!);
            var target = Definition(claim.Target!);
            var streams = source.Name == target.Name ? new[] { source } : [source, target];
            if (TooFew(streams, from, to) is { } why)
            {
                return NotTestable(why);
            }

            var (data, fit, snapshot) = FitHawkes(streams, from, to, window: null);
            if (!fit.Usable)
            {
                return NotTestable($"the Hawkes model has no usable estimates: the fit {fit.Describe()}");
            }

            var b = fit.Branching(source.Name, target.Name);
            var verdict = b.Lower > 0 && !b.AtZero ? ClaimVerdict.Supported : b.Upper < 0.02 ? ClaimVerdict.Contradicted : ClaimVerdict.Inconclusive;
            if (verdict == ClaimVerdict.Supported && WithinDay(fit, source.Name) is { } sameDay)
            {
                return new ClaimVerdict(claim, ClaimVerdict.Inconclusive, $"branching ratio {b.Estimate:0.000} ({source.Name} → {target.Name})", b.Estimate, b.Lower, b.Upper, sameDay, snapshot, coverage) { Hawkes = fit };
            }

            return new ClaimVerdict(claim, verdict, $"branching ratio {b.Estimate:0.000} ({source.Name} → {target.Name})", b.Estimate, b.Lower, b.Upper,
                string.Create(C, $"excites test: multivariate Hawkes model of daily counts {from:yyyy-MM-dd}–{to:yyyy-MM-dd} ({data.T:N0} days); supported when the 95% interval of the branching ratio excludes 0, contradicted when its upper end is below 0.02"),
                snapshot, coverage) { Hawkes = fit };
        }

        public ClaimVerdict Deters()
        {
            var (from, to) = Span();
            var source = Definition(claim.Source!);
            var target = Definition(claim.Target!);
            var sourceEvents = Events(source.Name, from, to).Events.Count;
            if (sourceEvents == 0)
            {
                return NotTestable($"stream '{source.Name}' ({source.Description}) has no events in the data ({coverage}); nothing to measure a deterrent effect after");
            }

            if (TooFew([target], from, to) is { } why)
            {
                return NotTestable(why);
            }

            var (data, fit, snapshot) = FitHawkes([target], from, to, window: (source, claim.Window));
            if (!data.CovariateNames.Contains($"after_{source.Name}_{claim.Window}d"))
            {
                return NotTestable($"the window after '{source.Name}' events covers every day or none in {from:yyyy-MM-dd}–{to:yyyy-MM-dd}");
            }

            if (!fit.Usable)
            {
                return NotTestable($"the Hawkes model has no usable estimates: the fit {fit.Describe()}");
            }

            if (fit.RateRatio(target.Name, $"after_{source.Name}_{claim.Window}d") is not { Estimable: true } r)
            {
                return NotTestable($"the window after '{source.Name}' events cannot be estimated in {from:yyyy-MM-dd}–{to:yyyy-MM-dd}: {string.Join("; ", fit.Notes)}");
            }

            var verdict = r.Upper < 1 ? ClaimVerdict.Supported : r.Lower > 1 ? ClaimVerdict.Contradicted : ClaimVerdict.Inconclusive;
            return new ClaimVerdict(claim, verdict, $"rate ratio {r.RateRatio:0.00} in the {claim.Window} days after {source.Name} events", r.RateRatio, r.Lower, r.Upper,
                string.Create(C, $"deters test: Hawkes model of daily {target.Name} counts with a background covariate for the {claim.Window} days after {source.Name} events ({sourceEvents} events); supported when the interval lies below 1"),
                snapshot, coverage) { Hawkes = fit };
        }

        public ClaimVerdict Share()
        {
            var (from, to) = Span();
            var filter = EventFilter.All with { From = from, To = to, Country = claim.Country };
            var events = context.Store.Query(filter).Incidents()
                .Where(e => claim.Provinces is null || claim.Provinces.Contains(e.Place.Province ?? "", StringComparer.OrdinalIgnoreCase)).ToList();
            var where = $"{claim.Country ?? "anywhere"}{(claim.Provinces is null ? "" : " (" + string.Join(", ", claim.Provinces) + ")")}";
            if (events.Count == 0)
            {
                return NotTestable($"no events located in {where} between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} in the data ({coverage})");
            }

            var family = context.Actors.WithDescendants(context.Actors.Lookup(claim.Actor!)!.Id);
            var n = events.Count;
            var k = events.Count(e => family.Contains(e.SideA.ActorId ?? "") || family.Contains(e.SideB.ActorId ?? ""));
            var (lower, upper) = Wilson(k, n);
            var share = (double)k / n;
            var supported = (claim.AtLeast is null || lower >= claim.AtLeast) && (claim.AtMost is null || upper <= claim.AtMost);
            var contradicted = (claim.AtLeast is not null && upper < claim.AtLeast) || (claim.AtMost is not null && lower > claim.AtMost);
            var snapshot = Core.Snapshots.DataSnapshot.Compute(events.Select(e => (e.Id, EventContentHash.Compute(e)))).Id;
            return new ClaimVerdict(claim, supported ? ClaimVerdict.Supported : contradicted ? ClaimVerdict.Contradicted : ClaimVerdict.Inconclusive,
                $"share {share:P1} ({k:N0} of {n:N0} events)", share, lower, upper,
                string.Create(C, $"share test: events with {claim.Actor} (or its factions) as a side among all events in {where}, {from:yyyy-MM-dd}–{to:yyyy-MM-dd}; Wilson 95% interval against {(claim.AtLeast is { } a ? $"at least {a:P0}" : "")}{(claim.AtLeast is not null && claim.AtMost is not null ? " and " : "")}{(claim.AtMost is { } m ? $"at most {m:P0}" : "")}"),
                snapshot, coverage);
        }

        public ClaimVerdict Links()
        {
            var (from, to) = Span();
            var x = Definition(claim.Source!);
            var y = Definition(claim.Target!);
            if (TooFew([x, y], from, to) is { } why)
            {
                return NotTestable(why);
            }

            var xs = Events(x.Name, from, to);
            var ys = Events(y.Name, from, to);
            var snapshot = Core.Snapshots.DataSnapshot.Compute(xs.Events.Concat(ys.Events).DistinctBy(e => e.Id).Select(e => (e.Id, EventContentHash.Compute(e)))).Id;
            if (claim.Relation == "against")
            {
                var xIds = xs.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                var both = ys.Events.Count(e => xIds.Contains(e.Id) && Opposed(e));
                var lower = both == 0 ? 0 : Gamma.InvCDF(both, 1, 0.025);
                var upper = Gamma.InvCDF(both + 1, 1, 0.975);
                return new ClaimVerdict(claim, both > 0 ? ClaimVerdict.Supported : ClaimVerdict.Contradicted, $"{both} events in which {x.Name} and {y.Name} fought each other", both, lower, upper,
                    $"links test (against): events with one side in each stream, {from:yyyy-MM-dd}–{to:yyyy-MM-dd}; exact Poisson 95% interval. Alliances are not coded in event data: fighting together cannot be observed directly",
                    snapshot, coverage);
            }

            if (claim.Relation == "excites")
            {
                // What event data can show of a link: whether one group's attacks raise the other's rate (either way).
                var (data, fit, hawkesSnapshot) = FitHawkes([x, y], from, to, window: null);
                if (!fit.Usable)
                {
                    return NotTestable($"the Hawkes model has no usable estimates: the fit {fit.Describe()}");
                }

                var xy = fit.Branching(x.Name, y.Name);
                var yx = fit.Branching(y.Name, x.Name);
                var linked = ((xy.Lower > 0 && !xy.AtZero) && WithinDay(fit, x.Name) is null) || ((yx.Lower > 0 && !yx.AtZero) && WithinDay(fit, y.Name) is null);
                var best = xy.Estimate >= yx.Estimate ? xy : yx;
                return new ClaimVerdict(claim, linked ? ClaimVerdict.Supported : ClaimVerdict.Inconclusive,
                    string.Create(C, $"branching {x.Name} → {y.Name} {xy.Estimate:0.000} ({xy.Lower:0.000}–{xy.Upper:0.000}), {y.Name} → {x.Name} {yx.Estimate:0.000} ({yx.Lower:0.000}–{yx.Upper:0.000})"),
                    best.Estimate, best.Lower, best.Upper,
                    string.Create(C, $"links test (cross-excitation): bivariate Hawkes model of daily counts {from:yyyy-MM-dd}–{to:yyyy-MM-dd} ({data.T:N0} days); supported when either direction's 95% interval excludes 0; never contradicted, because groups can be linked (shared sanctuaries, fighters, suppliers) without one's attacks triggering the other's. Alliances are not coded in event data"),
                    hawkesSnapshot, coverage) { Hawkes = fit };
            }

            // co-located: sharing districts is not what a link is; the count is given as context, not as a verdict.
            static string Cell(ConflictEvent e) => $"{e.Place.Province}|{e.Place.District}|{e.DateStart:yyyy-MM}";
            var xCells = xs.Events.Where(e => e.Place.District is not null).Select(Cell).ToHashSet(StringComparer.Ordinal);
            var yCells = ys.Events.Where(e => e.Place.District is not null).Select(Cell).ToHashSet(StringComparer.Ordinal);
            var observed = xCells.Count(yCells.Contains);
            return NotTestable(string.Create(C, $"not testable with event data: acting in the same district and month ({observed} district-months, {from:yyyy-MM-dd}–{to:yyyy-MM-dd}) is not a link, and event data do not code alliances, shared sanctuaries or joint claims. Use relation: excites (does one group's violence raise the other's?) or relation: against"));
        }

        /// <summary>
        /// Why excitation the model finds cannot be told from other same-day clustering: with a half-life under a day its
        /// offspring fall on the parent's own day, and daily counts cannot tell that from events that share a day for
        /// other reasons (one operation reported as several events, day-to-day swings in the rate). Null when the
        /// excitation reaches later days.
        /// </summary>
        private static string? WithinDay(HawkesFit fit, string stream)
        {
            var h = fit.HalfLife(stream);
            return h.WithinDay || h.HalfLife < 1
                ? string.Create(C, $"the excitation from {stream} has a half-life of {h.HalfLife:0.##} days: its offspring fall mostly on the same day, which daily counts cannot tell from events that share a day for other reasons (one operation reported as several events, swings in the daily rate); not evidence that events beget later events")
                : null;
        }

        private static bool Opposed(ConflictEvent e) => e.SideA.ActorId != e.SideB.ActorId;

        private ClaimVerdict Directional(double estimate, double lower, double upper, string effect, string reason, string snapshot, EventSeries? series)
        {
            var up = claim.Expect == "increase";
            var verdict = up
                ? lower > 1 ? ClaimVerdict.Supported : upper < 1 ? ClaimVerdict.Contradicted : ClaimVerdict.Inconclusive
                : upper < 1 ? ClaimVerdict.Supported : lower > 1 ? ClaimVerdict.Contradicted : ClaimVerdict.Inconclusive;
            return new ClaimVerdict(claim, verdict, effect, estimate, lower, upper, reason + $"; claimed: {claim.Expect}", snapshot, coverage) { Series = series };
        }

        private (HawkesData Data, HawkesFit Fit, string Snapshot) FitHawkes(IReadOnlyList<StreamDefinition> streams, DateOnly from, DateOnly to, (StreamDefinition Stream, int Days)? window)
        {
            var days = to.DayNumber - from.DayNumber + 1;
            var sets = streams.Select(s => Events(s.Name, from, to)).ToList();
            double[] Daily(EventSet set)
            {
                var c = new double[days];
                foreach (var e in set.Incidents())
                {
                    c[e.DateStart.DayNumber - from.DayNumber]++;
                }

                return c;
            }

            var (names, columns) = DailyCovariates.Build(from, to, context.Timeline, new CovariateOptions(TrendKnots: Math.Max(0, Math.Min(6, (days / 365) - 2))));
            var nameList = names.ToList();
            var columnList = columns.ToList();
            if (window is { } w)
            {
                var windowSet = Events(w.Stream.Name, from, to);
                sets.Add(windowSet);
                var (name, column) = DailyCovariates.WindowAfter(w.Stream.Name, Daily(windowSet), w.Days);
                if (column.Any(v => v != column[0]))
                {
                    nameList.Add(name);
                    columnList.Add(column);
                }
            }

            var data = new HawkesData(streams.Select(s => s.Name).ToList(), streams.Select((_, i) => Daily(sets[i])).ToArray(), nameList,
                Matrix<double>.Build.Dense(days, nameList.Count, (t, c) => columnList[c][t]));
            var snapshot = Core.Snapshots.DataSnapshot.Compute(sets.SelectMany(s => s.Events).DistinctBy(e => e.Id).Select(e => (e.Id, EventContentHash.Compute(e)))).Id;
            return (data, HawkesModel.Fit(data), snapshot);
        }

        private string? TooFew(IReadOnlyList<StreamDefinition> streams, DateOnly from, DateOnly to)
        {
            foreach (var s in streams)
            {
                var n = Events(s.Name, from, to).Events.Count;
                if (n < 10)
                {
                    return $"stream '{s.Name}' ({s.Description}) has {n} events between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} in the data ({coverage}); at least 10 are needed";
                }
            }

            return null;
        }

        /// <summary>Why the claim's window cannot be counted from events (null when complete sources cover all of it).</summary>
        private string? Uncovered(DateOnly from, DateOnly to)
        {
            var map = context.Store.CoverageMap();
            var scopes = Scopes(claim, context);
            if (map.CoveredRuns(scopes, from, to) is [var only] && only.From == from && only.To == to && (asOf is not { } d || to < d))
            {
                return null;
            }

            return $"not testable with events: {coverage}; the claim's window {from:yyyy-MM-dd}..{to:yyyy-MM-dd}{(asOf is { } day && to >= day ? $" was not over by {day:yyyy-MM-dd}" : " is not covered")}. Import a release that covers it (UCDP GED 23.1 or later, or Candidate) and check again";
        }

        /// <summary>The covered days inside the claim's window (first after last when none are covered).</summary>
        private (DateOnly From, DateOnly To) Span() => (first, last);

        private Measure MeasureOf() => claim.Measure == "fatalities" ? Measure.Fatalities : Measure.Events;

        private StreamDefinition Definition(string name) => context.Streams.First(s => s.Name == name);

        private EventSet Events(string stream, DateOnly from, DateOnly to) =>
            context.Store.Query(Definition(stream).ToFilter(context.Actors) with { From = from, To = to });

        private static (double Lower, double Upper) Wilson(int k, int n)
        {
            const double z = 1.959963984540054;
            var p = (double)k / n;
            var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
            var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / (1 + (z * z / n));
            return (Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }
}
