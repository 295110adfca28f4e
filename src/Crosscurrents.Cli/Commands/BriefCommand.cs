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
        var command = new Command("brief", "Write the brief: one self-contained HTML file with charts, map, dyads and timeline.") { output };
        command.SetAction(result =>
        {
            var workspace = CliContext.Workspace(result);
            var path = Path.GetFullPath(result.GetValue(output)!);
            using var store = workspace.OpenStore();
            var summary = context.WithProgress("loading shipped UCDP GED data", progress => workspace.EnsureShippedData(store, context.Time, progress));
            if (summary is not null && !CliContext.Json(result))
            {
                ImportCommand.WriteSummary(context, summary, workspace.DatabasePath, store.Snapshot(EventFilter.All));
            }

            ChartStyle.UseFont(workspace.FontFile);
            var events = store.Query(EventFilter.All);
            var input = new BriefInput(events, workspace.LoadActors(), workspace.LoadPlaces(), store.Timeline(),
                File.Exists(workspace.OutlinesFile) ? CountryOutlines.Load(workspace.OutlinesFile) : CountryOutlines.Empty,
                store.Batches(), context.Time.GetUtcNow(),
                File.Exists(workspace.NoticeFile) ? File.ReadAllText(workspace.NoticeFile) : "");
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
                context.Out.WriteLine(JsonSerializer.Serialize(new { brief = path, snapshot = events.Snapshot.Id, events = events.Snapshot.EventCount, database = workspace.DatabasePath }, JsonOutput.Options));
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
}
