using System.Globalization;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Reported;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Analysis.Brief;

/// <summary>Which sources cover which years and places, for the brief's first screen.</summary>
/// <param name="Events">Complete or partial event datasets (they make counts): one line each.</param>
/// <param name="Reported">Reported figures (national series), one line per publisher and measure.</param>
/// <param name="Samples">Sample datasets (news coded by the coder): listed, never counted.</param>
/// <param name="EventsEnd">The last day a complete event source covers, or null when none covers any day.</param>
/// <param name="ReportedEnd">The last month of any reported figure, or null when there are none.</param>
/// <param name="Text">All of it in one line.</param>
public sealed record BriefCoverage(IReadOnlyList<CoverageLine> Events, IReadOnlyList<CoverageLine> Reported, IReadOnlyList<CoverageLine> Samples,
    DateOnly? EventsEnd, DateOnly? ReportedEnd, string Text)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The name of the event data in words ("UCDP GED 22.1"), or null when no complete source covers any day.</summary>
    public string? EventsName => Events.Count == 0 ? null : string.Join(" and ", Events.Select(e => e.Source));

    /// <summary>The coverage of the store's events (its coverage map and import batches) and of its reported figures.</summary>
    public static BriefCoverage Compute(CoverageMap coverage, IReadOnlyList<ImportBatch> batches, IReadOnlyList<ReportedFigure> reported)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(reported);
        CoverageLine Line(IGrouping<string, DatasetCoverage> g)
        {
            var releases = batches.Where(b => b.Dataset == g.Key).Select(b => b.DatasetVersion).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var name = DatasetName(g.Key) + (releases.Count > 0 ? " " + string.Join("/", releases) : "");
            var places = string.Join(", ", g.SelectMany(c => c.Provinces is { } p ? p.Select(x => $"{x} ({string.Join(", ", c.Countries)})") : c.Countries).Distinct(StringComparer.Ordinal));
            var from = g.Where(c => c.From is not null).Select(c => c.From!.Value).DefaultIfEmpty().Min();
            var to = g.Where(c => c.To is not null).Select(c => c.To!.Value).DefaultIfEmpty().Max();
            var span = g.Any(c => c.From is not null) ? Span(from, to) : "no days";
            var kinds = g.SelectMany(c => c.Kinds ?? []).Distinct().ToList();
            return new CoverageLine(name, places.Length == 0 ? "no places" : places, span,
                string.Join("/", g.Select(c => c.Completeness.ToString().ToLowerInvariant()).Distinct(StringComparer.Ordinal)) + (kinds.Count > 0 ? $", {string.Join("/", kinds)} only" : ""));
        }

        var events = coverage.Datasets.Where(c => c.Counts).GroupBy(c => c.Dataset, StringComparer.Ordinal).Select(Line).ToList();
        var samples = coverage.Datasets.Where(c => !c.Counts).GroupBy(c => c.Dataset, StringComparer.Ordinal).Select(Line).ToList();
        var runs = coverage.StudyCountries.Count == 0 ? [] : coverage.CoveredRuns(CoverageScope.Everywhere, DateOnly.MinValue, DateOnly.MaxValue);
        DateOnly? eventsEnd = runs.Count > 0 ? runs[^1].To : null;

        // Reported figures: national series only (province rows are never added up), one line per publisher and measure.
        var national = reported.Where(f => f.Province is null).ToList();
        var reportedLines = national.GroupBy(f => (f.Publisher, f.Measure)).Select(g =>
        {
            var months = g.Where(f => f.IsMonthly).Select(f => f.PeriodStart).Distinct().Order().ToList();
            var countries = string.Join(", ", g.Select(f => f.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            string span;
            if (months.Count > 0)
            {
                var length = ((months[^1].Year - months[0].Year) * 12) + months[^1].Month - months[0].Month + 1;
                span = string.Create(C, $"monthly {months[0]:yyyy-MM}–{months[^1]:yyyy-MM} ({months.Count} of {length} months published)");
            }
            else
            {
                span = string.Create(C, $"yearly {g.Min(f => f.PeriodStart.Year)}–{g.Max(f => f.PeriodEnd.Year)}");
            }

            return (g.Key.Publisher, Measure: g.Key.Measure.Replace('_', ' '), Countries: countries, Span: span);
        })
            // One line for a publisher's measures with the same span and places (UCDP's country-year table).
            .GroupBy(r => (r.Publisher, r.Countries, r.Span))
            .OrderBy(g => g.Key.Publisher, StringComparer.Ordinal).ThenBy(g => g.Key.Span, StringComparer.Ordinal)
            .Select(g => new CoverageLine($"{g.Key.Publisher} {string.Join(", ", g.Select(r => r.Measure).Order(StringComparer.Ordinal))}", g.Key.Countries, g.Key.Span, "as published"))
            .ToList();
        DateOnly? reportedEnd = national.Count > 0 ? national.Max(f => f.PeriodEnd) : null;

        var text = new List<string>
        {
            "Event data: " + (events.Count == 0 ? "none complete" : string.Join("; ", events.Select(e => $"{e.Source}, {e.Places}, {e.Span} {e.Completeness}"))),
            "reported figures: " + (reportedLines.Count == 0 ? "none" : string.Join("; ", reportedLines.Select(r => $"{r.Source}, {r.Places}, {r.Span}"))),
            "news coded: " + (samples.Count == 0 ? "none" : string.Join("; ", samples.Select(s => $"{s.Source}, {s.Places}, {s.Span} (a sample: listed, never counted)"))),
        };
        var after = eventsEnd is { } end && reportedEnd is { } last && last > end
            ? string.Create(C, $" After {(end is { Month: 12, Day: 31 } ? end.Year.ToString(C) : end.ToString("d MMM yyyy", C))} only reported figures.")
            : eventsEnd is null && reportedEnd is not null ? " No complete event source covers any day: only reported figures." : "";
        return new BriefCoverage(events, reportedLines, samples, eventsEnd, reportedEnd, string.Join("; ", text) + "." + after);
    }

    /// <summary>A span of days: whole years as "1989–2021", else the days.</summary>
    internal static string Span(DateOnly from, DateOnly to) => from is { Month: 1, Day: 1 } && to is { Month: 12, Day: 31 }
        ? string.Create(C, $"{from.Year}–{to.Year}")
        : string.Create(C, $"{from:yyyy-MM-dd}–{to:yyyy-MM-dd}");

    /// <summary>A dataset's name in words: <c>ucdp-ged</c> is "UCDP GED".</summary>
    internal static string DatasetName(string dataset) => dataset switch
    {
        "ucdp-ged" => "UCDP GED",
        "ucdp-candidate" => "UCDP Candidate",
        "acled" => "ACLED",
        "news" => "news coded",
        _ => dataset,
    };
}

/// <summary>What one source covers.</summary>
/// <param name="Source">Its name and releases ("UCDP GED 22.1", "PICSS militant attacks").</param>
/// <param name="Places">Countries (and provinces) covered.</param>
/// <param name="Span">Years, days or months covered.</param>
/// <param name="Completeness">complete, partial, sample, or "as published" for reported figures.</param>
public sealed record CoverageLine(string Source, string Places, string Span, string Completeness);
