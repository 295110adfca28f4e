using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Core.Events;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents granger</c>: pairwise Granger tests and a VAR between stream counts.</summary>
internal static class GrangerCommand
{
    private const int MinLags = 1;
    private const int MaxLags = 24;

    public static Command Create(CliContext context)
    {
        var streams = new Option<string>("--streams") { Description = "Two or more streams, comma-separated", DefaultValueFactory = _ => "ttp,baloch" };
        var by = new Option<TimeResolution>("--by") { Description = "week or month", DefaultValueFactory = _ => TimeResolution.Month };
        var lags = OptionRange.Int("--lags", "Lag order", 2, MinLags, MaxLags);
        var from = new Option<string>("--from") { Description = "First period (yyyy, yyyy-MM or yyyy-MM-dd)", DefaultValueFactory = _ => "2007" };
        var to = new Option<string>("--to") { Description = "Last period" };
        var chart = new Option<string>("--chart") { Description = "Write the series tested: FILE.png or FILE.svg" };
        var command = new Command("granger", "Granger causality F tests between stream counts, and the VAR coefficients (a linear cross-check of the Hawkes directions).")
        {
            streams, by, lags, from, to, chart,
        };
        command.SetAction(result =>
        {
            var request = new GrangerRequest(result.GetValue(streams)!, result.GetValue(by), OptionRange.Get(result, lags, MinLags, MaxLags),
                DateInput.Parse(result.GetValue(from), "--from", end: false), DateInput.Parse(result.GetValue(to), "--to", end: true));
            using var analysis = context.Open(result);
            var granger = GrangerAnalysis.Run(analysis.Context, request);
            context.Note(granger.Coverage);
            context.Chart(result, chart, style => ResultCharts.Granger(granger, style));
            return context.Render(result, granger, DynamicsViews.Write);
        });
        return command;
    }
}
