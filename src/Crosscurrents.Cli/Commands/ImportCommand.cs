using Crosscurrents.Analysis;
using Crosscurrents.Core;
using System.CommandLine;
using System.Text.Json;
using Crosscurrents.Sources.Importing;
using Spectre.Console;

namespace Crosscurrents.Cli.Commands;

/// <summary><c>crosscurrents import FILE</c>: detects the format from the header and imports in one transaction.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV file: UCDP GED or Candidate, ACLED export, or Crosscurrents events CSV" };
        var format = new Option<string>("--format") { Description = "Force a format instead of detecting it: " + string.Join(", ", EventImporters.All.Select(i => i.Format)) };
        var version = new Option<string>("--source-version") { Description = "The dataset release (e.g. 25.1); by default read from the file name, else 'unknown'" };
        var dataset = new Option<string>("--dataset") { Description = "Dataset name for a Crosscurrents events CSV without a dataset column (default: custom)" };
        var coverage = new Option<string>("--coverage") { Description = "The days the file is complete for, FROM..TO (yyyy, yyyy-MM or yyyy-MM-dd), when its format's rule would derive something else (see 'datasets')" };
        var countries = new Option<string>("--countries") { Description = "Countries the file covers, comma-separated names or ISO codes (PAK, AFG)" };
        var provinces = new Option<string>("--provinces") { Description = "Provinces the file covers (a partial dataset), comma-separated" };
        var dropMissing = new Option<bool>("--drop-missing") { Description = "Remove events of this dataset that a newer complete release no longer holds, inside its coverage (they are kept in the history); by default they stay and are counted as missing" };
        var completeness = new Option<string>("--completeness") { Description = "complete, partial or sample (default: derived from the format; 'complete' when --coverage is given)" };
        var encoding = new Option<string>("--encoding") { Description = "Text encoding: " + string.Join(", ", TextEncodings.Names) + " (default auto: a BOM, else UTF-8 when valid, else windows-1252)", DefaultValueFactory = _ => "auto" };
        var minDate = new Option<string>("--min-date") { Description = "Earliest event date accepted (yyyy, yyyy-MM or yyyy-MM-dd; 1800 or later; default 1946-01-01)" };
        var maxDate = new Option<string>("--max-date") { Description = "Latest event date accepted (2100-12-31 at most; default: today plus one year)" };
        var command = new Command("import", "Import events from a file. Bad records are rejected with file, line, field and reason; good ones are kept. The coverage of the file (its days, places and kinds) is derived by its format's rule or stated with --coverage.")
        {
            file, format, version, dataset, encoding, minDate, maxDate, coverage, countries, provinces, completeness, dropMissing,
        };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(file).FullName;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: file not found", path);
            }

            var workspace = context.Workspace(result);
            if (result.GetValue(format) is null && Sources.Reported.ReportedImport.Detect(path) is not null)
            {
                return ImportReported(context, workspace, path, CliContext.Json(result));
            }

            System.Text.Encoding? textEncoding;
            try
            {
                textEncoding = TextEncodings.ByName(result.GetValue(encoding) ?? "auto");
            }
            catch (ArgumentException ex)
            {
                throw new UsageException($"--encoding: {ex.Message.Split(" (Parameter", 2)[0]}");
            }

            var dates = Dates(context, result.GetValue(minDate), result.GetValue(maxDate));
            var importer = result.GetValue(format) is { } name ? EventImporters.ByName(name) : EventImporters.Detect(path);
            using var store = workspace.OpenStore();
            var importContext = new ImportContext(path, workspace.LoadActors(), workspace.LoadPlaces(), result.GetValue(version), result.GetValue(dataset), dates, textEncoding)
            {
                Coverage = Stated(result.GetValue(coverage), result.GetValue(countries), result.GetValue(provinces), result.GetValue(completeness)),
                DropMissing = result.GetValue(dropMissing),
            };
            var summary = context.WithProgress($"importing {Path.GetFileName(path)} as {importer.Format}",
                progress => EventImport.Run(path, importer, store, importContext, workspace.RejectsPath, context.Time, progress));
            var snapshot = store.Snapshot(Core.Events.EventFilter.All);
            if (CliContext.Json(result))
            {
                context.Out.WriteLine(ResultJson.Serialize(new
                {
                    file = path,
                    format = summary.Format,
                    encoding = summary.Encoding,
                    dates = new { from = dates.Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), to = dates.Latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                    dataset = summary.Dataset,
                    datasetVersion = summary.DatasetVersion,
                    batch = summary.BatchId,
                    fileSha256 = summary.FileSha256,
                    read = summary.Read,
                    imported = summary.Counts.Imported,
                    updated = summary.Counts.Updated,
                    unchanged = summary.Counts.Unchanged,
                    missing = summary.Counts.Missing,
                    dropped = summary.Counts.Dropped,
                    rejected = summary.Rejected,
                    rejectsFile = summary.RejectsPath,
                    rejections = summary.FirstRejections.Select(r => new { line = r.Line, field = r.Field, reason = r.Reason }),
                    unresolvedSides = summary.UnresolvedSides,
                    coverage = summary.Coverage?.Describe(),
                    coverageRule = summary.Coverage?.Rule,
                    matchedReports = summary.Links?.Links.Count ?? 0,
                    matches = (summary.Links?.Links ?? []).Take(EventImport.RejectionsShown).Select(l => new { report = l.EventId, incident = l.IncidentId, days = l.Days, rule = l.Rule }),
                    nearMisses = (summary.Links?.NearMisses ?? []).Take(EventImport.RejectionsShown).Select(m => new { report = m.EventId, candidate = m.CandidateId, reason = m.Reason }),
                    database = workspace.DatabasePath,
                    snapshot = snapshot.Id,
                    events = snapshot.EventCount,
                }));
                return 0;
            }

            WriteSummary(context, summary, workspace.DatabasePath, snapshot);
            return 0;
        });
        return command;
    }

    private static readonly ImportDateRange WidestDates = new(new DateOnly(1800, 1, 1), ImportDateRange.Default.Latest);

    /// <summary>The dates accepted: 1946 to today plus a year, widened or narrowed by --min-date and --max-date.</summary>
    internal static ImportDateRange Dates(CliContext context, string? min, string? max)
    {
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var plausible = ImportDateRange.Plausible(today);
        var range = new ImportDateRange(
            Crosscurrents.Analysis.Inputs.DateInput.Parse(min, "--min-date", end: false) ?? plausible.Earliest,
            Crosscurrents.Analysis.Inputs.DateInput.Parse(max, "--max-date", end: true) ?? plausible.Latest);
        if (range.Earliest < WidestDates.Earliest || range.Latest > WidestDates.Latest)
        {
            // Series are built day by day up to the dates stored; an event in 9999 would make every later series fail.
            throw new UsageException($"--min-date/--max-date: {range} is wider than the widest range allowed, {WidestDates}");
        }

        return range.Latest < range.Earliest
            ? throw new UsageException($"--min-date {range.Earliest:yyyy-MM-dd} is after --max-date {range.Latest:yyyy-MM-dd}")
            : range;
    }

    /// <summary>Reported figures (PICSS/PIPS, UCDP country-year): read, kept with their revisions, warnings shown.</summary>
    private static int ImportReported(CliContext context, Workspace workspace, string path, bool json)
    {
        var read = Sources.Reported.ReportedImport.Read(path);
        using var store = workspace.OpenStore();
        store.ReplaceReportedFigures(Path.GetFileName(path), read.Figures);
        RejectsFile.Append(workspace.RejectsPath, "reported-" + Path.GetFileName(path), read.Rejections);
        if (json)
        {
            context.Out.WriteLine(ResultJson.Serialize(new
            {
                file = path,
                format = read.Format,
                rows = read.Rows,
                figures = read.Figures.Count,
                rejected = read.Rejections.Count,
                rejections = read.Rejections.Select(r => new { line = r.Line, field = r.Field, reason = r.Reason }),
                warnings = read.Warnings,
            }));
            return 0;
        }

        context.Console.MarkupLineInterpolated($"Imported [bold]{read.Format}[/]: {read.Rows} rows, {read.Figures.Count} figures, {read.Rejections.Count} rejected");
        foreach (var r in read.Rejections)
        {
            context.Console.MarkupLineInterpolated($"[red]rejected[/] {r}");
        }

        foreach (var w in read.Warnings)
        {
            context.Console.MarkupLineInterpolated($"[yellow]note[/] {w}");
        }

        return 0;
    }

    /// <summary>The coverage stated on the command line, checked before any work starts.</summary>
    private static Core.Coverage.StatedCoverage? Stated(string? range, string? countries, string? provinces, string? completeness)
    {
        if (range is null && countries is null && provinces is null && completeness is null)
        {
            return null;
        }

        (DateOnly From, DateOnly To)? days = null;
        if (range is not null)
        {
            try
            {
                days = Core.Coverage.CoverageRules.ParseRange(range);
            }
            catch (FormatException ex)
            {
                throw new UsageException($"--coverage: {ex.Message}");
            }
        }

        Core.Coverage.Completeness? level = completeness is null ? null
            : Enum.TryParse<Core.Coverage.Completeness>(completeness, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(completeness, out _) ? parsed
            : throw new UsageException($"--completeness '{completeness}': use complete, partial or sample");
        static List<string>? List(string? text) => text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        return new Core.Coverage.StatedCoverage(days?.From, days?.To, List(countries), List(provinces), level);
    }

    public static void WriteSummary(CliContext context, ImportSummary summary, string database, Core.Snapshots.DataSnapshot snapshot)
    {
        var console = context.Console;
        var table = new Table().AddColumns("read", "imported", "updated", "unchanged", "rejected");
        table.AddRow(summary.Read.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            summary.Counts.Imported.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            summary.Counts.Updated.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            summary.Counts.Unchanged.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            summary.Rejected.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        console.MarkupLineInterpolated($"Imported [bold]{summary.Format}[/] ({summary.Dataset} {summary.DatasetVersion}; {summary.Encoding}), batch {summary.BatchId}");
        console.Write(table);
        foreach (var r in summary.FirstRejections)
        {
            console.MarkupLineInterpolated($"[red]rejected[/] {r}");
        }

        if (summary.RejectsPath is not null)
        {
            console.MarkupLineInterpolated($"All {summary.Rejected:N0} rejected records, with reasons: {summary.RejectsPath}");
        }

        if (summary.UnresolvedSides.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{summary.UnresolvedSides.Count} side name(s) not in the actor registry[/] (events kept; add aliases to data/actors/aliases.csv):");
            foreach (var (name, count) in summary.UnresolvedSides.OrderByDescending(kv => kv.Value))
            {
                console.MarkupLineInterpolated($"  {name}: {count:N0} events");
            }
        }

        if (summary.Counts.Missing > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{summary.Counts.Missing:N0} events of {summary.Dataset} inside this release's coverage are not in the file[/]: {(summary.Counts.Dropped > 0 ? "removed (--drop-missing); their values are in the history" : "kept; import again with --drop-missing to remove them (their values stay in the history)")}");
        }

        if (summary.Coverage is { } coverage)
        {
            console.MarkupLineInterpolated($"Coverage: {coverage.Describe()} ({coverage.Rule})");
        }

        if (summary.Links is { Links.Count: > 0 } links)
        {
            console.MarkupLineInterpolated($"{links.Links.Count:N0} reports matched to a report of the same incident in another dataset (counted once); {links.NearMisses.Count:N0} near misses kept apart ('datasets --links' lists the matches)");
            foreach (var miss in links.NearMisses.Take(5))
            {
                console.MarkupLineInterpolated($"  near miss: {miss.EventId} and {miss.CandidateId}: {miss.Reason}");
            }
        }

        console.MarkupLineInterpolated($"Database {database}: {snapshot.EventCount:N0} events, data snapshot {snapshot.Id}");
    }
}
