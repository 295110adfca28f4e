using Crosscurrents.Analysis.Series;
using Crosscurrents.Core.Events;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents series</c>: counts or deaths per day, week, month or year, optionally by group, with a chart.</summary>
internal static class SeriesCommand
{
    public static Command Create(CliContext context)
    {
        var filters = new FilterOptions();
        var by = new Option<TimeResolution>("--by") { Description = "Time step: day, week, month or year", DefaultValueFactory = _ => TimeResolution.Month };
        var measure = new Option<Measure>("--measure") { Description = "events or fatalities", DefaultValueFactory = _ => Measure.Events };
        var group = new Option<Grouping>("--group") { Description = "none, actor, province, district or dyad", DefaultValueFactory = _ => Grouping.None };
        var top = OptionRange.Int("--top", "Largest groups kept; the rest are summed as 'other'", 8, 1, 100);
        var chart = new Option<string>("--chart") { Description = "Write a chart: FILE.png or FILE.svg" };
        var periods = new Option<bool>("--periods") { Description = "Draw the timeline periods on the chart" };
        var withReported = new Option<bool>("--with-reported") { Description = "Add the reported figures for the same country (PICSS, PIPS, UCDP country-year) as separate lines, gaps left as gaps (--by month or year, no --group)" };
        var command = new Command("series", "Events or deaths over time, by actor, province or dyad.") { by, measure, group, top, chart, periods, withReported };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var request = new SeriesRequest(filters.Query(result), result.GetValue(by), result.GetValue(measure), result.GetValue(group), OptionRange.Get(result, top, 1, 100));
            using var analysis = context.Open(result);
            if (result.GetValue(withReported))
            {
                var sources = SeriesAnalysis.WithReported(analysis.Context, request);
                context.Chart(result, chart, style => ResultCharts.Sources(sources, style));
                return context.Render(result, sources, SeriesView.Write);
            }

            var series = SeriesAnalysis.Run(analysis.Context, request);
            context.Chart(result, chart, style => ResultCharts.Series(series, style, result.GetValue(periods) ? analysis.Context.Timeline.Periods : null));
            return context.Render(result, series, SeriesView.Write);
        });
        return command;
    }
}
