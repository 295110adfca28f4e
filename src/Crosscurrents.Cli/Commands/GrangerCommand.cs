using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Models.TimeSeries;
using Crosscurrents.Series.Counts;
using Spectre.Console;

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
            var p = OptionRange.Get(result, lags, MinLags, MaxLags);
            var workspace = context.Workspace(result);
            var actors = workspace.LoadActors();
            var chosen = Analyses.Streams(workspace, result.GetValue(streams)!);
            if (chosen.Count < 2)
            {
                throw new UsageException("--streams: give at least two streams");
            }

            using var store = workspace.OpenStore(readOnly: true);
            var window = Analyses.Window(store, actors, chosen, Crosscurrents.Analysis.Inputs.DateInput.Parse(result.GetValue(from), "--from", end: false), Crosscurrents.Analysis.Inputs.DateInput.Parse(result.GetValue(to), "--to", end: true));
            var (first, last) = (window.From, window.To);
            if (window.Note.Length > 0)
            {
                context.Error.WriteLine($"note: {window.Note}");
            }

            var resolution = result.GetValue(by);
            var sets = chosen.Select(s => store.Query(s.ToFilter(actors) with { From = first, To = last })).ToList();
            var built = sets.Select(set => SeriesBuilder.Build(set, new SeriesOptions(resolution, From: first, To: last), actors)).ToList();
            var series = built.Select(b => b.Groups[0].Best).ToList();
            var tests = new List<(string Cause, string Effect, GrangerTest Test)>();
            for (var i = 0; i < chosen.Count; i++)
            {
                for (var j = 0; j < chosen.Count; j++)
                {
                    if (i != j)
                    {
                        tests.Add((chosen[i].Name, chosen[j].Name, VectorAutoregression.Granger(series[i], series[j], p)));
                    }
                }
            }

            var coefficients = VectorAutoregression.Fit(series, p);
            var snapshot = Core.Snapshots.DataSnapshot.Compute(sets.SelectMany(s => s.Events).DistinctBy(e => e.Id).Select(e => (e.Id, Core.Events.EventContentHash.Compute(e))));
            if (result.GetValue(chart) is { } chartPath)
            {
                Reports.Charts.ChartStyle.UseFont(workspace.FontFile);
                var together = new EventSeries(built[0].Options with { Grouping = Grouping.Actor }, built[0].PeriodStarts,
                    built.Select((b, i) => b.Groups[0] with { Name = chosen[i].Name }).ToList(), snapshot);
                Reports.Charts.ChartFile.Save(Reports.Charts.SeriesChart.Draw(together, $"Events per {resolution.ToString().ToLowerInvariant()} (data {snapshot.Id})"), chartPath);
                context.Error.WriteLine($"wrote chart {Path.GetFullPath(chartPath)}");
            }

            var c = CultureInfo.InvariantCulture;
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    streams = chosen.Select(s => s.Name),
                    resolution,
                    lags = p,
                    periods = series[0].Length,
                    granger = tests.Select(t => new { cause = t.Cause, effect = t.Effect, f = t.Test.F, p = t.Test.PValue, dfNumerator = t.Test.DfNumerator, dfDenominator = t.Test.DfDenominator }),
                    var = Enumerable.Range(0, chosen.Count).Select(e => new
                    {
                        equation = chosen[e].Name,
                        coefficients = Enumerable.Range(0, coefficients.GetLength(0)).Select(r => new
                        {
                            term = r == 0 ? "const" : $"L{((r - 1) / chosen.Count) + 1}.{chosen[(r - 1) % chosen.Count].Name}",
                            estimate = coefficients[r, e],
                        }),
                    }),
                    model = "least squares VAR with a constant; pairwise Granger ssr F tests",
                    snapshot = snapshot.Id,
                }));
                return 0;
            }

            var table = new Table().AddColumns("cause", "effect", "F", "df", "p");
            foreach (var (cause, effect, test) in tests)
            {
                table.AddRow(cause, effect, test.F.ToString("0.000", c), $"{test.DfNumerator}, {test.DfDenominator}", test.PValue.ToString("0.0000", c));
            }

            context.Console.Write(table);
            context.Console.MarkupLineInterpolated($"{series[0].Length} {resolution.ToString().ToLowerInvariant()}s, lag {p}; data snapshot {snapshot.Id}; VAR coefficients with --json");
            return 0;
        });
        return command;
    }
}
