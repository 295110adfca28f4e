using System.Globalization;
using System.Text;
using Crosscurrents.Analysis.Scenarios;
using Crosscurrents.Claims;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Reported;
using Crosscurrents.Series.Reported;

namespace Crosscurrents.Analysis.Brief;

/// <summary>What a policy option does against the status quo, read from the 90% interval of the paired difference.</summary>
public enum ScenarioEffect
{
    /// <summary>The whole interval is above zero.</summary>
    MoreViolence,

    /// <summary>The whole interval is below zero.</summary>
    LessViolence,

    /// <summary>The interval includes no change.</summary>
    NoClearDifference,
}

/// <summary>What the key judgements are made from: the brief's results, each null when it was not computed, with why.</summary>
/// <param name="Events">The counts of the events (their snapshot names the event data).</param>
/// <param name="Coverage">Which sources cover which years and places.</param>
/// <param name="Figures">The brief's counts.</param>
/// <param name="Reported">The reported figures in the store.</param>
/// <param name="Dynamics">Changepoints and the Hawkes fit.</param>
/// <param name="Claims">The claim verdicts and the claim file.</param>
/// <param name="ClaimFile">The claim file.</param>
/// <param name="Forecasts">The forecast and its backtest.</param>
/// <param name="Scenarios">The policy scenarios.</param>
/// <param name="NotRun">Why a part is missing, by part (<c>claims</c>, <c>forecasts</c>, <c>scenarios</c>, <c>hawkes</c>, <c>changepoints</c>).</param>
public sealed record JudgementInputs(BriefEvents Events, BriefCoverage Coverage, BriefFigures Figures, IReadOnlyList<ReportedFigure> Reported, BriefDynamics? Dynamics,
    IReadOnlyList<ClaimVerdict>? Claims, string? ClaimFile, BriefForecasts? Forecasts, ScenarioRunResult? Scenarios, IReadOnlyDictionary<string, string>? NotRun = null);

/// <summary>
/// The brief's key judgements: the level and trend, the figures after the event data, the article's claims and its
/// question, the forecasts, the policy options and what the data cannot tell, each a sentence made from the results.
/// </summary>
/// <remarks>Wording follows the results: a number is written with its interval when the result has one and the data it
/// comes from; a claim is listed under its verdict; a trend or an option's effect is called a rise, a fall or "no clear"
/// difference only as its interval says; a part that was not computed is said to be missing, with the reason.</remarks>
public static class BriefJudgements
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The judgements, in the order the brief shows them.</summary>
    public static IReadOnlyList<KeyJudgement> Compute(JudgementInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return [Level(inputs), AfterTheEvents(inputs), ClaimsJudgement(inputs), Question(inputs), ForecastJudgement(inputs), ScenarioJudgement(inputs), Limits(inputs)];
    }

    /// <summary>What an option does against the status quo: more or less violence when the 90% interval of the paired
    /// difference excludes zero, else no clear difference.</summary>
    public static ScenarioEffect Effect(DifferenceRow difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var (lo, hi) = (difference.Events.Ci90[0], difference.Events.Ci90[1]);
        return lo > 0 ? ScenarioEffect.MoreViolence : hi < 0 ? ScenarioEffect.LessViolence : ScenarioEffect.NoClearDifference;
    }

    private static string EventsSource(JudgementInputs i) => $"{i.Coverage.EventsName ?? "event data"} (data snapshot {i.Events.Snapshot.Id})";

    private static string? Why(JudgementInputs i, string part) => i.NotRun is { } n && n.TryGetValue(part, out var why) ? why : null;

    private static KeyJudgement Level(JudgementInputs i)
    {
        var s = i.Figures.Summary;
        if (s.Incidents == 0 || s.First is not { } first || s.Last is not { } last)
        {
            return Missing("level", "The level and trend of violence", s.Reports == 0 ? "the store holds no events" : "no event falls on a day a complete source covers", "event data in the store");
        }

        var source = EventsSource(i);
        var j = new Sentence("level");
        j.Add($"In the event data ({i.Coverage.EventsName}, {first.Year}–{last.Year}), the deaths in organised violence in {string.Join(", ", s.StudyCountries)} number ")
            .Number("deaths, best estimate", s.Deaths, "N0", source, "low–high estimates", s.DeathsLow, s.DeathsHigh);
        var deaths = i.Figures.Yearly.Deaths;
        var year = s.DeadliestYear is { } y ? deaths.PeriodStarts.ToList().FindIndex(d => d.Year == y) : -1;
        if (year >= 0)
        {
            var g = deaths.Groups[0];
            j.Add($", most in {s.DeadliestYear}: ").Number($"deaths in {s.DeadliestYear}", g.Best[year], "N0", source, "low–high estimates", g.Low[year], g.High[year]);
        }

        if (i.Dynamics is { ChangepointSeries: { } series, Changepoints: { Changes.Count: > 0 } cp } d)
        {
            var change = cp.Changes[^1];
            var (before, after) = (cp.Segments[^2].Mean, cp.Segments[^1].Mean);
            var cpSource = $"changepoints in monthly TTP-family events, {i.Coverage.EventsName} (data snapshot {d.ChangepointSnapshot})";
            j.Add($"; the last changepoint in TTP-family violence, in {series.Label(change.Index)} (95% range {series.Label(change.Lower)} to {series.Label(Math.Min(change.Upper, series.PeriodStarts.Count - 1))}), took it {(after > before ? "up" : "down")} from ")
                .Number("mean events a month before the last changepoint", before, "0.0", cpSource).Add(" to ")
                .Number("mean events a month after it", after, "0.0", cpSource).Add(" events a month");
        }
        else
        {
            j.Add($"; no changepoint in TTP-family violence could be given ({Why(i, "changepoints") ?? (i.Dynamics is null ? "no model was fitted" : "none was found")})");
            j.Source("changepoints: not computed");
        }

        if (i.Dynamics?.Background is [var bg, ..] && bg.Levels.Count > 0 && bg.Levels[^1] is { PerMonth: { } level, Ci95: [{ } lo, { } hi] } end)
        {
            var hawkesSource = $"Hawkes model of {i.Dynamics.Hawkes?.Streams.Count} streams, {i.Dynamics.HawkesSpan} (data snapshot {i.Dynamics.HawkesSnapshot})";
            j.Add($"; at the end of the data ({end.Date:d MMM yyyy}) the background rate of the {bg.Stream} stream was ").Number($"{bg.Stream} background rate, events a month", level, "0.0", hawkesSource, "95% interval", lo, hi).Add(" events a month");
            if (bg.Trend.Count > 0 && bg.Trend[^1] is { PercentPerYear: { } pct, Ci95: [{ } plo, { } phi] } trend)
            {
                var direction = plo > 0 ? "a clear rise" : phi < 0 ? "a clear fall" : "no clear trend";
                j.Add($", and its yearly change since {trend.From:MMM yyyy}, ").Number("change a year", pct, "+0;-0", hawkesSource, "95% interval", plo, phi, "%").Add($", shows {direction}");
            }
        }
        else
        {
            var why = i.Dynamics?.Hawkes is { Usable: false } h ? h.Describe() : Why(i, "hawkes") ?? "the Hawkes model was not fitted";
            j.Add($"; the background rate at the end of the data cannot be given ({why})");
            j.Source("Hawkes model: no usable fit");
        }

        return j.Done();
    }

    private static KeyJudgement AfterTheEvents(JudgementInputs i)
    {
        var series = ReportedSeriesBuilder.Build(i.Reported, new ReportedSeriesOptions("PICSS", "militant_attacks", "attacks"));
        var years = series.Years.Select(y => (y.Year, Value: y.PublishedTotal ?? y.SumOfMonths, y.MissingMonths)).ToList();
        var known = years.Where(y => y.Value is not null).Select(y => (y.Year, Value: y.Value!.Value)).ToList();
        if (known.Count == 0)
        {
            return Missing("reported", "Violence after the event data", "the store holds no complete year of PICSS militant-attack figures", "reported figures in the store");
        }

        var snapshot = Core.Snapshots.DataSnapshot.Compute(series.Months.Where(m => m.Value is not null).Select(m => ($"PICSS/militant_attacks/attacks/{m.Month:yyyy-MM}", m.Value!.Value.ToString("R", C)))
            .Concat(series.Years.Where(y => y.PublishedTotal is not null).Select(y => ($"PICSS/militant_attacks/attacks/{y.Year}", y.PublishedTotal!.Value.ToString("R", C))))).Id;
        var source = $"PICSS militant attacks, reported figures (data snapshot {snapshot})";
        var endYear = i.Coverage.EventsEnd?.Year;
        var start = known.FirstOrDefault(k => k.Year == endYear) is { Year: > 0 } atEnd ? atEnd : known[0];
        var peak = known.MaxBy(k => (k.Value, k.Year));
        var latest = known[^1];
        var j = new Sentence("reported");
        j.Add(endYear is { } e && known.Any(k => k.Year > e) ? $"After the event data end in {e}, only reported figures go on: " : "In the reported figures, ")
            .Add("PICSS counted ").Number($"militant attacks in {start.Year}", start.Value, "N0", source).Add($" militant attacks in {start.Year}");
        if (peak.Year != start.Year)
        {
            j.Add(", ").Number($"militant attacks in {peak.Year}", peak.Value, "N0", source).Add($" in {peak.Year}, its highest year");
        }

        if (latest.Year != peak.Year && latest.Year != start.Year)
        {
            j.Add(", and ").Number($"militant attacks in {latest.Year}", latest.Value, "N0", source).Add($" in {latest.Year}");
        }

        if (years.LastOrDefault(y => y.Year > latest.Year && y.Value is null) is { Year: > 0 } open)
        {
            j.Add($" ({open.Year} is incomplete: ").Number($"months of {open.Year} not published", open.MissingMonths.Count, "0", source).Add($" month{(open.MissingMonths.Count == 1 ? "" : "s")} not published)");
        }

        return j.Add("; these are counts as published, with no interval, and each publisher defines an attack in its own way").Done();
    }

    private static string Phrase(ClaimVerdict v)
    {
        var phrase = v.Claim.Summary ?? Shorten(v.Claim.Text);
        return v.AsOfVerdict is { } then && then.Verdict != v.Verdict ? $"{phrase} ({then.Verdict.Text()} as of {v.Claim.AsOf:yyyy-MM-dd}, with what was known then)" : phrase;
    }

    /// <summary>A quoted claim cut to its first clause, for a claim file without summaries.</summary>
    private static string Shorten(string text)
    {
        var cut = text.IndexOfAny([',', '(', ';']);
        var head = (cut > 20 ? text[..cut] : text).Replace(" ...", "", StringComparison.Ordinal).Trim();
        return "“" + (head.Length > 80 ? head[..head.LastIndexOf(' ', 79)] + " …" : head) + "”";
    }

    /// <summary>The verb a verdict group is listed under in the claims judgement.</summary>
    internal static string GroupVerb(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "the data support",
        Verdict.Contradicted => "go against",
        Verdict.Inconclusive => "cannot settle",
        _ => "cannot test",
    };

    private static KeyJudgement ClaimsJudgement(JudgementInputs i)
    {
        if (i.Claims is not { Count: > 0 } claims)
        {
            return Missing("claims", "The article's claims", i.Claims is null ? Why(i, "claims") ?? "no claim file was checked" : "the claim file holds no claims", "claim check");
        }

        var source = $"claim check of {Path.GetFileName(i.ClaimFile ?? "the claim file")} (each verdict names its data snapshot in the Claims section)";
        var j = new Sentence("claims");
        j.Add("Of the ").Number("claims checked", claims.Count, "0", source).Add(" claims checked against the data, ");
        var groups = new[] { Verdict.Supported, Verdict.Contradicted, Verdict.Inconclusive, Verdict.NotTestable }
            .Select(v => (Verdict: v, Claims: claims.Where(c => c.Verdict == v).ToList())).Where(g => g.Claims.Count > 0).ToList();
        for (var k = 0; k < groups.Count; k++)
        {
            var (verdict, members) = groups[k];
            j.Add(k == 0 ? "" : k == groups.Count - 1 ? "; and " : "; ")
                .Add(GroupVerb(verdict) + " ")
                .Number($"claims {verdict.Text()}", members.Count, "0", source)
                .Add(": " + string.Join(", ", members.Select(Phrase)));
        }

        return j.Done();
    }

    private static KeyJudgement Question(JudgementInputs i)
    {
        const string question = "On the article's question, whether retaliatory strikes prevent further escalation";
        var deters = i.Claims?.FirstOrDefault(v => v.Claim is DetersClaim);
        var strike = i.Scenarios?.Scenarios.Where(o => o.VsStatusQuo is not null && o.Levers.Any(l => l.Kind == "strike"))
            .OrderBy(o => o.Levers.Count(l => l.Kind != "strike")).FirstOrDefault();
        if (deters is null && strike is null)
        {
            return Missing("question", question[3..], "no deters claim was checked and no policy scenario has a strike lever", "claim check and scenarios");
        }

        var j = new Sentence("question");
        j.Add(question + ": ");
        if (deters is null)
        {
            j.Add("no claim of the claim file tests it");
            j.Source("claim check: no deters claim");
        }
        else
        {
            var source = $"claim check of {Path.GetFileName(i.ClaimFile ?? "the claim file")}, claim {deters.Claim.Id}{(deters.Snapshot is null ? "" : $" (data snapshot {deters.Snapshot})")}";
            j.Source(source);
            if (deters.Verdict == Verdict.NotTestable)
            {
                var sentence = ClaimExplanation.Sentence(deters);
                j.Add("the data cannot test it: " + sentence[(sentence.IndexOf(": ", StringComparison.Ordinal) + 2)..].TrimEnd('.'));
            }
            else
            {
                j.Add($"the claim is {deters.Verdict.Text()}");
                if (deters.Estimate is { } est)
                {
                    j.Add(": after strikes violence ran at ").Number("rate ratio after strikes", est, "0.00", source, "95% interval", deters.Lower, deters.Upper).Add(" times its usual level");
                }
            }
        }

        if (strike is { VsStatusQuo: { } d } && i.Scenarios is { } r)
        {
            j.Add($"; in the simulations, “{strike.Title}” gives ");
            Difference(j, d, ScenarioSource(r), r.Target).Add($" {r.Target} events than the status quo over ").Number("months simulated", r.HorizonMonths, "0", ScenarioSource(r))
                .Add($" months, {ShortWords(Effect(d))}{Basis(strike)}");
        }

        return j.Done();
    }

    private static KeyJudgement ForecastJudgement(JudgementInputs i)
    {
        if (i.Forecasts is not { } f || f.Forecast.Units.Count == 0)
        {
            return Missing("forecasts", "The forecast for the next months", Why(i, "forecasts") ?? "no forecast was made", "forecasts: not run");
        }

        var forecast = f.Forecast;
        var shown = forecast.Units[0].Forecasts.Single(m => m.Model == forecast.Shown);
        var source = $"{forecast.Target}; {forecast.Coverage} (data snapshot {forecast.Snapshot}, seed {forecast.Seed})";
        var (first, last) = (shown.Months[0], shown.Months[^1]);
        var j = new Sentence("forecasts");
        j.Add($"From the last published month ({forecast.Origin}), the {forecast.Shown} forecast ({forecast.Target}) puts the median at ")
            .Number($"median for {first.Month}", first.Median, "0", source, "90% interval", first.Interval90[0], first.Interval90[1]).Add($" in {first.Month}");
        if (shown.Months.Count > 1)
        {
            j.Add(" and ").Number($"median for {last.Month}", last.Median, "0", source, "90% interval", last.Interval90[0], last.Interval90[1]).Add($" in {last.Month}");
        }

        var b = f.Backtest;
        var backtestSource = $"backtest {b.FirstOrigin} to {b.LastOrigin}, {b.Target} (seed {b.Seed})";
        if (b.Skill.Where(s => s.Model == forecast.Shown).OrderBy(s => s.Horizon).FirstOrDefault() is { Skill: { } skill, PValue: { } p } row)
        {
            var verdict = skill > 0 && p < 0.05 ? "beat" : skill < 0 && p < 0.05 ? "did worse than" : "did not clearly beat";
            j.Add($"; in backtests from {b.FirstOrigin} to {b.LastOrigin} it {verdict} the best simple rule ({row.BestBaseline}) ").Number("months ahead", row.Horizon, "0", backtestSource)
                .Add($" month{(row.Horizon == 1 ? "" : "s")} ahead (CRPS skill ")
                .Number("CRPS skill against the best baseline", skill * 100, "+0;-0", backtestSource, suffix: "%").Add(", p-value ").Number("p-value of the skill", p, "0.00", backtestSource).Add(")");
            if (b.Summary.FirstOrDefault(x => x.Model == forecast.Shown && x.Horizon == row.Horizon) is { } score)
            {
                j.Add(" and its 90% intervals held ").Number("share of outcomes inside the 90% interval", score.Coverage90 * 100, "0", backtestSource, suffix: "%").Add(" of outcomes (90% if honest)");
            }
        }
        else
        {
            j.Add("; the backtest gives no skill score, so how far to trust it is not known");
            j.Source(backtestSource);
        }

        return j.Done();
    }

    private static string ScenarioSource(ScenarioRunResult r) =>
        $"scenarios from the Hawkes fit of {string.Join(", ", r.Fit.Streams)}, {r.Fit.From:yyyy}–{r.Fit.To:yyyy}, {r.Paths:N0} paths (data snapshot {r.Snapshot}, seed {r.Seed})";

    private static Sentence Difference(Sentence j, DifferenceRow d, string source, string target)
    {
        static string Words(double v) => v < 0 ? string.Create(C, $"{-v:N0} fewer") : string.Create(C, $"{v:N0} more");
        var (mean, lo, hi) = (d.Events.Mean, d.Events.Ci90[0], d.Events.Ci90[1]);
        return j.NumberInWords($"{target} events against the status quo", mean, Words(mean), source, "90% interval", Words(lo), Words(hi));
    }

    /// <summary>An option's effect in words.</summary>
    public static string EffectWords(ScenarioEffect effect) => effect switch
    {
        ScenarioEffect.MoreViolence => "more violence than the status quo",
        ScenarioEffect.LessViolence => "less violence than the status quo",
        _ => "no clear difference from the status quo (the interval includes no change)",
    };

    private static string ShortWords(ScenarioEffect effect) => effect switch
    {
        ScenarioEffect.MoreViolence => "more violence",
        ScenarioEffect.LessViolence => "less violence",
        _ => "no clear difference",
    };

    private static string Basis(ScenarioOutcome o) =>
        o.OnlyAssumptions ? ", resting only on assumptions (the data cannot estimate its effect)"
        : o.Levers.Any(l => !l.Assumed && l.Source.StartsWith("event study", StringComparison.Ordinal)) ? ", though from the past association of operations with violence, not an effect an operation would have"
        : o.Assumptions.Count > 0 ? ", partly resting on assumptions" : "";

    private static KeyJudgement ScenarioJudgement(JudgementInputs i)
    {
        if (i.Scenarios is not { } r || !r.Scenarios.Any(o => o.VsStatusQuo is not null))
        {
            return Missing("scenarios", "The comparison of policy options", Why(i, "scenarios") ?? (i.Scenarios is null ? "no policy scenarios were run" : "no option was compared with the status quo"), "scenarios: not run");
        }

        var source = ScenarioSource(r);
        var j = new Sentence("scenarios");
        j.Add("Simulated over ").Number("months simulated", r.HorizonMonths, "0", source).Add($" months from {r.Start:MMM yyyy}, the status quo gives ")
            .Number($"{r.Target} events, status quo", r.StatusQuo.Events.Mean, "N0", source, "90% interval", r.StatusQuo.Events.Ci90[0], r.StatusQuo.Events.Ci90[1])
            .Add($" {r.Target} events; against it, on the same paths");
        var separator = ", ";
        foreach (var o in r.Scenarios.Where(o => o.VsStatusQuo is not null).OrderBy(o => o.VsStatusQuo!.Events.Mean))
        {
            j.Add($"{separator}“{o.Title}” gives ");
            separator = "; ";
            Difference(j, o.VsStatusQuo!, source, r.Target).Add($", {ShortWords(Effect(o.VsStatusQuo!))}{Basis(o)}");
        }

        return j.Done();
    }

    private static KeyJudgement Limits(JudgementInputs i)
    {
        var coverage = i.Coverage;
        var j = new Sentence("limits");
        j.Add("What the data cannot tell: ");
        if (coverage.EventsEnd is { } end)
        {
            j.Source(EventsSource(i));
            j.Add($"the event data end on {end:d MMM yyyy} and cover only {string.Join(", ", i.Figures.Summary.StudyCountries)}, so no count, model or claim check on events says anything about later days or other countries");
        }
        else
        {
            j.Source("event data in the store");
            j.Add("no complete event source covers any day, so no count or model rests on events");
        }

        if (coverage.ReportedEnd is { } reportedEnd && coverage.Reported.Count > 0)
        {
            var monthly = i.Reported.Where(f => f.Province is null && f.IsMonthly).Select(f => f.PeriodStart).ToList();
            var span = monthly.Count > 0 ? $"monthly {monthly.Min():yyyy-MM} to {monthly.Max():yyyy-MM}" : $"to {reportedEnd:yyyy}";
            j.Source("reported figures in the store: " + string.Join("; ", coverage.Reported.Select(r => $"{r.Source} {r.Span}")));
            j.Add($"; the reported figures ({span}) are counts as published, national or by province, without places below that, actors or intervals");
        }
        else
        {
            j.Source("reported figures in the store: none");
            j.Add("; there are no reported figures to carry the picture further");
        }

        if (i.Claims?.Where(v => v.Verdict == Verdict.NotTestable).ToList() is { Count: > 0 } untestable)
        {
            var source = $"claim check of {Path.GetFileName(i.ClaimFile ?? "the claim file")}";
            j.Add("; ").Number("claims not testable", untestable.Count, "0", source).Add($" of the article's claims cannot be tested at all ({string.Join(", ", untestable.Select(v => v.Claim.Summary ?? v.Claim.Id))})");
        }

        if (i.Scenarios is { } r && coverage.EventsEnd is { } e && r.Start <= e.AddDays(1))
        {
            j.Add($"; the policy simulations start where the event data end ({r.Start:MMM yyyy}), not today");
            j.Source(ScenarioSource(r));
        }

        return j.Done();
    }

    private static KeyJudgement Missing(string topic, string what, string why, string source) =>
        new(topic, $"{what} cannot be given: {why.TrimEnd('.')}.", [], [source], why);

    /// <summary>A sentence being written: its text, numbers and sources.</summary>
    private sealed class Sentence(string topic)
    {
        private readonly StringBuilder _text = new();
        private readonly List<JudgementNumber> _numbers = [];
        private readonly List<string> _sources = [];

        public Sentence Add(string words)
        {
            _text.Append(words);
            return this;
        }

        public Sentence Source(string source)
        {
            if (!_sources.Contains(source, StringComparer.Ordinal))
            {
                _sources.Add(source);
            }

            return this;
        }

        /// <summary>Writes a number with its interval (when both ends are given) and records it with its source.</summary>
        public Sentence Number(string what, double value, string format, string source, string? interval = null, double? lower = null, double? upper = null, string suffix = "")
        {
            string Show(double v) => v.ToString(format, C) + suffix;
            return NumberInWords(what, value, Show(value), source, interval, lower is { } l ? Show(l) : null, upper is { } u ? Show(u) : null);
        }

        /// <summary>Writes a number already in words ("67 fewer"), with its interval in words, and records it.</summary>
        public Sentence NumberInWords(string what, double value, string shown, string source, string? interval, string? lower, string? upper)
        {
            var hasInterval = interval is not null && lower is not null && upper is not null;
            var number = new JudgementNumber(what, value, shown, hasInterval ? interval : null, hasInterval ? lower : null, hasInterval ? upper : null, source);
            Source(source);
            _numbers.Add(number);
            _text.Append(number.Phrase);
            return this;
        }

        public KeyJudgement Done()
        {
            var text = _text.ToString().Trim();
            return new KeyJudgement(topic, text.EndsWith('.') ? text : text + ".", _numbers, _sources);
        }
    }
}
