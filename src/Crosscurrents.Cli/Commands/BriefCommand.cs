using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Text.Json;
using Crosscurrents.Core.Events;
using Crosscurrents.Reports.Brief;
using Crosscurrents.Reports.Charts;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents brief</c>: loads the shipped data on first run, then writes the HTML brief.</summary>
internal static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "HTML file to write", DefaultValueFactory = _ => Path.Combine("out", "brief.html") };
        var claims = new Option<string>("--claims") { Description = "Claim file for the Claims section (default: the shipped claims/op-ed-2024.yaml)" };
        var command = new Command("brief", "Write the brief: one self-contained HTML file with charts, map, dyads, timeline, dynamics and claims.") { output, claims };
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            var path = Path.GetFullPath(result.GetValue(output)!);
            using var store = workspace.OpenStore();
            var summary = store.Setting(Workspace.ShippedDataSetting) == "declined" ? null : context.WithProgress("loading the shipped data", progress => workspace.EnsureShippedData(store, context.Time, progress));
            if (summary is not null && !CliContext.Json(result))
            {
                ImportCommand.WriteSummary(context, summary, workspace.DatabasePath, store.Snapshot(EventFilter.All));
            }

            ChartStyle.UseFont(workspace.FontFile);
            var events = store.Query(EventFilter.All);
            var actors = workspace.LoadActors();
            var shippedClaims = Path.Combine(AppContext.BaseDirectory, "claims", "op-ed-2024.yaml");
            var claimFile = result.GetValue(claims) is { } given ? Path.GetFullPath(given) : File.Exists(shippedClaims) ? shippedClaims : null;
            var dynamics = context.WithProgress("fitting models", progress => Dynamics(store, workspace, actors, progress));
            var input = new BriefInput(events, actors, workspace.LoadPlaces(), store.Timeline(),
                File.Exists(workspace.OutlinesFile) ? CountryOutlines.Load(workspace.OutlinesFile) : CountryOutlines.Empty,
                store.Batches(), context.Time.GetUtcNow(),
                File.Exists(workspace.NoticeFile) ? File.ReadAllText(workspace.NoticeFile) : "")
            {
                Dynamics = dynamics,
                Claims = claimFile is null ? null : context.WithProgress("checking claims", progress =>
                {
                    var verdicts = ClaimsCommand.Run(workspace, store, claimFile);
                    progress.Report(1);
                    return verdicts;
                }),
                ClaimFile = claimFile,
                Reported = store.ReportedFigures(),
            };
            var html = context.WithProgress("writing brief", progress =>
            {
                var text = BriefWriter.Render(input);
                progress.Report(1);
                return text;
            });
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, html);
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new { brief = path, snapshot = events.Snapshot.Id, events = events.Snapshot.EventCount, database = workspace.DatabasePath }));
            }
            else
            {
                context.Out.WriteLine($"Brief: {path}");
                context.Out.WriteLine($"Data snapshot: {events.Snapshot.Id} ({events.Snapshot.EventCount:N0} events) in {workspace.DatabasePath}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// The models behind the Dynamics section, on the TTP and Baloch streams: changepoints, a Hawkes fit from 2007 and
    /// event studies around ceasefire ends, operations and talks. A model the data cannot support is left out, not faked.
    /// </summary>
    private static BriefDynamics? Dynamics(Core.Storage.IEventStore store, Workspace workspace, Core.Actors.ActorRegistry actors, IProgress<double> progress)
    {
        var streams = Analyses.Streams(workspace, "ttp,baloch");
        if (store.Coverage() is not { Last: { } last })
        {
            return null;
        }

        var changepoints = TryRun(() => Analyses.Changepoints(store, actors, streams[0], new Series.Counts.SeriesOptions(Series.Counts.TimeResolution.Month),
            new Models.Changepoints.ChangepointOptions(MinSegment: 6, Bootstraps: 100, Seed: 1)));
        progress.Report(0.25);
        var first = new DateOnly(2007, 1, 1);
        var hawkes = last > first.AddYears(2)
            ? TryRun(() => Analyses.Hawkes(store, workspace, actors, streams, first, last, new Series.Covariates.CovariateOptions(), seed: 1, chooseTrendKnots: true))
            : null;
        progress.Report(0.5);
        var studies = new List<BriefStudy>();
        foreach (var (kind, title) in new[] { ("ceasefire_end", "TTP-family events around ceasefire ends"), ("military_operation", "TTP-family events around the start of military operations"), ("negotiation", "TTP-family events around talks and peace deals") })
        {
            var run = TryRun(() => Analyses.Study(store, workspace, actors, streams[0], [kind], Series.Counts.TimeResolution.Week, new Models.EventStudies.EventStudyOptions(Window: 4, Placebos: 100, Seed: 1)));
            if (run is not null)
            {
                studies.Add(new BriefStudy(title, run.Result, "week", run.Result.Interventions.Select(i => run.Series.PeriodStarts[i]).ToList(), run.Snapshot.Id));
            }
        }

        progress.Report(1);
        return new BriefDynamics(hawkes?.Fit, hawkes?.GoodnessOfFit, hawkes?.Snapshot.Id, hawkes is null ? "" : $"{hawkes.First:yyyy-MM-dd} to {hawkes.Last:yyyy-MM-dd}",
            studies, changepoints?.Series, changepoints?.Result, changepoints?.Snapshot.Id);
    }

    private static T? TryRun<T>(Func<T> run)
        where T : class
    {
        try
        {
            return run();
        }
        catch (Exception ex) when (ex is UsageException or ArgumentException)
        {
            return null;
        }
    }
}
