using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Core.Events;
using Crosscurrents.Models.Changepoints;
using Crosscurrents.Series.Counts;

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
            using var analysis = context.Open(result);
            var found = ChangepointsAnalysis.Run(analysis.Context, new ChangepointsRequest(result.GetValue(stream)!, result.GetValue(by), result.GetValue(measure), options));
            context.Chart(result, chart, style => ResultCharts.Changepoints(found, style));
            return context.Render(result, found, DynamicsViews.Write);
        });
        return command;
    }
}
