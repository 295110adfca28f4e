using Crosscurrents.Core.Events;

namespace Crosscurrents.Core.Coverage;

/// <summary>What an import saw: the first and last event dates, the countries and the kinds of violence.</summary>
public sealed record ImportObservation(DateOnly? First, DateOnly? Last, IReadOnlyCollection<string> Countries, IReadOnlyCollection<ViolenceType> Kinds)
{
    public static readonly ImportObservation None = new(null, null, [], []);
}

/// <summary>The coverage a user states for an import (<c>--coverage 2022-01-01..2023-12-31 --countries PAK</c>);
/// what is left null is derived from the file.</summary>
public sealed record StatedCoverage(
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Countries = null,
    IReadOnlyList<string>? Provinces = null,
    Completeness? Completeness = null);

/// <summary>
/// The documented rules that derive a dataset's coverage at import (docs/coverage.md):
/// a UCDP GED release covers the whole calendar years of its events, in the countries it has events for, completely;
/// a UCDP Candidate release covers the whole months of its events; an ACLED export covers its first to last event date;
/// news coded by the coder and any other file are samples, unless the user states their coverage.
/// </summary>
public static class CoverageRules
{
    public static DatasetCoverage Derive(string format, string dataset, ImportObservation seen, StatedCoverage? stated = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(seen);
        var countries = seen.Countries.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var derived = format switch
        {
            "ucdp-ged" when seen.First is { } f && seen.Last is { } l => new DatasetCoverage(dataset, Completeness.Complete,
                new DateOnly(f.Year, 1, 1), new DateOnly(l.Year, 12, 31), countries, null, null, "derived",
                $"UCDP GED release: complete for the whole calendar years of its events ({f.Year}–{l.Year}) in the countries it has events for"),
            "ucdp-candidate" when seen.First is { } f && seen.Last is { } l => new DatasetCoverage(dataset, Completeness.Complete,
                new DateOnly(f.Year, f.Month, 1), new DateOnly(l.Year, l.Month, 1).AddMonths(1).AddDays(-1), countries, null, null, "derived",
                $"UCDP Candidate release (preliminary): complete for the whole months of its events ({f:yyyy-MM} to {l:yyyy-MM})"),
            "acled" when seen.First is { } f && seen.Last is { } l => new DatasetCoverage(dataset, Completeness.Complete,
                f, l, countries, null, null, "derived",
                $"ACLED export: complete for its query from the first to the last event date ({f:yyyy-MM-dd}..{l:yyyy-MM-dd}); state --coverage if the query was wider"),
            _ => new DatasetCoverage(dataset, Completeness.Sample, seen.First, seen.Last, countries, null, null, "derived",
                format is "news-coder" or "news"
                    ? "news coded by the coder: a sample, never complete"
                    : $"{format} file: a sample unless its coverage is stated (--coverage FROM..TO --countries ...)"),
        };
        if (stated is null || stated == new StatedCoverage())
        {
            return derived;
        }

        var statedCountries = stated.Countries?.Select(Coverage.Countries.Name).ToList() ?? derived.Countries.ToList();
        var completeness = stated.Completeness ?? (stated.Provinces is not null ? Completeness.Partial : Completeness.Complete);
        var from = stated.From ?? derived.From;
        var to = stated.To ?? derived.To;
        return derived with
        {
            Completeness = completeness,
            From = from,
            To = to,
            Countries = statedCountries,
            Provinces = stated.Provinces,
            Origin = "stated",
            Rule = $"stated by the user: {completeness.ToString().ToLowerInvariant()} {from:yyyy-MM-dd}..{to:yyyy-MM-dd} in {string.Join(", ", statedCountries)}" +
                (stated.Provinces is null ? "" : $" ({string.Join(", ", stated.Provinces)})"),
        };
    }

    /// <summary>Parses <c>2022-01-01..2023-12-31</c> (or <c>2022..2023</c>, <c>2022-01..2023-06</c>, <c>2023</c>: whole years or months).</summary>
    /// <exception cref="FormatException">Not a range of dates, or the end is before the start.</exception>
    public static (DateOnly From, DateOnly To) ParseRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && parts[0].Length is 4 or 7)
        {
            // A year or a month on its own: all of it.
            parts = [parts[0], parts[0]];
        }

        if (parts.Length != 2)
        {
            throw new FormatException($"'{text}' is not a date range; expected FROM..TO, e.g. 2022-01-01..2023-12-31");
        }

        var from = ParseDate(parts[0], end: false);
        var to = ParseDate(parts[1], end: true);
        return to < from ? throw new FormatException($"'{text}': the end {to:yyyy-MM-dd} is before the start {from:yyyy-MM-dd}") : (from, to);
    }

    private static DateOnly ParseDate(string text, bool end)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var s = System.Globalization.DateTimeStyles.None;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", c, s, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", c, s, out var month))
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, c, out var year) && year >= 1)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new FormatException($"'{text}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
    }
}
