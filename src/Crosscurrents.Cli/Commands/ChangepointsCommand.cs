using Crosscurrents.Analysis;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Models.Changepoints;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Series.Counts;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents changepoints</c>: when did the level of a stream's violence change?</summary>
internal static class ChangepointsCommand
{
    public static Command Create(CliContext context)
    {
        var stream = new Option<string>("--stream") { Description = "Stream (data/streams.csv)", DefaultValueFactory = _ => "ttp" };
        var by = new Option<TimeResolution>("--by") { Description = "week, month or year", DefaultValueFactory = _ => TimeResolution.Month };
        var measure = new Option<Measure>("--measure") { Description = "events or fatalities", DefaultValueFactory = _ => Measure.Events };
        var minSegment = OptionRange.Int("--min-segment", "Shortest segment, in periods", 6, 1, 520);
        var penalty = new Option<double?>("--penalty") { Description = "Penalty per change (0 to 1e6; default 2 ln n)" };
        var bootstraps = OptionRange.Int("--bootstraps", "Bootstrap replications for the uncertainty of each date", 200, 0, 10_000);
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap", DefaultValueFactory = _ => 1 };
        var chart = new Option<string>("--chart") { Description = "Write a chart: FILE.png or FILE.svg" };
        var command = new Command("changepoints", "Changepoints in a stream's counts (PELT, Poisson cost), with bootstrap ranges, lined up with the timeline.")
        {
            stream, by, measure, minSegment, penalty, bootstraps, seed, chart,
        };
        command.SetAction(result =>
        {
            var options = new ChangepointOptions(OptionRange.Get(result, minSegment, 1, 520), OptionRange.Get(result, penalty, 0, 1e6),
                OptionRange.Get(result, bootstraps, 0, 10_000), result.GetValue(seed));
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            var definition = Analyses.Stream(workspace, result.GetValue(stream)!, "--stream");
            using var store = workspace.OpenStore(readOnly: true);
            var run = Analyses.Changepoints(store, actors, definition, new SeriesOptions(result.GetValue(by), result.GetValue(measure)), options);
            var (series, found) = (run.Series, run.Result);
            var timeline = workspace.LoadTimeline();
            var c = CultureInfo.InvariantCulture;
            string Label(int i) => i < series.PeriodStarts.Count ? series.Label(i) : "end";
            string Nearby(int index)
            {
                var date = series.PeriodStarts[index];
                var near = timeline.Periods.Where(p => p.Kind is not "major_attack" && Math.Abs(p.Start.DayNumber - date.DayNumber) <= 120)
                    .OrderBy(p => Math.Abs(p.Start.DayNumber - date.DayNumber)).Take(2);
                return string.Join("; ", near.Select(p => $"{p.Start:yyyy-MM-dd} {p.Kind.Replace('_', ' ')}"));
            }

            if (result.GetValue(chart) is { } chartPath)
            {
                ChartStyle.UseFont(workspace.FontFile);
                ChartFile.Save(ChangepointChart.Draw(series, found, $"{definition.Name}: changepoints (data {run.Snapshot.Id})"), chartPath);
                context.Error.WriteLine($"wrote chart {Path.GetFullPath(chartPath)}");
            }

            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    stream = definition.Name,
                    resolution = series.Options.Resolution,
                    measure = series.Options.Measure,
                    penalty = found.Penalty,
                    changes = found.Changes.Select(x => new { period = Label(x.Index), range95 = new[] { Label(x.Lower), Label(x.Upper) }, support = x.Support, nearTimeline = Nearby(x.Index) }),
                    segments = found.Segments.Select(s => new { from = Label(s.Start), to = Label(s.End - 1), mean = s.Mean }),
                    model = "PELT with a Poisson segment cost; parametric bootstrap for the dates",
                    seed = options.Seed,
                    snapshot = run.Snapshot.Id,
                }));
                return 0;
            }

            var table = new Table().AddColumns("segment", "mean per period", "change at", "95% range", "support", "timeline nearby (±4 months)");
            for (var i = 0; i < found.Segments.Count; i++)
            {
                var s = found.Segments[i];
                var change = i > 0 ? found.Changes[i - 1] : null;
                table.AddRow(
                    $"{Label(s.Start)} – {Label(s.End - 1)}",
                    s.Mean.ToString("0.0", c),
                    change is null ? "" : Label(change.Index),
                    change is null ? "" : $"{Label(change.Lower)} – {Label(change.Upper)}",
                    change is null || double.IsNaN(change.Support) ? "" : change.Support.ToString("P0", c),
                    change is null ? "" : Markup.Escape(Nearby(change.Index)));
            }

            context.Console.Write(table);
            context.Console.MarkupLineInterpolated($"{found.Changes.Count} changes; penalty {found.Penalty:0.0}; seed {options.Seed}; data snapshot {run.Snapshot.Id}");
            return 0;
        });
        return command;
    }
}
