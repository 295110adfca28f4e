using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Analysis.Datasets;

/// <summary>Every dataset in the store: what it covers, how many events, which files, how many reports were matched.</summary>
public sealed record DatasetsResult(string Coverage, int LinkedReports, IReadOnlyList<DatasetRow> Datasets, IReadOnlyList<LinkRow>? Links);

/// <summary>One dataset: its releases, events, reports matched to another dataset's, snapshot and imports.</summary>
public sealed record DatasetRow(string Dataset, IReadOnlyList<string> Releases, long Events, int Matched, string Snapshot, IReadOnlyList<DatasetImport> Imports);

/// <summary>One import of a dataset.</summary>
public sealed record DatasetImport(string Batch, string File, string FileSha256, string Format, string Release, DateTimeOffset ImportedAt,
    long Read, long Imported, long Updated, long Rejected, DatasetCoverageRow? Coverage);

/// <summary>What an import covers.</summary>
public sealed record DatasetCoverageRow(string Completeness, DateOnly? From, DateOnly? To, IReadOnlyList<string> Countries, IReadOnlyList<string>? Provinces,
    IReadOnlyList<string>? Kinds, string Origin, string Rule);

/// <summary>A report matched to the lead report of the same incident in another dataset.</summary>
public sealed record LinkRow(string Report, string Incident, int Days, string Rule);

/// <summary>Lists the datasets of the store without reading their events.</summary>
public static class DatasetsAnalysis
{
    public static DatasetsResult Run(AnalysisContext context, bool withLinks)
    {
        ArgumentNullException.ThrowIfNull(context);
        var store = context.Store;
        var links = store.Links();
        var matchedIds = links.Select(l => l.EventId).Concat(links.Select(l => l.IncidentId)).ToHashSet(StringComparer.Ordinal);
        var rows = store.Batches().GroupBy(b => b.Dataset, StringComparer.Ordinal).Select(g =>
        {
            // Counts and snapshot from the store without reading the events; ids are "dataset:source id".
            var snapshot = store.Snapshot(EventFilter.All with { Dataset = g.Key });
            var prefix = g.Key + ":";
            return new DatasetRow(g.Key, g.Select(b => b.DatasetVersion).Distinct(StringComparer.Ordinal).ToList(), snapshot.EventCount,
                matchedIds.Count(id => id.StartsWith(prefix, StringComparison.Ordinal)), snapshot.Id, g.Select(Import).ToList());
        }).ToList();
        return new DatasetsResult(store.CoverageMap().Describe(CoverageScope.Everywhere), links.Count, rows,
            withLinks ? links.Select(Link).ToList() : null);
    }

    internal static LinkRow Link(EventLink link) => new(link.EventId, link.IncidentId, link.Days, link.Rule);

    private static DatasetImport Import(ImportBatch b) => new(b.Id, b.File, b.FileSha256, b.Format, b.DatasetVersion, b.StartedAt, b.Read, b.Imported, b.Updated, b.Rejected,
        b.Coverage is not { } v ? null : new DatasetCoverageRow(v.Completeness.ToString().ToLowerInvariant(), v.From, v.To, v.Countries, v.Provinces,
            v.Kinds?.Select(k => k.ToString()).ToList(), v.Origin, v.Rule));
}
