using Crosscurrents.Analysis;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosscurrents.Claims;
using Crosscurrents.Core.Streams;
using Crosscurrents.Reports.Charts;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents claims check FILE</c>: verdicts on an analyst's claims.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "Claim file (YAML), e.g. claims/op-ed-2024.yaml" };
        var charts = new Option<string>("--charts") { Description = "Folder for one chart per verdict" };
        var check = new Command("check", "Check each claim against the data: supported, contradicted, inconclusive or not testable, with the effect, its interval and the data used.") { file, charts };
        check.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            using var store = workspace.OpenStore(readOnly: true);
            var path = result.GetRequiredValue(file).FullName;
            var verdicts = Run(workspace, store, path);
            if (result.GetValue(charts) is { } folder)
            {
                var written = WriteCharts(workspace, verdicts, folder);
                context.Error.WriteLine($"wrote {written} charts to {Path.GetFullPath(folder)}");
            }

            var c = CultureInfo.InvariantCulture;
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(verdicts.Select(v => new
                {
                    id = v.Claim.Id,
                    text = v.Claim.Text,
                    test = v.Claim.Test,
                    verdict = v.Verdict.Text(),
                    effect = v.Effect,
                    estimate = v.Estimate,
                    ci95 = v.Lower is null ? null : new[] { v.Lower, v.Upper },
                    reason = v.Reason,
                    snapshot = v.Snapshot,
                    coverage = v.Coverage,
                    source = v.Source,
                    asOf = v.AsOfVerdict is { } a ? new
                    {
                        date = v.Claim.AsOf!.Value.ToString("yyyy-MM-dd", c),
                        verdict = a.Verdict.Text(),
                        effect = a.Effect,
                        estimate = a.Estimate,
                        ci95 = a.Lower is null ? null : new[] { a.Lower, a.Upper },
                        reason = a.Reason,
                        source = a.Source,
                    } : null,
                })));
                return 0;
            }

            var table = new Table().AddColumns("claim", "test", "verdict", "effect (95% interval)", "why");
            foreach (var v in verdicts)
            {
                var colour = v.Verdict switch { Verdict.Supported => "green", Verdict.Contradicted => "red", Verdict.Inconclusive => "yellow", _ => "grey" };
                var interval = v.Lower is null ? "" : string.Create(c, $" ({v.Lower:0.###}–{v.Upper:0.###})");
                table.AddRow(Markup.Escape(v.Claim.Id), v.Claim.Test, $"[{colour}]{v.Verdict.Text()}[/]{(v.AsOfVerdict is null ? "" : " (all data now)")}", Markup.Escape(v.Effect + interval), Markup.Escape(v.Reason + (v.Snapshot is null ? "" : $" [data {v.Snapshot}]")));
                if (v.AsOfVerdict is { } a)
                {
                    var asOfInterval = a.Lower is null ? "" : string.Create(c, $" ({a.Lower:0.###}–{a.Upper:0.###})");
                    table.AddRow("", "", Markup.Escape($"{a.Verdict.Text()} (as of {v.Claim.AsOf:yyyy-MM-dd})"), Markup.Escape(a.Effect + asOfInterval), Markup.Escape(a.Reason));
                }
            }

            context.Console.Write(table);
            context.Console.MarkupLineInterpolated($"{verdicts.Count} claims from {Path.GetFileName(path)}; data: {(verdicts.Count > 0 ? verdicts[0].Coverage : "")}");
            return 0;
        });
        return new Command("claims", "Check analysts' claims against the data.") { check };
    }

    public static IReadOnlyList<ClaimVerdict> Run(Workspace workspace, Core.Storage.IEventStore store, string path)
    {
        var actors = workspace.LoadActors();
        var streams = StreamDefinition.Load(Path.Combine(workspace.DataDirectory, "streams.csv"));
        var claims = ClaimFile.Load(path, streams, actors, workspace.LoadPlaces());
        return ClaimChecker.Check(claims, new ClaimContext(store, actors, workspace.LoadTimeline(), streams) { Reported = store.ReportedFigures() });
    }

    public static int WriteCharts(Workspace workspace, IReadOnlyList<ClaimVerdict> verdicts, string folder)
    {
        ChartStyle.UseFont(workspace.FontFile);
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var v in verdicts)
        {
            if (ClaimChart.For(v) is { } plot)
            {
                ChartFile.Save(plot, Path.Combine(folder, v.Claim.Id + ".png"));
                written++;
            }
        }

        return written;
    }
}
