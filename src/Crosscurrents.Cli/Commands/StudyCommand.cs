using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Core.Events;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents study</c>: an event study of a stream around timeline interventions.</summary>
internal static class StudyCommand
{
    /// <summary>Two years of weeks; a wider window leaves no intervention with data on both sides.</summary>
    private const int MaxWindow = 104;

    public static Command Create(CliContext context)
    {
        var stream = new Option<string>("--stream") { Description = "Stream (data/streams.csv): ttp, pak-ttp, bla, baloch, isk, one-sided, all, ...", DefaultValueFactory = _ => "ttp" };
        var kinds = new Option<string>("--kind") { Description = "Timeline kinds to study, comma-separated (ceasefire_end, cross_border_strike, military_operation, ...)", DefaultValueFactory = _ => "ceasefire_end" };
        var by = new Option<TimeResolution>("--by") { Description = "week or month", DefaultValueFactory = _ => TimeResolution.Week };
        var window = OptionRange.Int("--window", "Periods in each window before and after", 4, 1, MaxWindow);
        var placebos = OptionRange.Int("--placebos", "Placebo draws (random dates) for the permutation test", 200, 0, 10_000);
        var seed = new Option<int>("--seed") { Description = "Seed of the placebo draws", DefaultValueFactory = _ => 1 };
        var chart = new Option<string>("--chart") { Description = "Write a chart: FILE.png or FILE.svg" };
        var command = new Command("study", "Event study: did a stream's rate change after ceasefire ends, strikes or operations? Negative-binomial model with trend and season, placebo dates.")
        {
            stream, kinds, by, window, placebos, seed, chart,
        };
        command.SetAction(result =>
        {
            var options = new EventStudyOptions(OptionRange.Get(result, window, 1, MaxWindow), OptionRange.Get(result, placebos, 0, 10_000), result.GetValue(seed));
            var kindList = result.GetValue(kinds)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            using var analysis = context.Open(result);
            var study = StudyAnalysis.Run(analysis.Context, new StudyRequest(result.GetValue(stream)!, kindList, result.GetValue(by), options));
            context.Chart(result, chart, style => ResultCharts.Study(study, style));
            return context.Render(result, study, DynamicsViews.Write);
        });
        return command;
    }
}
