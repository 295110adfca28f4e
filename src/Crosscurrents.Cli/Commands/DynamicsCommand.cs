using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Analysis.Inputs;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents dynamics fit</c>: a multivariate Hawkes model of daily counts with timeline covariates.</summary>
internal static class DynamicsCommand
{
    public static Command Create(CliContext context)
    {
        var streams = new Option<string>("--streams") { Description = "Comma-separated streams (data/streams.csv), e.g. ttp,bla", DefaultValueFactory = _ => "ttp,baloch" };
        var from = new Option<string>("--from") { Description = "First day (yyyy, yyyy-MM or yyyy-MM-dd)", DefaultValueFactory = _ => "2007" };
        var to = new Option<string>("--to") { Description = "Last day (default: the last event in the store)" };
        var afterCeasefire = OptionRange.Int("--after-ceasefire", "Days in the 'after a ceasefire ended' window (0: leave out)", 30, 0, 365);
        var windowAfter = new Option<string[]>("--window-after") { Description = "STREAM:DAYS, repeatable: a background covariate for the DAYS days after an event of STREAM (estimates deterrence, e.g. pak-strikes-afg:14)", AllowMultipleArgumentsPerToken = true };
        var bootstrap = OptionRange.Int("--bootstrap", "Parametric bootstrap replications for the branching ratios (0: Wald intervals only)", 0, 0, 1000);
        var knots = OptionRange.Int("--trend-knots", "Slope changes in the background trend (evenly spaced; 0 = straight line; -1: chosen by BIC among 0, 1, 2, 4, 6, 9, 12, at most one a year)", -1, -1, DynamicsAnalysis.MaxKnots);
        var chart = new Option<string>("--chart") { Description = "Write the branching matrix as a heat map: FILE.png or FILE.svg" };
        var qq = new Option<string>("--qq") { Description = "Write the QQ plot of the time-rescaling residuals: FILE.png or FILE.svg" };
        var seed = new Option<int>("--seed") { Description = "Seed of the randomised residuals", DefaultValueFactory = _ => 1 };
        var fit = new Command("fit", "Fit a multivariate Hawkes model: who excites whom (branching ratios with intervals), half-lives, background rate ratios for ceasefires, talks and the 2021 takeover, goodness of fit.")
        {
            streams, from, to, afterCeasefire, windowAfter, knots, bootstrap, chart, qq, seed,
        };
        fit.SetAction(result =>
        {
            var request = new DynamicsRequest(result.GetValue(streams)!, DateInput.Parse(result.GetValue(from), "--from", end: false), DateInput.Parse(result.GetValue(to), "--to", end: true),
                OptionRange.Get(result, afterCeasefire, 0, 365), result.GetValue(windowAfter), OptionRange.Get(result, knots, -1, DynamicsAnalysis.MaxKnots),
                OptionRange.Get(result, bootstrap, 0, 1000), result.GetValue(seed));
            using var analysis = context.Open(result);
            var fitted = context.WithStages("dynamics", progress => DynamicsAnalysis.Run(analysis.Context, request, progress));
            context.Note(fitted.Coverage);
            if (fitted.Usable)
            {
                context.Chart(result, chart, style => ResultCharts.Branching(fitted, style), 900, 700);
                context.Chart(result, qq, style => ResultCharts.Residuals(fitted, style)!, 800, 700);
            }
            else
            {
                context.Error.WriteLine("try fewer streams, a shorter span, or --trend-knots 0");
            }

            return context.Render(result, fitted, DynamicsView.Write);
        });
        var stream = new Option<string>("--stream") { Description = "The stream whose models are compared (data/streams.csv)", DefaultValueFactory = _ => "ttp" };
        var compareFrom = new Option<string>("--from") { Description = "First day (yyyy, yyyy-MM or yyyy-MM-dd)", DefaultValueFactory = _ => "2007" };
        var compareTo = new Option<string>("--to") { Description = "Last day (default: the last event in the store)" };
        var testShare = new Option<double>("--test-share") { Description = "Share of the covered days, at the end, held out for scoring (0.1 to 0.5; at least a year)", DefaultValueFactory = _ => 0.25 };
        var compareSeed = new Option<int>("--seed") { Description = "Seed of the randomised residuals", DefaultValueFactory = _ => 1 };
        var compare = new Command("compare", "Compare models of one stream out of sample: the stream as one, split by province, split by kind of violence; fitted on the first days, scored one day ahead on the held-out last days.")
        {
            stream, compareFrom, compareTo, testShare, compareSeed,
        };
        compare.SetAction(result =>
        {
            var request = new ModelComparisonRequest(result.GetValue(stream)!, DateInput.Parse(result.GetValue(compareFrom), "--from", end: false),
                DateInput.Parse(result.GetValue(compareTo), "--to", end: true), result.GetValue(testShare), result.GetValue(compareSeed));
            using var analysis = context.Open(result);
            var compared = context.WithStages("dynamics compare", _ => ModelComparison.Run(analysis.Context, request));
            context.Note(compared.Coverage);
            return context.Render(result, compared, DynamicsView.Write);
        });
        var command = new Command("dynamics", "Escalation and retaliation dynamics between streams.") { fit, compare };
        return command;
    }
}
