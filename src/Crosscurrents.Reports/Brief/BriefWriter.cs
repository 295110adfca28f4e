using Crosscurrents.Analysis.Brief;
using System.Globalization;
using System.Net;
using System.Text;
using Crosscurrents.Claims;
using Crosscurrents.Core.Events;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Series.Counts;
using ScottPlot;

namespace Crosscurrents.Reports.Brief;

/// <summary>
/// Writes the brief: one self-contained HTML file (charts embedded as PNG) with yearly and monthly events and deaths
/// by actor and province, a map, the top dyads and the timeline, each section naming the data snapshot it used.
/// </summary>
public static class BriefWriter
{
    public static string Render(BriefInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var events = input.Events;
        var html = new StringBuilder();
        var snapshot = events.Snapshot;
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="generator" content="Crosscurrents">
            <meta name="data-snapshot" content="{{snapshot.Id}}">
            <title>Crosscurrents brief: organised violence in Pakistan</title>
            <style>
            body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 1150px; margin: 2em auto; color: #222; line-height: 1.45; }
            h1 { margin-bottom: 0.2em; } h2 { border-bottom: 2px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: right; } th { background: #f2f2f2; }
            td.t, th.t { text-align: left; } img { max-width: 100%; } .meta { color: #555; font-size: 0.9em; }
            .coverage { background: #f6f6f0; border-left: 4px solid #b8860b; padding: 0.4em 0.8em; }
            ol.judgements li { margin-bottom: 0.5em; } li.missing { color: #7f3f00; } a.term { color: inherit; text-decoration: underline dotted; }
            dl.glossary dt { font-weight: bold; margin-top: 0.5em; } dl.glossary dd { margin-left: 1.5em; }
            .legend span { display: inline-block; padding: 0 6px; margin-right: 8px; }
            @media print { body { max-width: none; margin: 0; font-size: 10pt; } h2 { break-before: page; } h2:first-of-type { break-before: avoid; }
              img, tr, h3 { break-inside: avoid; } h2, h3 { break-after: avoid; } a { color: inherit; text-decoration: none; } }
            </style></head><body>
            <h1>Organised violence in Pakistan</h1>
            <p class="meta">Crosscurrents brief, generated {{input.GeneratedAt:yyyy-MM-dd HH:mm}} UTC.
            Data snapshot <code>{{snapshot.Id}}</code> ({{snapshot.EventCount:N0}} events). Every chart and table below is computed from this snapshot.</p>
            <p class="coverage"><b>Coverage.</b> {{Esc(input.Coverage.Text)}}</p>
            """);

        var figures = input.Figures;
        var style = input.Style;
        AppendJudgements(html, input.KeyJudgements);
        AppendSummary(html, figures.Summary);
        AppendYearly(html, figures.Yearly, style);
        AppendMonthly(html, figures.Monthly, input.Timeline.Periods, style);
        if (figures.Reported.Count > 0)
        {
            AppendReported(html, figures.Reported, style);
        }

        AppendMap(html, input, style);
        if (input.Dynamics is { } dynamics)
        {
            AppendDynamics(html, dynamics, style);
        }

        if (input.Forecasts is { } forecasts)
        {
            AppendForecasts(html, forecasts, style);
        }

        if (input.Scenarios is { } scenarios)
        {
            AppendScenarios(html, scenarios, style);
        }

        if (input.Claims is { } claims)
        {
            AppendClaims(html, claims, input.ClaimFile, style);
        }

        AppendDyads(html, figures.Dyads);
        AppendTimeline(html, input);
        AppendProvenance(html, input);
        var body = BriefGlossary.Link(html.ToString(), out var used);
        return body + BriefGlossary.Section(used) + "</body></html>\n";
    }

    private static void AppendJudgements(StringBuilder html, IReadOnlyList<KeyJudgement> judgements)
    {
        html.Append("<h2 id=\"key-judgements\">Key judgements</h2><ol class=\"judgements\">");
        foreach (var j in judgements)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li{(j.NotComputed is null ? "" : " class=\"missing\"")}>{Esc(j.Text)} <span class=\"meta\">Source: {Esc(string.Join("; ", j.Sources))}.</span></li>");
        }

        html.Append("</ol>");
    }

    private static void AppendSummary(StringBuilder html, BriefSummary f)
    {
        if (f.Reports == 0)
        {
            html.Append("<p><strong>The store holds no events.</strong></p>");
            return;
        }

        var covered = f.CoveredRuns.Count == 0
            ? "No complete source covers any period: every count below is \"no data\"."
            : $"The event data are complete for {string.Join(", ", f.CoveredRuns.Select(r => $"{r.From:d MMM yyyy} to {r.To:d MMM yyyy}"))} in {string.Join(", ", f.StudyCountries)} ({Esc(f.Coverage)}). Every count, chart and model below uses only these days; elsewhere it says \"no data\", never zero.";
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>In brief</h2>
            <ul>
            <li>{covered}</li>
            <li>{f.Incidents:N0} incidents on covered days{(f.First is { } first && f.Last is { } last ? $", from {first:d MMM yyyy} to {last:d MMM yyyy}" : "")}.
                {f.Reports:N0} reports in all; {f.Linked:N0} were matched as reports of the same incident in another dataset and count once.
                {(f.OutsideCoverage > 0 ? $"{f.OutsideCoverage:N0} incidents fall on days no complete source covers (e.g. news-coded reports): they are listed and mapped, not counted." : "")}</li>
            <li>{f.Deaths:N0} deaths (best estimate; the sources' low and high estimates sum to {f.DeathsLow:N0}–{f.DeathsHigh:N0}).</li>
            {(f.DeadliestYear is { } year ? $"<li>Deadliest year: {year} ({f.DeadliestYearDeaths:N0} deaths).</li>" : "")}
            <li>{f.Unresolved:N0} events have a side the actor registry does not know; they are kept and shown under the source's name in brackets.</li>
            </ul>
            """);
    }

    private static void AppendYearly(StringBuilder html, YearlyFigures f, ChartStyle style)
    {
        html.Append("<h2>Year by year</h2>");
        var (events, deaths) = (f.Events, f.Deaths);
        Image(html, SeriesChart.Draw(events, "Events per year", style: style), "Events per year");
        Image(html, SeriesChart.Draw(deaths, "Deaths per year (bars: best estimate; lines: low–high)"), "Deaths per year");
        html.Append("<table><tr><th>year</th><th>events</th><th>deaths (best)</th><th>low</th><th>high</th></tr>");
        for (var i = 0; i < events.PeriodStarts.Count; i++)
        {
            var d = deaths.Groups[0];
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{events.Label(i)}</td><td>{Cell(events.Groups[0].Best[i])}</td><td>{Cell(d.Best[i])}</td><td>{Cell(d.Low[i])}</td><td>{Cell(d.High[i])}</td></tr>");
        }

        html.Append("</table>");

        foreach (var g in f.Groups)
        {
            var noun = g.Noun;
            html.Append(CultureInfo.InvariantCulture, $"<h3>By {noun}</h3>");
            if (g.Grouping == Grouping.Actor)
            {
                html.Append("<p class=\"meta\">An event counts for each actor on either side, so the lines add up to more than the total. Factions count under their group.</p>");
            }
            else
            {
                html.Append("<p class=\"meta\">Current provinces: events UCDP codes in the Federally Administered Tribal Areas count under Khyber Pakhtunkhwa (merged in 2018).</p>");
            }

            Image(html, SeriesChart.Draw(g.Events, $"Events per year by {noun}"), $"Events per year by {noun}");
            Image(html, SeriesChart.Draw(g.Deaths, $"Deaths per year by {noun} (best estimate)"), $"Deaths per year by {noun}");
            html.Append(CultureInfo.InvariantCulture, $"<table><tr><th class=\"t\">{noun}</th><th>events</th><th>deaths (best)</th><th>low</th><th>high</th></tr>");
            foreach (var row in g.Rows)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td class=\"t\">{Esc(row.Name)}</td><td>{row.Events:N0}</td><td>{row.Deaths:N0}</td><td>{row.DeathsLow:N0}</td><td>{row.DeathsHigh:N0}</td></tr>");
            }

            html.Append("</table>");
        }
    }

    private static void AppendMonthly(StringBuilder html, MonthlyFigures f, IReadOnlyList<Core.Periods.Period> periods, ChartStyle style)
    {
        html.Append("<h2>Month by month, with the timeline</h2>");
        html.Append("<p class=\"legend\">Shaded: ");
        foreach (var (kind, colour) in SeriesChart.PeriodColours)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span style=\"background:{colour.WithAlpha(0.3).ToHex()}\">{kind.Replace('_', ' ')}</span>");
        }

        html.Append("(spans for periods with known ends; dashed lines for one-day events; dotted lines for periods whose end is unknown).</p>");
        Image(html, SeriesChart.Draw(f.Events, "All events per month", periods, style: style), "All events per month with timeline periods");
        Image(html, SeriesChart.Draw(f.Deaths, "All deaths per month (band: low–high)", periods, style: style), "All deaths per month with timeline periods");
        foreach (var (noun, monthly) in f.Groups)
        {
            Image(html, SeriesChart.Draw(monthly, $"Events per month by {noun} (five largest)", periods), $"Events per month by {noun}");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">TTP and its factions: {f.TtpEvents:N0} events, data snapshot <code>{f.TtpSnapshot}</code>.</p>");
        Image(html, SeriesChart.Draw(f.TtpDeaths, "Deaths per month in events involving the TTP or its factions (band: low–high)", periods, style: style), "TTP deaths per month with timeline periods");
    }

    private static void AppendReported(StringBuilder html, IReadOnlyList<ReportedFigures> reported, ChartStyle style)
    {
        var c = CultureInfo.InvariantCulture;
        html.Append("<h2>Beyond the event data: reported figures</h2><p class=\"meta\">The event data end where their release ends; publishers' own figures carry the picture to the latest year. Each line is its own source and definition (UCDP counts deaths in conflicts above its 25-death threshold, PICSS counts militant attacks and their deaths, PIPS a narrower set of terrorist attacks); a year without a published annual figure or twelve monthly ones is a gap, never interpolated.</p>");
        foreach (var (measure, sources) in reported)
        {
            Image(html, SourcesChart.Draw(sources, measure == Measure.Events ? "Events and reported attacks per year" : "Deaths per year: event data, UCDP country-year, PICSS", measure == Measure.Events ? "events / attacks" : "deaths", style: style),
                measure == Measure.Events ? "Events and reported attacks per year" : "Deaths per year by source");
            if (measure == Measure.Fatalities)
            {
                var years = sources.SelectMany(s => s.Item2.Select(p => p.Item1.Year)).Distinct().Where(y => y >= 2015).Order().ToList();
                html.Append("<table><tr><th>year</th>");
                foreach (var s in sources)
                {
                    html.Append(c, $"<th>{Esc(s.Item1)}</th>");
                }

                html.Append("</tr>");
                foreach (var year in years)
                {
                    html.Append(c, $"<tr><td>{year}</td>");
                    foreach (var s in sources)
                    {
                        var v = s.Item2.FirstOrDefault(p => p.Item1.Year == year).Item2;
                        html.Append(c, $"<td>{(v is { } x ? x.ToString("N0", c) : "")}</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</table>");
            }
        }
    }

    private static void AppendMap(StringBuilder html, BriefInput input, ChartStyle style)
    {
        var districts = input.Events.Districts.Rows;
        html.Append("<h2>Where</h2><p class=\"meta\">One circle per district at its gazetteer point; circle area grows with the district's incidents (all years). Colour: current province.</p>");
        Image(html, EventMap.Draw(districts, input.Outlines, input.Places, "Incidents by district", style), "Map of incidents by district", 1100, 820);
        var unplaced = EventMap.Unplaced(districts, input.Places);
        if (unplaced.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Not on the map, because the sources locate them only to a province or the country (or to a place the gazetteer has no point for): {unplaced.Sum(u => u.Incidents):N0} incidents, {unplaced.Sum(u => u.Deaths):N0} deaths (best).</p><table><tr><th class=\"t\">province</th><th>incidents</th><th>deaths (best)</th></tr>");
            foreach (var (province, incidents, deaths) in unplaced)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"t\">{Esc(province)}</td><td>{incidents:N0}</td><td>{deaths:N0}</td></tr>");
            }

            html.Append("</table>");
        }
    }

    private static void AppendDynamics(StringBuilder html, BriefDynamics d, ChartStyle style)
    {
        var c = CultureInfo.InvariantCulture;
        html.Append("<h2>Dynamics</h2>");
        if (d.ChangepointSeries is { } cpSeries && d.Changepoints is { } cp)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>When the level changed</h3><p class=\"meta\">Changepoints in monthly TTP-family events (PELT, Poisson cost, penalty {cp.Penalty:0.0}; shaded: bootstrap 95% range of each date). Data snapshot <code>{d.ChangepointSnapshot}</code>.</p>");
            Image(html, ChangepointChart.Draw(cpSeries, cp, "TTP-family events per month and their changepoints", style), "Changepoints");
            html.Append("<table><tr><th class=\"t\">segment</th><th>mean per month</th><th class=\"t\">change at (95% range)</th><th>support</th></tr>");
            for (var i = 0; i < cp.Segments.Count; i++)
            {
                var s = cp.Segments[i];
                var change = i > 0 ? cp.Changes[i - 1] : null;
                html.Append(c, $"<tr><td class=\"t\">{cpSeries.Label(s.Start)} – {cpSeries.Label(s.End - 1)}</td><td>{s.Mean:0.0}</td><td class=\"t\">{(change is null ? "" : $"{cpSeries.Label(change.Index)} ({cpSeries.Label(change.Lower)} – {cpSeries.Label(Math.Min(change.Upper, cpSeries.PeriodStarts.Count - 1))})")}</td><td>{(change is null || double.IsNaN(change.Support) ? "" : change.Support.ToString("P0", c))}</td></tr>");
            }

            html.Append("</table>");
        }

        if (d.Hawkes is { Usable: false } failed)
        {
            html.Append(c, $"<h3>Who excites whom</h3><p class=\"meta\">Multivariate Hawkes model of daily counts, {Esc(d.HawkesSpan)}. Data snapshot <code>{d.HawkesSnapshot}</code>.</p><p><strong>No usable estimates:</strong> the fit {Esc(failed.Describe())}. Branching ratios, half-lives and rate ratios are not shown.</p>");
        }
        else if (d.Hawkes is { } fit)
        {
            html.Append(c, $"<h3>Who excites whom</h3><p class=\"meta\">Multivariate Hawkes model of events dated to the day, {Esc(d.HawkesSpan)}: a branching ratio is the expected number of events in the column stream triggered by one event in the row stream (on the same day or later), with its 95% interval. Background rates have a piecewise trend (knots chosen by BIC), season and timeline indicators. Data snapshot <code>{d.HawkesSnapshot}</code>.</p>");
            Image(html, DynamicsChart.BranchingHeatmap(fit, "Branching ratios (95% intervals; * at the bound 0)", style), "Branching matrix", 900, 700);
            html.Append("<table><tr><th class=\"t\">stream</th><th>half-life of its excitation (days)</th><th>share of events triggered</th><th>KS goodness of fit D (p)</th></tr>");
            for (var j = 0; j < fit.Streams.Count; j++)
            {
                var h = fit.HalfLife(j);
                html.Append(c, $"<tr><td class=\"t\">{Esc(fit.Streams[j])}</td><td>{(h.Identified ? string.Create(c, $"{h.HalfLife:0.0} ({h.Lower:0.0}–{h.Upper:0.0})") : h.WithinDay ? "within the day" : "not identified")}</td><td>{fit.TriggeredShare[j]:P0}</td><td>{d.HawkesQuality?.KsStatistic[j]:0.000} ({d.HawkesQuality?.KsPValue[j]:0.000})</td></tr>");
            }

            html.Append("</table>");
            foreach (var q in d.FitQuality ?? [])
            {
                html.Append(c, $"<p>{(q.Rejects ? "<b>Fit:</b> " : "Fit: ")}{Esc(q.Sentence)}</p>");
                if (d.Alternatives.FirstOrDefault(a => a.Stream == q.Stream) is { } alt)
                {
                    html.Append(c, $"<p>Other models of {Esc(q.Stream)}, fitted to {alt.TestFrom.AddDays(-1):d MMM yyyy} and scored on how well they predict each later day to {alt.To:d MMM yyyy} ({Esc(string.Join(", ", alt.Alternatives.Skip(1).Select(a => a.Description.Split(" (")[0])))}): {Esc(alt.Verdict)}. <span class=\"meta\">(<code>crosscurrents dynamics compare --stream {Esc(q.Stream)}</code>; data snapshot <code>{alt.Snapshot}</code>.)</span></p>");
                }
            }

            foreach (var b in d.Background ?? [])
            {
                html.Append(c, $"<table><tr><th class=\"t\">{Esc(b.Stream)}: background (events not triggered by others)</th><th>value (95% interval)</th></tr>");
                foreach (var l in b.Levels)
                {
                    html.Append(c, $"<tr><td class=\"t\">level on {l.Date:d MMM yyyy}, events per month</td><td>{(l.PerMonth is { } v ? string.Create(c, $"{v:0.0} ({l.Ci95![0]:0.0}–{l.Ci95[1]:0.0})") : "not estimable")}</td></tr>");
                }

                foreach (var t in b.Trend)
                {
                    html.Append(c, $"<tr><td class=\"t\">change a year, {t.From:MMM yyyy} to {t.To:MMM yyyy}</td><td>{(t.PercentPerYear is { } v ? string.Create(c, $"{v:+0;-0}% ({t.Ci95![0]:+0;-0}% to {t.Ci95[1]:+0;-0}%)") : "not estimable")}</td></tr>");
                }

                foreach (var p in b.Periods)
                {
                    html.Append(c, $"<tr><td class=\"t\">{Esc(p.Covariate.Replace('_', ' '))} ({p.Days:N0} days): rate ratio</td><td>{(p.RateRatio is { } v ? string.Create(c, $"{v:0.00} ({p.Ci95![0]:0.00}–{p.Ci95[1]:0.00})") : Esc(p.NotShown ?? ""))}</td></tr>");
                }

                html.Append("</table>");
            }

            foreach (var note in fit.Notes)
            {
                html.Append(c, $"<p class=\"meta\">Note: {Esc(note)}.</p>");
            }
        }

        foreach (var study in d.Studies)
        {
            html.Append(c, $"<h3>{Esc(study.Title)}</h3><p class=\"meta\">Event study: windows of {(study.Result.Profile.Count - 1) / 2} {study.PeriodName}s before and after {study.Interventions.Count} dates ({string.Join(", ", study.Interventions.Select(x => x.ToString("yyyy-MM-dd", c)))}); negative-binomial model with trend and season; placebo test over random dates. Data snapshot <code>{study.Snapshot}</code>.</p>");
            Image(html, EventStudyChart.Draw(study.Result, study.Title, study.PeriodName, style), study.Title);
        }
    }

    private static void AppendForecasts(StringBuilder html, BriefForecasts f, ChartStyle style)
    {
        var c = CultureInfo.InvariantCulture;
        var forecast = f.Forecast;
        var unit = forecast.Units[0];
        var shown = unit.Forecasts.Single(m => m.Model == forecast.Shown);
        html.Append(c, $"<h2>Forecasts</h2><p class=\"meta\">{Esc(forecast.Target)}, from {forecast.Origin}, 12 months ahead: the {Esc(forecast.Shown)} model's median with 50% and 90% intervals from {forecast.Samples:N0} seeded draws (seed {forecast.Seed}); {Esc(forecast.Coverage)}. Data snapshot <code>{forecast.Snapshot}</code>. Model: {Esc(forecast.Model)}.</p>");
        Image(html, ForecastChart.Fan(forecast.Observed[0], shown, $"{forecast.Target}: observed and forecast", style: style), "Forecast fan chart");
        html.Append("<table><tr><th>month</th><th>median</th><th>50% interval</th><th>90% interval</th></tr>");
        foreach (var m in shown.Months)
        {
            html.Append(c, $"<tr><td>{m.Month}</td><td>{m.Median:0}</td><td>{m.Interval50[0]:0}–{m.Interval50[1]:0}</td><td>{m.Interval90[0]:0}–{m.Interval90[1]:0}</td></tr>");
        }

        html.Append("</table>");
        var b = f.Backtest;
        html.Append(c, $"<p class=\"meta\">How far to trust it: the same models forecast every month from {b.FirstOrigin} to {b.LastOrigin} with only the data each month could see. CRPS is the average distance between the forecast distribution and what happened (lower is better); skill is the improvement on the best simple rule (a baseline), with a Diebold–Mariano p-value; coverage is how often the 90% interval held the outcome (90% if honest).</p>");
        html.Append("<table><tr><th>months ahead</th><th class=\"t\">best baseline</th><th>its CRPS</th><th>ensemble CRPS</th><th>skill (p)</th><th>90% coverage</th></tr>");
        foreach (var s in b.Skill.Where(s => s.Model == "ensemble").OrderBy(s => s.Horizon))
        {
            var coverage = b.Summary.FirstOrDefault(x => x.Unit == s.Unit && x.Model == "ensemble" && x.Horizon == s.Horizon)?.Coverage90;
            html.Append(c, $"<tr><td>{s.Horizon}</td><td class=\"t\">{Esc(s.BestBaseline)}</td><td>{s.BaselineCrps:0.0}</td><td>{s.Crps:0.0}</td><td>{(s.Skill is { } k ? string.Create(c, $"{k:+0%;-0%} ({s.PValue:0.00})") : "n/a")}</td><td>{(coverage is { } v ? v.ToString("P0", c) : "")}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendScenarios(StringBuilder html, Analysis.Scenarios.ScenarioRunResult r, ChartStyle style)
    {
        var c = CultureInfo.InvariantCulture;
        var sq = r.StatusQuo;
        html.Append(c, $"<h2>Policy options</h2><p class=\"meta\">The article's options simulated from the fitted dynamics of {Esc(string.Join(", ", r.Fit.Streams))} ({r.Fit.From:yyyy} to {r.Fit.To:yyyy}): {r.Paths:N0} paths each over {r.HorizonMonths} months from {r.Start:MMM yyyy}, the parameters of each path drawn from their estimated uncertainty, the same paths for every option so the differences are paired. Counted: {Esc(r.Target)} events. {Esc(r.Model)} Data snapshot <code>{r.Snapshot}</code>, seed {r.Seed}.</p>");
        html.Append(c, $"<p>With nothing changed, the model expects <b>{sq.Events.Mean:N0}</b> {Esc(r.Target)} events over the {r.HorizonMonths} months (90% interval {sq.Events.Ci90[0]:N0} to {sq.Events.Ci90[1]:N0}); a month above {r.Threshold:N0} events happens on {sq.ProbabilityEscalation:P0} of paths.</p><ul>");
        foreach (var o in r.Scenarios)
        {
            if (o.VsStatusQuo is not { } d)
            {
                continue;
            }

            var (mean, lo, hi) = (d.Events.Mean, d.Events.Ci90[0], d.Events.Ci90[1]);
            string Count(double v) => v < 0 ? string.Create(c, $"{-v:N0} fewer") : string.Create(c, $"{v:N0} more");
            var verdict = BriefJudgements.EffectWords(BriefJudgements.Effect(d));
            var basis = o.OnlyAssumptions ? "<b>This option rests only on assumptions</b>: the data cannot estimate its effect; " + Esc(string.Join("; ", o.Assumptions)) + "."
                : o.Assumptions.Count > 0 ? "Partly assumed: " + Esc(string.Join("; ", o.Assumptions)) + "." : "Its effects are estimated from the data.";
            if (o.Levers.FirstOrDefault(l => !l.Assumed && l.Source.StartsWith("event study", StringComparison.Ordinal)) is { } study)
            {
                // Operations start when fighting is intense, and the stream counts the clashes they bring: a before/after
                // study of past operations measures that timing, not what an operation would do (docs/scenarios.md replays).
                basis += $" Caution: the effect of {Esc(study.Name)} comes from an {Esc(study.Source)}; operations began when violence was rising, so this is the past association, not an effect an operation would have, and in the validation replays this lever forecast worse than the status quo.";
            }
            html.Append(c, $"<li><b>{Esc(o.Title)}</b>: {Count(mean)} events on average (90% interval {Count(lo)} to {Count(hi)}; fewer on {d.ProbabilityFewer:P0} of paths) — {verdict}. {basis}</li>");
        }

        html.Append("</ul>");
        Image(html, ScenarioChart.Draw(r, style), "Scenario fan chart");
        foreach (var note in r.Notes)
        {
            html.Append(c, $"<p class=\"meta\">Note: {Esc(note)}</p>");
        }
    }

    private static void AppendClaims(StringBuilder html, IReadOnlyList<Claims.ClaimVerdict> verdicts, string? file, ChartStyle style)
    {
        var c = CultureInfo.InvariantCulture;
        html.Append(c, $"<h2>Claims</h2><p class=\"meta\">{verdicts.Count} claims from <code>{Esc(Path.GetFileName(file ?? ""))}</code> checked against the data: supported, contradicted, inconclusive (the interval admits both) or not testable (with the reason). Each verdict names the test, the data snapshot and the span of the data.</p>");
        html.Append("<table><tr><th class=\"t\">claim</th><th class=\"t\">verdict</th><th class=\"t\">effect (95% interval)</th><th class=\"t\">why</th></tr>");
        foreach (var v in verdicts)
        {
            var colour = v.Verdict switch { Claims.Verdict.Supported => "#2ca02c", Claims.Verdict.Contradicted => "#d62728", Claims.Verdict.Inconclusive => "#b8860b", _ => "#7f7f7f" };
            var interval = v.Lower is null ? "" : string.Create(c, $" ({v.Lower:0.###}–{v.Upper:0.###})");
            html.Append(c, $"<tr><td class=\"t\"><b>{Esc(v.Claim.Id)}</b><br><i>“{Esc(v.Claim.Text)}”</i></td><td class=\"t\" style=\"color:{colour}\"><b>{Esc(v.Verdict.Text())}</b>{(v.AsOfVerdict is null ? "" : " (all data now)")}</td><td class=\"t\">{Esc(v.Effect + interval)}</td><td class=\"t\"><b>{Esc(Claims.ClaimExplanation.Sentence(v))}</b><br><span class=\"meta\">{Esc(v.Reason)}</span>{(v.Snapshot is null ? "" : $" Data snapshot <code>{v.Snapshot}</code>.")}</td></tr>");
            if (v.AsOfVerdict is { } a)
            {
                var asOfInterval = a.Lower is null ? "" : string.Create(c, $" ({a.Lower:0.###}–{a.Upper:0.###})");
                html.Append(c, $"<tr><td class=\"t\"></td><td class=\"t\"><b>{Esc(a.Verdict.Text())}</b> as of {v.Claim.AsOf:yyyy-MM-dd}</td><td class=\"t\">{Esc(a.Effect + asOfInterval)}</td><td class=\"t\"><b>{Esc(Claims.ClaimExplanation.Sentence(a))}</b><br><span class=\"meta\">{Esc(a.Reason)}</span></td></tr>");
            }
        }

        html.Append("</table>");
        foreach (var v in verdicts)
        {
            if (ClaimChart.For(v, style) is { } plot)
            {
                var intervalOnly = v.Study is null && v.Series is null && v.Hawkes is null;
                Image(html, plot, $"Chart for claim {v.Claim.Id}", ChartFile.DefaultWidth, intervalOnly ? 320 : ChartFile.DefaultHeight);
            }
        }
    }

    private static void AppendDyads(StringBuilder html, IReadOnlyList<DyadRow> dyads)
    {
        html.Append("<h2>Top dyads</h2><table><tr><th class=\"t\">dyad</th><th>events</th><th>deaths (best)</th><th>low</th><th>high</th><th>first</th><th>last</th></tr>");
        foreach (var g in dyads)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"t\">{Esc(g.Dyad)}</td><td>{g.Events:N0}</td><td>{g.Deaths:N0}</td><td>{g.DeathsLow:N0}</td><td>{g.DeathsHigh:N0}</td><td>{g.First:yyyy-MM-dd}</td><td>{g.Last:yyyy-MM-dd}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendTimeline(StringBuilder html, BriefInput input)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Timeline</h2><p class=\"meta\">{input.Timeline.Periods.Count} dated periods and events (ceasefires, talks, operations, strikes, regime changes) used as covariates. An empty end means the end is unknown.</p>");
        html.Append("<table><tr><th>start</th><th>end</th><th class=\"t\">kind</th><th class=\"t\">what</th></tr>");
        foreach (var p in input.Timeline.Periods)
        {
            var source = p.SourceUrl is null ? "" : $" <a href=\"{Esc(p.SourceUrl)}\">source</a>";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{p.Start:yyyy-MM-dd}</td><td>{(p.End is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}</td><td class=\"t\">{Esc(p.Kind.Replace('_', ' '))}</td><td class=\"t\">{Esc(p.Description)}{source}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendProvenance(StringBuilder html, BriefInput input)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Data and provenance</h2><p>Data snapshot <code>{input.Events.Snapshot.Id}</code>: SHA-256 over every event's id and content hash. The imports behind it:</p>");
        html.Append("<table><tr><th class=\"t\">batch</th><th class=\"t\">dataset</th><th>release</th><th class=\"t\">file</th><th class=\"t\">file SHA-256</th><th>read</th><th>imported</th><th>updated</th><th>rejected</th><th class=\"t\">coverage</th></tr>");
        foreach (var b in input.Batches)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"t\">{Esc(b.Id)}</td><td class=\"t\">{Esc(b.Dataset)}</td><td>{Esc(b.DatasetVersion)}</td><td class=\"t\">{Esc(Path.GetFileName(b.File))}</td><td class=\"t\"><code>{b.FileSha256[..Math.Min(16, b.FileSha256.Length)]}…</code></td><td>{b.Read:N0}</td><td>{b.Imported:N0}</td><td>{b.Updated:N0}</td><td>{b.Rejected:N0}</td><td class=\"t\">{Esc(b.Coverage?.Describe() ?? "not recorded")}</td></tr>");
        }

        html.Append("</table><h3>Attribution</h3><pre style=\"white-space:pre-wrap\">").Append(Esc(input.Attribution)).Append("</pre>");
    }

    /// <summary>A count for a table: "no data" where no complete source covers the period.</summary>
    private static string Cell(double value) => double.IsFinite(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "<span class=\"meta\">no data</span>";

    private static void Image(StringBuilder html, Plot plot, string alt, int width = ChartFile.DefaultWidth, int height = ChartFile.DefaultHeight) =>
        html.Append(CultureInfo.InvariantCulture, $"<p><img alt=\"{Esc(alt)}\" src=\"{ChartFile.ToPngDataUri(plot, width, height)}\"></p>\n");

    private static string Esc(string text) => WebUtility.HtmlEncode(text);
}
