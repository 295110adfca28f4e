using Crosscurrents.Analysis;
using System.CommandLine;
using System.Globalization;
using Crosscurrents.Core.Events;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents datasets</c>: every dataset in the store with its coverage, counts and provenance.</summary>
internal static class DatasetsCommand
{
    public static Command Create(CliContext context)
    {
        var showLinks = new Option<bool>("--links") { Description = "Also list every report matched to a report of the same incident in another dataset, with the rule that matched them" };
        var command = new Command("datasets", "List the datasets in the store: what each covers (days, countries, kinds; complete, partial or sample), how many events, which files, and how many reports were matched to another dataset's.") { showLinks };
        command.SetAction(result =>
        {
            var workspace = context.Workspace(result);
            using var store = workspace.OpenStore(readOnly: true);
            var batches = store.Batches();
            var links = store.Links();
            var linkedIds = links.Select(l => l.EventId).ToHashSet(StringComparer.Ordinal);
            var leadIds = links.Select(l => l.IncidentId).ToHashSet(StringComparer.Ordinal);
            var rows = batches.GroupBy(b => b.Dataset, StringComparer.Ordinal).Select(g =>
            {
                // Counts and snapshot from the store without reading the events; ids are "dataset:source id".
                var snapshot = store.Snapshot(EventFilter.All with { Dataset = g.Key });
                var prefix = g.Key + ":";
                return new DatasetRow(
                    g.Key,
                    g.Select(b => b.DatasetVersion).Distinct(StringComparer.Ordinal).ToList(),
                    snapshot.EventCount,
                    linkedIds.Concat(leadIds).Distinct(StringComparer.Ordinal).Count(id => id.StartsWith(prefix, StringComparison.Ordinal)),
                    snapshot.Id,
                    g.Select(b => new DatasetImport(b.Id, b.File, b.FileSha256, b.Format, b.DatasetVersion, b.StartedAt, b.Read, b.Imported, b.Updated, b.Rejected,
                        b.Coverage is null ? null : new DatasetCoverageRow(b.Coverage.Completeness.ToString().ToLowerInvariant(), b.Coverage.From, b.Coverage.To,
                            b.Coverage.Countries, b.Coverage.Provinces, b.Coverage.Kinds?.Select(k => k.ToString()).ToList(), b.Coverage.Origin, b.Coverage.Rule))).ToList());
            }).ToList();
            var map = store.CoverageMap();
            var overall = map.Describe(Core.Coverage.CoverageScope.Everywhere);
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    coverage = overall,
                    linkedReports = links.Count,
                    datasets = rows,
                    links = result.GetValue(showLinks) ? links.Select(l => new { report = l.EventId, incident = l.IncidentId, days = l.Days, rule = l.Rule }) : null,
                }));
                return 0;
            }

            var c = CultureInfo.InvariantCulture;
            var table = new Table().AddColumns("dataset", "releases", "events", "matched", "completeness", "covers", "where", "how", "files");
            foreach (var row in rows)
            {
                var coverages = row.Imports.Where(i => i.Coverage is not null).Select(i => i.Coverage!).ToList();
                table.AddRow(
                    Markup.Escape(row.Dataset),
                    Markup.Escape(string.Join(", ", row.Releases)),
                    row.Events.ToString("N0", c),
                    row.Matched.ToString("N0", c),
                    Markup.Escape(string.Join(", ", coverages.Select(v => v.Completeness).Distinct(StringComparer.Ordinal))),
                    Markup.Escape(string.Join(", ", coverages.Select(v => v.From is { } f && v.To is { } t ? $"{f:yyyy-MM-dd}..{t:yyyy-MM-dd}" : "no days"))),
                    Markup.Escape(string.Join(", ", coverages.SelectMany(v => v.Countries).Distinct(StringComparer.Ordinal))),
                    Markup.Escape(string.Join(" | ", coverages.Select(v => v.Rule).Distinct(StringComparer.Ordinal))),
                    Markup.Escape(string.Join(", ", row.Imports.Select(i => Path.GetFileName(i.File)).Distinct(StringComparer.Ordinal))));
            }

            context.Console.Write(table);
            if (result.GetValue(showLinks) && links.Count > 0)
            {
                var linked = new Table().AddColumns("report", "same incident as", "days apart", "why");
                foreach (var l in links)
                {
                    linked.AddRow(Markup.Escape(l.EventId), Markup.Escape(l.IncidentId), l.Days.ToString(c), Markup.Escape(l.Rule));
                }

                context.Console.Write(linked);
            }

            context.Console.MarkupLineInterpolated($"Coverage: {overall}.");
            context.Console.MarkupLineInterpolated($"{links.Count:N0} reports matched to a report of the same incident in another dataset (counted once). A sample never makes a period countable; state a file's coverage with 'import FILE --coverage FROM..TO --countries ...'.");
            return 0;
        });
        return command;
    }

    private sealed record DatasetRow(string Dataset, IReadOnlyList<string> Releases, long Events, int Matched, string Snapshot, IReadOnlyList<DatasetImport> Imports);

    private sealed record DatasetImport(string Batch, string File, string FileSha256, string Format, string Release, DateTimeOffset ImportedAt,
        long Read, long Imported, long Updated, long Rejected, DatasetCoverageRow? Coverage);

    private sealed record DatasetCoverageRow(string Completeness, DateOnly? From, DateOnly? To, IReadOnlyList<string> Countries, IReadOnlyList<string>? Provinces,
        IReadOnlyList<string>? Kinds, string Origin, string Rule);
}
