using Crosscurrents.Analysis.Importing;
using Crosscurrents.Sources.Importing;

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
        var encoding = new Option<string>("--encoding") { Description = "Text encoding: " + string.Join(", ", TextEncodings.Names) + " (default auto: a BOM, else UTF-8 when valid, else windows-1252; reported-figure files are read as UTF-8 unless stated)", DefaultValueFactory = _ => "auto" };
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

            var request = new ImportRequest(path)
            {
                Format = result.GetValue(format), SourceVersion = result.GetValue(version), Dataset = result.GetValue(dataset), Encoding = result.GetValue(encoding) ?? "auto",
                MinDate = result.GetValue(minDate), MaxDate = result.GetValue(maxDate), Coverage = result.GetValue(coverage), Countries = result.GetValue(countries),
                Provinces = result.GetValue(provinces), Completeness = result.GetValue(completeness), DropMissing = result.GetValue(dropMissing),
            };
            if (ImportAnalysis.IsReported(request))
            {
                var stated = ImportAnalysis.StatedEncoding(request);
                using var reported = context.Open(result, readOnly: false);
                return context.Render(result, ImportAnalysis.Reported(reported.Context, path, stated), ImportView.Write);
            }

            // Options are checked before the store is opened (and before the shipped data are loaded into a new one).
            var plan = ImportAnalysis.Prepare(request, context.Time);
            using var analysis = context.Open(result, readOnly: false);
            var imported = context.WithProgress($"importing {Path.GetFileName(path)} as {plan.Importer.Format}", progress => ImportAnalysis.Run(analysis.Context, plan, progress));
            return context.Render(result, imported, ImportView.Write);
        });
        return command;
    }
}
