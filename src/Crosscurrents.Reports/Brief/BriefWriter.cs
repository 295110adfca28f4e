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
    private static readonly string[] TtpIds = ["ttp"];

    public static string Render(BriefInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var events = input.Events;
        var list = events.Events;
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
            .legend span { display: inline-block; padding: 0 6px; margin-right: 8px; }
            </style></head><body>
            <h1>Organised violence in Pakistan</h1>
            <p class="meta">Crosscurrents brief, generated {{input.GeneratedAt:yyyy-MM-dd HH:mm}} UTC.
            Data snapshot <code>{{snapshot.Id}}</code> ({{snapshot.EventCount:N0}} events). Every chart and table below is computed from this snapshot.</p>
            """);

        AppendSummary(html, events);
        AppendYearly(html, input);
        AppendMonthly(html, input);
        if (input.Reported is { Count: > 0 } reported)
        {
            AppendReported(html, input, reported);
        }

        AppendMap(html, input);
        if (input.Dynamics is { } dynamics)
        {
            AppendDynamics(html, dynamics);
        }

        if (input.Claims is { } claims)
        {
            AppendClaims(html, claims, input.ClaimFile);
        }

        AppendDyads(html, input);
        AppendTimeline(html, input);
        AppendProvenance(html, input);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, Core.Storage.EventSet events)
    {
        if (events.Events.Count == 0)
        {
            html.Append("<p><strong>The store holds no events.</strong></p>");
            return;
        }

        // Counts only where complete sources cover: incidents (reports linked across datasets count once) on covered days.
        var runs = events.Coverage.CoveredRuns(events.Scope, DateOnly.MinValue, DateOnly.MaxValue);
        var incidents = events.Incidents();
        var list = incidents.Where(e => runs.Any(r => e.DateStart >= r.From && e.DateStart <= r.To)).ToList();
        var outside = incidents.Count - list.Count;
        var linked = events.Events.Count - incidents.Count;
        var (best, low, high) = Deaths(list);
        var unresolved = list.Count(e => !e.SideA.IsResolved || (!e.SideB.IsResolved && e.SideB.Name.Length > 0));
        var covered = runs.Count == 0
            ? "No complete source covers any period: every count below is \"no data\"."
            : $"The event data are complete for {string.Join(", ", runs.Select(r => $"{r.From:d MMM yyyy} to {r.To:d MMM yyyy}"))} in {string.Join(", ", events.Coverage.StudyCountries)} ({Esc(events.Coverage.Describe(events.Scope))}). Every count, chart and model below uses only these days; elsewhere it says \"no data\", never zero.";
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>In brief</h2>
            <ul>
            <li>{covered}</li>
            <li>{list.Count:N0} incidents on covered days{(list.Count > 0 ? $", from {list.Min(e => e.DateStart):d MMM yyyy} to {list.Max(e => e.DateStart):d MMM yyyy}" : "")}.
                {events.Events.Count:N0} reports in all; {linked:N0} were matched as reports of the same incident in another dataset and count once.
                {(outside > 0 ? $"{outside:N0} incidents fall on days no complete source covers (e.g. news-coded reports): they are listed and mapped, not counted." : "")}</li>
            <li>{best:N0} deaths (best estimate; the sources' low and high estimates sum to {low:N0}–{high:N0}).</li>
            {(list.Count > 0 ? $"<li>Deadliest year: {list.GroupBy(e => e.DateStart.Year).OrderByDescending(g => g.Sum(e => e.Fatalities.Best)).First().Key} ({list.GroupBy(e => e.DateStart.Year).Max(g => g.Sum(e => e.Fatalities.Best)):N0} deaths).</li>" : "")}
            <li>{unresolved:N0} events have a side the actor registry does not know; they are kept and shown under the source's name in brackets.</li>
            </ul>
            """);
    }

    private static void AppendYearly(StringBuilder html, BriefInput input)
    {
        var set = input.Events;
        html.Append("<h2>Year by year</h2>");
        var events = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year), input.Actors);
        var deaths = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities), input.Actors);
        Image(html, SeriesChart.Draw(events, "Events per year"), "Events per year");
        Image(html, SeriesChart.Draw(deaths, "Deaths per year (bars: best estimate; lines: low–high)"), "Deaths per year");
        html.Append("<table><tr><th>year</th><th>events</th><th>deaths (best)</th><th>low</th><th>high</th></tr>");
        for (var i = 0; i < events.PeriodStarts.Count; i++)
        {
            var d = deaths.Groups[0];
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{events.Label(i)}</td><td>{Cell(events.Groups[0].Best[i])}</td><td>{Cell(d.Best[i])}</td><td>{Cell(d.Low[i])}</td><td>{Cell(d.High[i])}</td></tr>");
        }

        html.Append("</table>");

        foreach (var (grouping, noun) in new[] { (Grouping.Actor, "actor"), (Grouping.Province, "province") })
        {
            var byGroup = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Events, grouping, Top: 7), input.Actors);
            var deathsByGroup = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities, grouping, Top: 7), input.Actors);
            html.Append(CultureInfo.InvariantCulture, $"<h3>By {noun}</h3>");
            if (grouping == Grouping.Actor)
            {
                html.Append("<p class=\"meta\">An event counts for each actor on either side, so the lines add up to more than the total. Factions count under their group.</p>");
            }
            else
            {
                html.Append("<p class=\"meta\">Current provinces: events UCDP codes in the Federally Administered Tribal Areas count under Khyber Pakhtunkhwa (merged in 2018).</p>");
            }

            Image(html, SeriesChart.Draw(byGroup, $"Events per year by {noun}"), $"Events per year by {noun}");
            Image(html, SeriesChart.Draw(deathsByGroup, $"Deaths per year by {noun} (best estimate)"), $"Deaths per year by {noun}");
            html.Append(CultureInfo.InvariantCulture, $"<table><tr><th class=\"t\">{noun}</th><th>events</th><th>deaths (best)</th><th>low</th><th>high</th></tr>");
            // Deaths for exactly the groups of the events table ("other" = every group not listed by name).
            var allDeaths = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, Measure.Fatalities, grouping, Top: int.MaxValue - 1), input.Actors).Groups;
            var named = byGroup.Groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var g in byGroup.Groups)
            {
                var matching = g.Name == SeriesBuilder.Other
                    ? allDeaths.Where(x => !named.Contains(x.Name)).ToList()
                    : allDeaths.Where(x => x.Name == g.Name).ToList();
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td class=\"t\">{Esc(g.Name)}</td><td>{g.Total:N0}</td><td>{matching.Sum(x => x.Total):N0}</td><td>{matching.Sum(x => Finite(x.Low)):N0}</td><td>{matching.Sum(x => Finite(x.High)):N0}</td></tr>");
            }

            html.Append("</table>");
        }
    }

    private static void AppendMonthly(StringBuilder html, BriefInput input)
    {
        html.Append("<h2>Month by month, with the timeline</h2>");
        html.Append("<p class=\"legend\">Shaded: ");
        foreach (var (kind, colour) in SeriesChart.PeriodColours)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span style=\"background:{colour.WithAlpha(0.3).ToHex()}\">{kind.Replace('_', ' ')}</span>");
        }

        html.Append("(spans for periods with known ends; dashed lines for one-day events; dotted lines for periods whose end is unknown).</p>");
        var periods = input.Timeline.Periods;
        var all = SeriesBuilder.Build(input.Events, new SeriesOptions(TimeResolution.Month), input.Actors);
        Image(html, SeriesChart.Draw(all, "All events per month", periods), "All events per month with timeline periods");
        var allDeaths = SeriesBuilder.Build(input.Events, new SeriesOptions(TimeResolution.Month, Measure.Fatalities), input.Actors);
        Image(html, SeriesChart.Draw(allDeaths, "All deaths per month (band: low–high)", periods), "All deaths per month with timeline periods");
        foreach (var (grouping, noun) in new[] { (Grouping.Actor, "actor"), (Grouping.Province, "province") })
        {
            var monthly = SeriesBuilder.Build(input.Events, new SeriesOptions(TimeResolution.Month, Measure.Events, grouping, Top: 5), input.Actors);
            Image(html, SeriesChart.Draw(monthly, $"Events per month by {noun} (five largest)", periods), $"Events per month by {noun}");
        }

        var ttpIds = TtpIds.SelectMany(id => input.Actors.WithDescendants(id)).ToHashSet(StringComparer.Ordinal);
        var ttpEvents = input.Events.Events.Where(e => ttpIds.Contains(e.SideA.ActorId ?? "") || ttpIds.Contains(e.SideB.ActorId ?? "")).ToList();
        var ttpSet = new Core.Storage.EventSet(ttpEvents, Core.Snapshots.DataSnapshot.Compute(ttpEvents.Select(e => (e.Id, EventContentHash.Compute(e)))))
        {
            Filter = input.Events.Filter,
            Coverage = input.Events.Coverage,
        };
        var from = ttpEvents.Count > 0 ? ttpEvents.Min(e => e.DateStart) : (DateOnly?)null;
        var to = input.Events.Events.Count > 0 ? input.Events.Events.Max(e => e.DateStart) : (DateOnly?)null;
        var ttp = SeriesBuilder.Build(ttpSet, new SeriesOptions(TimeResolution.Month, Measure.Fatalities, From: from, To: to), input.Actors);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">TTP and its factions: {ttpEvents.Count:N0} events, data snapshot <code>{ttpSet.Snapshot.Id}</code>.</p>");
        Image(html, SeriesChart.Draw(ttp, "Deaths per month in events involving the TTP or its factions (band: low–high)", periods), "TTP deaths per month with timeline periods");
    }

    private static void AppendReported(StringBuilder html, BriefInput input, IReadOnlyList<Core.Reported.ReportedFigure> reported)
    {
        var c = CultureInfo.InvariantCulture;
        html.Append("<h2>Beyond the event data: reported figures</h2><p class=\"meta\">The event data end where their release ends; publishers' own figures carry the picture to the latest year. Each line is its own source and definition (UCDP counts deaths in conflicts above its 25-death threshold, PICSS counts militant attacks and their deaths, PIPS a narrower set of terrorist attacks); a year without a published annual figure or twelve monthly ones is a gap, never interpolated.</p>");
        foreach (var measure in new[] { Measure.Fatalities, Measure.Events })
        {
            var series = SeriesBuilder.Build(input.Events, new SeriesOptions(TimeResolution.Year, measure), input.Actors);
            var sources = new List<(string, IReadOnlyList<(DateOnly, double?)>)> { ($"{(measure == Measure.Events ? "events" : "deaths")} in the event data", SourcesChart.Points(series)) };
            sources.AddRange(Series.Reported.ReportedComparison.For(reported, measure, TimeResolution.Year));
            Image(html, SourcesChart.Draw(sources, measure == Measure.Events ? "Events and reported attacks per year" : "Deaths per year: event data, UCDP country-year, PICSS", measure == Measure.Events ? "events / attacks" : "deaths"),
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

    private static void AppendMap(StringBuilder html, BriefInput input)
    {
        html.Append("<h2>Where</h2><p class=\"meta\">One dot per event with coordinates; dot area grows with deaths (best estimate). Colour: current province.</p>");
        Image(html, EventMap.Draw(input.Events.Events, input.Outlines, input.Places, "Events by location"), "Map of events", 1100, 820);
    }

    private static void AppendDynamics(StringBuilder html, BriefDynamics d)
    {
        var c = CultureInfo.InvariantCulture;
        html.Append("<h2>Dynamics</h2>");
        if (d.ChangepointSeries is { } cpSeries && d.Changepoints is { } cp)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>When the level changed</h3><p class=\"meta\">Changepoints in monthly TTP-family events (PELT, Poisson cost, penalty {cp.Penalty:0.0}; shaded: bootstrap 95% range of each date). Data snapshot <code>{d.ChangepointSnapshot}</code>.</p>");
            Image(html, ChangepointChart.Draw(cpSeries, cp, "TTP-family events per month and their changepoints"), "Changepoints");
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
            Image(html, DynamicsChart.BranchingHeatmap(fit, "Branching ratios (95% intervals; * at the bound 0)"), "Branching matrix", 900, 700);
            html.Append("<table><tr><th class=\"t\">stream</th><th>half-life of its excitation (days)</th><th>share of events triggered</th><th>KS goodness of fit D (p)</th></tr>");
            for (var j = 0; j < fit.Streams.Count; j++)
            {
                var h = fit.HalfLife(j);
                html.Append(c, $"<tr><td class=\"t\">{Esc(fit.Streams[j])}</td><td>{(h.Identified ? string.Create(c, $"{h.HalfLife:0.0} ({h.Lower:0.0}–{h.Upper:0.0})") : h.WithinDay ? "within the day" : "not identified")}</td><td>{fit.TriggeredShare[j]:P0}</td><td>{d.HawkesQuality?.KsStatistic[j]:0.000} ({d.HawkesQuality?.KsPValue[j]:0.000})</td></tr>");
            }

            html.Append("</table><table><tr><th class=\"t\">background rate ratio (95% CI)</th>");
            foreach (var s in fit.Streams)
            {
                html.Append(c, $"<th>{Esc(s)}</th>");
            }

            html.Append("</tr>");
            for (var col = 1; col < fit.CovariateNames.Count; col++)
            {
                if (fit.CovariateNames[col].StartsWith("trend", StringComparison.Ordinal))
                {
                    continue;
                }

                html.Append(c, $"<tr><td class=\"t\">{Esc(fit.CovariateNames[col].Replace('_', ' '))}</td>");
                for (var i = 0; i < fit.Streams.Count; i++)
                {
                    var r = fit.RateRatio(i, col);
                    html.Append(r.Estimable && double.IsFinite(r.Upper) && r.Upper < 1e6 ? string.Create(c, $"<td>{r.RateRatio:0.00} ({r.Lower:0.00}–{r.Upper:0.00})</td>") : "<td>not estimable</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
            foreach (var note in fit.Notes)
            {
                html.Append(c, $"<p class=\"meta\">Note: {Esc(note)}.</p>");
            }
        }

        foreach (var study in d.Studies)
        {
            html.Append(c, $"<h3>{Esc(study.Title)}</h3><p class=\"meta\">Event study: windows of {(study.Result.Profile.Count - 1) / 2} {study.PeriodName}s before and after {study.Interventions.Count} dates ({string.Join(", ", study.Interventions.Select(x => x.ToString("yyyy-MM-dd", c)))}); negative-binomial model with trend and season; placebo test over random dates. Data snapshot <code>{study.Snapshot}</code>.</p>");
            Image(html, EventStudyChart.Draw(study.Result, study.Title, study.PeriodName), study.Title);
        }
    }

    private static void AppendClaims(StringBuilder html, IReadOnlyList<Claims.ClaimVerdict> verdicts, string? file)
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
            if (ClaimChart.For(v) is { } plot)
            {
                var intervalOnly = v.Study is null && v.Series is null && v.Hawkes is null;
                Image(html, plot, $"Chart for claim {v.Claim.Id}", ChartFile.DefaultWidth, intervalOnly ? 320 : ChartFile.DefaultHeight);
            }
        }
    }

    private static void AppendDyads(StringBuilder html, BriefInput input)
    {
        html.Append("<h2>Top dyads</h2><table><tr><th class=\"t\">dyad</th><th>events</th><th>deaths (best)</th><th>low</th><th>high</th><th>first</th><th>last</th></tr>");
        var dyads = input.Events.Incidents()
            .GroupBy(e => SeriesBuilder.Keys(e, Grouping.Dyad, input.Actors).First())
            .OrderByDescending(g => g.Count()).Take(15);
        foreach (var g in dyads)
        {
            var (best, low, high) = Deaths(g.ToList());
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"t\">{Esc(g.Key)}</td><td>{g.Count():N0}</td><td>{best:N0}</td><td>{low:N0}</td><td>{high:N0}</td><td>{g.Min(e => e.DateStart):yyyy-MM-dd}</td><td>{g.Max(e => e.DateStart):yyyy-MM-dd}</td></tr>");
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

    private static double Finite(double[] values) => values.Where(double.IsFinite).Sum();

    private static (long Best, long Low, long High) Deaths(IReadOnlyCollection<ConflictEvent> events) =>
        (events.Sum(e => (long)e.Fatalities.Best),
         events.Sum(e => (long)Math.Min(e.Fatalities.Low, e.Fatalities.Best)),
         events.Sum(e => (long)Math.Max(e.Fatalities.High, e.Fatalities.Best)));

    private static void Image(StringBuilder html, Plot plot, string alt, int width = ChartFile.DefaultWidth, int height = ChartFile.DefaultHeight) =>
        html.Append(CultureInfo.InvariantCulture, $"<p><img alt=\"{Esc(alt)}\" src=\"{ChartFile.ToPngDataUri(plot, width, height)}\"></p>\n");

    private static string Esc(string text) => WebUtility.HtmlEncode(text);
}
