using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Series.Counts;
using Spectre.Console;

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
            var windowPeriods = OptionRange.Get(result, window, 1, MaxWindow);
            var placeboDraws = OptionRange.Get(result, placebos, 0, 10_000);
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            var definition = Analyses.Stream(workspace, result.GetValue(stream)!, "--stream");
            var resolution = result.GetValue(by);
            if (resolution is not (TimeResolution.Week or TimeResolution.Month))
            {
                throw new UsageException("--by: use week or month");
            }

            using var store = workspace.OpenStore(readOnly: true);
            var kindList = result.GetValue(kinds)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var options = new EventStudyOptions(windowPeriods, placeboDraws, result.GetValue(seed));
            var run = Analyses.Study(store, workspace, actors, definition, kindList, resolution, options);
            var study = run.Result;
            var series = run.Series;
            var periodName = resolution == TimeResolution.Week ? "week" : "month";
            var used = study.Interventions.Select(i => series.PeriodStarts[i]).ToList();
            if (result.GetValue(chart) is { } chartPath)
            {
                ChartStyle.UseFont(workspace.FontFile);
                ChartFile.Save(EventStudyChart.Draw(study, $"{definition.Name} around {string.Join(", ", kindList)} (data {run.Snapshot.Id})", periodName), chartPath);
                context.Error.WriteLine($"wrote chart {Path.GetFullPath(chartPath)}");
            }

            var c = CultureInfo.InvariantCulture;
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    stream = definition.Name,
                    kinds = kindList,
                    resolution = periodName,
                    window = options.Window,
                    interventions = used.Select(d => d.ToString("yyyy-MM-dd", c)),
                    eventsBefore = study.EventsBefore,
                    eventsAfter = study.EventsAfter,
                    rateRatio = study.RateRatio,
                    ci95 = new[] { study.Interval.Lower, study.Interval.Upper },
                    placeboPValue = study.PlaceboPValue,
                    placeboDraws = study.PlaceboDraws,
                    placeboRange95 = new[] { study.PlaceboRange.Lower, study.PlaceboRange.Upper },
                    profile = study.Profile,
                    model = "negative binomial (NB2), log link: trend, trend², annual harmonic, before and after indicators; robust (HC0) SE",
                    theta = study.Model.Theta,
                    seed = options.Seed,
                    snapshot = run.Snapshot.Id,
                }));
                return 0;
            }

            var table = new Table().AddColumns("", "");
            table.AddRow("stream", Markup.Escape($"{definition.Name}: {definition.Description}"));
            table.AddRow("interventions", Markup.Escape($"{study.Interventions.Count} of {run.TimelineEntries} {string.Join(", ", kindList)} (with full windows): {string.Join(", ", used.Select(d => d.ToString("yyyy-MM-dd", c)))}"));
            table.AddRow("windows", $"{options.Window} {periodName}s before and after");
            table.AddRow("events before / after", string.Create(c, $"{study.EventsBefore:0} / {study.EventsAfter:0}"));
            table.AddRow("after/before rate ratio", string.Create(c, $"{study.RateRatio:0.00} (95% CI {study.Interval.Lower:0.00}–{study.Interval.Upper:0.00}), adjusted for trend and season"));
            table.AddRow("placebo test", string.Create(c, $"p = {study.PlaceboPValue:0.000} over {study.PlaceboDraws} random date sets; random dates give {study.PlaceboRange.Lower:0.00}–{study.PlaceboRange.Upper:0.00}"));
            table.AddRow("model", string.Create(c, $"negative binomial, θ = {study.Model.Theta:0.00}; seed {options.Seed}; data snapshot {run.Snapshot.Id}"));
            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
