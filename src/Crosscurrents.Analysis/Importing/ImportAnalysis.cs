using System.Text.Json.Serialization;
using Crosscurrents.Analysis.Datasets;
using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Core;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Reported;

namespace Crosscurrents.Analysis.Importing;

/// <summary>An import as a user asks for it: the file and the options that override what its format's rule derives.</summary>
public sealed record ImportRequest(string Path)
{
    public string? Format { get; init; }

    public string? SourceVersion { get; init; }

    public string? Dataset { get; init; }

    public string Encoding { get; init; } = "auto";

    public string? MinDate { get; init; }

    public string? MaxDate { get; init; }

    public string? Coverage { get; init; }

    public string? Countries { get; init; }

    public string? Provinces { get; init; }

    public string? Completeness { get; init; }

    public bool DropMissing { get; init; }
}

/// <summary>An import checked and ready: the importer, encoding, accepted dates and stated coverage.</summary>
public sealed record ImportPlan(ImportRequest Request, IEventImporter Importer, System.Text.Encoding? Encoding, ImportDateRange Dates, StatedCoverage? Coverage);

/// <summary>What an import of events did: counts, rejections, coverage, matches and the store after it.</summary>
public sealed record ImportResult(string File, string Format, string Encoding, DateRangeText Dates, string Dataset, string DatasetVersion, string Batch,
    string FileSha256, long Read, long Imported, long Updated, long Unchanged, long Missing, long Dropped, long Rejected, string? RejectsFile,
    IReadOnlyList<RejectionRow> Rejections, IReadOnlyDictionary<string, long> UnresolvedSides, string? Coverage, string? CoverageRule,
    int MatchedReports, IReadOnlyList<LinkRow> Matches, IReadOnlyList<NearMissRow> NearMisses, string Database, string Snapshot, long Events)
{
    /// <summary>The importer's summary, for the console view.</summary>
    [JsonIgnore]
    public ImportSummary Summary { get; init; } = null!;
}

/// <summary>A date range as yyyy-MM-dd text.</summary>
public sealed record DateRangeText(string From, string To);

/// <summary>A rejected record: line, field and reason.</summary>
public sealed record RejectionRow(int Line, string Field, string Reason)
{
    /// <summary>The rejection in words, with its file.</summary>
    [JsonIgnore]
    public string Text { get; init; } = "";
}

/// <summary>A pair of reports that nearly matched, and why they were kept apart.</summary>
public sealed record NearMissRow(string Report, string Candidate, string Reason);

/// <summary>What an import of reported figures did.</summary>
public sealed record ReportedFiguresImportResult(string File, string Format, string Encoding, int Rows, int Figures, int Rejected, IReadOnlyList<RejectionRow> Rejections, IReadOnlyList<string> Warnings);

/// <summary>Imports files into the store: events (format detected from the header, one transaction) or reported figures.</summary>
public static class ImportAnalysis
{
    private static readonly ImportDateRange WidestDates = new(new DateOnly(1800, 1, 1), ImportDateRange.Default.Latest);

    /// <summary>True when the file is a reported-figures file (PICSS/PIPS, UCDP country-year), not events.</summary>
    public static bool IsReported(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Format is null && ReportedImport.Detect(request.Path) is not null;
    }

    /// <summary>Checks every option (encoding, dates, format, stated coverage) before any work starts: a mistake is a
    /// <see cref="UsageException"/> before the store is opened.</summary>
    public static ImportPlan Prepare(ImportRequest request, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        var encoding = StatedEncoding(request);
        var dates = Dates(time, request.MinDate, request.MaxDate);
        var importer = request.Format is { } name ? EventImporters.ByName(name) : EventImporters.Detect(request.Path);
        return new ImportPlan(request, importer, encoding, dates, Stated(request));
    }

    /// <summary>The encoding <c>--encoding</c> names (null for <c>auto</c>), checked before the store is opened.</summary>
    public static System.Text.Encoding? StatedEncoding(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return TextEncodings.ByName(request.Encoding);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--encoding: {ex.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    /// <summary>Imports the events of the file in one transaction.</summary>
    public static ImportResult Run(AnalysisContext context, ImportPlan plan, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        var request = plan.Request;
        var importContext = new ImportContext(request.Path, context.Actors, context.Places, request.SourceVersion, request.Dataset, plan.Dates, plan.Encoding)
        {
            Coverage = plan.Coverage,
            DropMissing = request.DropMissing,
        };
        var workspace = context.Workspace;
        var summary = EventImport.Run(request.Path, plan.Importer, context.Store, importContext, workspace.RejectsPath, context.Time, progress);
        return Describe(summary, request.Path, plan.Dates, workspace.DatabasePath, context.Store.Snapshot(EventFilter.All));
    }

    /// <summary>The result of an import already run (e.g. of the shipped data).</summary>
    public static ImportResult Describe(ImportSummary summary, string path, ImportDateRange dates, string database, Core.Snapshots.DataSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return new ImportResult(path, summary.Format, summary.Encoding, new DateRangeText(dates.Earliest.ToString("yyyy-MM-dd", c), dates.Latest.ToString("yyyy-MM-dd", c)),
            summary.Dataset, summary.DatasetVersion, summary.BatchId, summary.FileSha256, summary.Read, summary.Counts.Imported, summary.Counts.Updated,
            summary.Counts.Unchanged, summary.Counts.Missing, summary.Counts.Dropped, summary.Rejected, summary.RejectsPath,
            summary.FirstRejections.Select(r => new RejectionRow(r.Line, r.Field, r.Reason) { Text = r.ToString() }).ToList(), summary.UnresolvedSides,
            summary.Coverage?.Describe(), summary.Coverage?.Rule, summary.Links?.Links.Count ?? 0,
            (summary.Links?.Links ?? []).Take(EventImport.RejectionsShown).Select(DatasetsAnalysis.Link).ToList(),
            (summary.Links?.NearMisses ?? []).Take(EventImport.RejectionsShown).Select(m => new NearMissRow(m.EventId, m.CandidateId, m.Reason)).ToList(),
            database, snapshot.Id, snapshot.EventCount)
        {
            Summary = summary,
        };
    }

    /// <summary>Reported figures (PICSS/PIPS, UCDP country-year): read, kept with their revisions, warnings returned.</summary>
    /// <param name="context">The open store.</param>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The stated encoding (<see cref="StatedEncoding"/>); null (<c>auto</c>) reads strict UTF-8 and
    /// reports a byte that is not UTF-8 with its line, rather than guessing.</param>
    public static ReportedFiguresImportResult Reported(AnalysisContext context, string path, System.Text.Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var read = ReportedImport.Read(path, encoding);
        context.Store.ReplaceReportedFigures(System.IO.Path.GetFileName(path), read.Figures);
        RejectsFile.Append(context.Workspace.RejectsPath, "reported-" + System.IO.Path.GetFileName(path), read.Rejections);
        return new ReportedFiguresImportResult(path, read.Format, TextEncodings.Describe(encoding ?? TextEncodings.StrictUtf8), read.Rows, read.Figures.Count, read.Rejections.Count,
            read.Rejections.Select(r => new RejectionRow(r.Line, r.Field, r.Reason) { Text = r.ToString() }).ToList(), read.Warnings);
    }

    /// <summary>The dates accepted: 1946 to today plus a year, widened or narrowed by --min-date and --max-date.</summary>
    public static ImportDateRange Dates(TimeProvider time, string? min, string? max)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var plausible = ImportDateRange.Plausible(today);
        var range = new ImportDateRange(
            DateInput.Parse(min, "--min-date", end: false) ?? plausible.Earliest,
            DateInput.Parse(max, "--max-date", end: true) ?? plausible.Latest);
        if (range.Earliest < WidestDates.Earliest || range.Latest > WidestDates.Latest)
        {
            // Series are built day by day up to the dates stored; an event in 9999 would make every later series fail.
            throw new UsageException($"--min-date/--max-date: {range} is wider than the widest range allowed, {WidestDates}");
        }

        return range.Latest < range.Earliest
            ? throw new UsageException($"--min-date {range.Earliest:yyyy-MM-dd} is after --max-date {range.Latest:yyyy-MM-dd}")
            : range;
    }

    /// <summary>The coverage stated by the user, checked before any work starts.</summary>
    private static StatedCoverage? Stated(ImportRequest request)
    {
        if (request.Coverage is null && request.Countries is null && request.Provinces is null && request.Completeness is null)
        {
            return null;
        }

        (DateOnly From, DateOnly To)? days = null;
        if (request.Coverage is { } range)
        {
            try
            {
                days = CoverageRules.ParseRange(range);
            }
            catch (FormatException ex)
            {
                throw new UsageException($"--coverage: {ex.Message}");
            }
        }

        var completeness = request.Completeness;
        Completeness? level = completeness is null ? null
            : Enum.TryParse<Completeness>(completeness, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(completeness, out _) ? parsed
            : throw new UsageException($"--completeness '{completeness}': use complete, partial or sample");
        static List<string>? List(string? text) => text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        return new StatedCoverage(days?.From, days?.To, List(request.Countries), List(request.Provinces), level);
    }
}
