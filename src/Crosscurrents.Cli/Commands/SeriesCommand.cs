using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Series.Counts;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents series</c>: counts or deaths per day, week, month or year, optionally by group, with a chart.</summary>
internal static class SeriesCommand
{
    public static Command Create(CliContext context)
    {
        var filters = new FilterOptions();
        var by = new Option<TimeResolution>("--by") { Description = "Time step: day, week, month or year", DefaultValueFactory = _ => TimeResolution.Month };
        var measure = new Option<Measure>("--measure") { Description = "events or fatalities", DefaultValueFactory = _ => Measure.Events };
        var group = new Option<Grouping>("--group") { Description = "none, actor, province or dyad", DefaultValueFactory = _ => Grouping.None };
        var top = OptionRange.Int("--top", "Largest groups kept; the rest are summed as 'other'", 8, 1, 100);
        var chart = new Option<string>("--chart") { Description = "Write a chart: FILE.png or FILE.svg" };
        var periods = new Option<bool>("--periods") { Description = "Draw the timeline periods on the chart" };
        var withReported = new Option<bool>("--with-reported") { Description = "Add the reported figures for the same country (PICSS, PIPS, UCDP country-year) as separate lines, gaps left as gaps (--by month or year, no --group)" };
        var command = new Command("series", "Events or deaths over time, by actor, province or dyad.") { by, measure, group, top, chart, periods, withReported };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var topGroups = OptionRange.Get(result, top, 1, 100);
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            var filter = filters.Build(result, actors);
            using var store = workspace.OpenStore(readOnly: true);
            var set = store.Query(filter);
            var options = new SeriesOptions(result.GetValue(by), result.GetValue(measure), result.GetValue(group), topGroups, filter.From, filter.To);
            var series = SeriesBuilder.Build(set, options, actors);
            if (result.GetValue(withReported))
            {
                if (options.Grouping != Grouping.None || options.Resolution is not (TimeResolution.Month or TimeResolution.Year))
                {
                    throw new UsageException("--with-reported: use --by month or year without --group");
                }

                var reported = Series.Reported.ReportedComparison.For(store.ReportedFigures(), options.Measure, options.Resolution, filter.Country ?? "Pakistan");
                var sources = new List<(string, IReadOnlyList<(DateOnly, double?)>)> { ($"{(options.Measure == Measure.Events ? "events" : "deaths")} in the event data ({set.Snapshot.Id})", SourcesChart.Points(series)) };
                var start = filter.From is { } f ? PeriodCalendar.StartOf(f, options.Resolution) : DateOnly.MinValue;
                var end = filter.To ?? DateOnly.MaxValue;
                sources.AddRange(reported.Select(r => (r.Label, (IReadOnlyList<(DateOnly, double?)>)r.Points.Where(p => p.Period >= start && p.Period <= end).ToList())));
                if (result.GetValue(chart) is { } sourcesChart)
                {
                    ChartStyle.UseFont(workspace.FontFile);
                    ChartFile.Save(SourcesChart.Draw(sources, "Event data and reported figures (each line its own source and definition)", options.Measure == Measure.Events ? "events / attacks" : "deaths"), sourcesChart);
                    context.Error.WriteLine($"wrote chart {Path.GetFullPath(sourcesChart)}");
                }

                var c2 = CultureInfo.InvariantCulture;
                var labels = sources.SelectMany(s => s.Item2.Select(p => p.Item1)).Distinct().Order().ToList();
                if (CliContext.Json(result))
                {
                    context.Out.WriteLine(ResultJson.Serialize(new
                    {
                        snapshot = set.Snapshot.Id,
                        sources = sources.Select(s => new { label = s.Item1, points = s.Item2.Select(p => new { period = PeriodCalendar.Label(p.Item1, options.Resolution), value = p.Item2 }) }),
                    }));
                    return 0;
                }

                var compare = new Table().AddColumn("period");
                foreach (var s in sources)
                {
                    compare.AddColumn(new TableColumn(Markup.Escape(s.Item1)).RightAligned());
                }

                foreach (var label in labels)
                {
                    compare.AddRow([PeriodCalendar.Label(label, options.Resolution), .. sources.Select(s => s.Item2.FirstOrDefault(p => p.Item1 == label).Item2?.ToString("N0", c2) ?? "")]);
                }

                context.Console.Write(compare);
                context.Console.MarkupLine("Empty cells: nothing published (never interpolated). Definitions differ between sources; province figures are not added up.");
                return 0;
            }

            if (result.GetValue(chart) is { } chartPath)
            {
                ChartStyle.UseFont(workspace.FontFile);
                var title = $"{(options.Measure == Measure.Events ? "Events" : "Deaths")} per {options.Resolution.ToString().ToLowerInvariant()}" +
                    (options.Grouping == Grouping.None ? "" : $" by {options.Grouping.ToString().ToLowerInvariant()}") + $"  (data {set.Snapshot.Id})";
                ChartFile.Save(SeriesChart.Draw(series, title, result.GetValue(periods) ? workspace.LoadTimeline().Periods : null), chartPath);
                context.Error.WriteLine($"wrote chart {Path.GetFullPath(chartPath)}");
            }

            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    snapshot = set.Snapshot.Id,
                    events = set.Snapshot.EventCount,
                    resolution = options.Resolution,
                    measure = options.Measure,
                    grouping = options.Grouping,
                    periods = series.PeriodStarts.Select((_, i) => series.Label(i)),
                    covered = series.Covered,
                    coverage = series.CoverageNote,
                    groups = series.Groups.Select(g => new { name = g.Name, total = g.Total, best = Nullable(g.Best), low = Nullable(g.Low), high = Nullable(g.High) }),
                }));
                return 0;
            }

            WriteTable(context, series);
            context.Console.MarkupLineInterpolated($"{set.Events.Count:N0} events; data snapshot {set.Snapshot.Id}");
            context.Console.MarkupLineInterpolated($"Coverage: {series.CoverageNote}. \"no data\": no complete source covers the period (never read as zero).");
            return 0;
        });
        return command;
    }

    /// <summary>Values with uncovered periods as null ("no data"), never 0.</summary>
    private static double?[] Nullable(double[] values) => values.Select(v => double.IsFinite(v) ? v : (double?)null).ToArray();

    private static void WriteTable(CliContext context, EventSeries series)
    {
        var c = CultureInfo.InvariantCulture;
        var fatalities = series.Options.Measure == Measure.Fatalities;
        var table = new Table().AddColumn("period");
        foreach (var g in series.Groups)
        {
            table.AddColumn(new TableColumn(Markup.Escape(g.Name)).RightAligned());
        }

        for (var i = 0; i < series.PeriodStarts.Count; i++)
        {
            var cells = new List<string> { series.Label(i) };
            foreach (var g in series.Groups)
            {
                cells.Add(!series.IsCovered(i) ? "no data" : fatalities && g.Low[i] != g.High[i]
                    ? string.Create(c, $"{g.Best[i]:0} ({g.Low[i]:0}–{g.High[i]:0})")
                    : g.Best[i].ToString("0", c));
            }

            table.AddRow(cells.ToArray());
        }

        context.Console.Write(table);
    }
}
