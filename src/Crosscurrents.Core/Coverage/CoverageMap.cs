namespace Crosscurrents.Core.Coverage;

/// <summary>
/// Which days each place is covered for, by the complete and partial datasets in a store. A period is covered for a
/// scope when, for every country in the scope, the days of the period lie inside the union of the coverages that
/// include that country, province and kind. Sample datasets never cover.
/// </summary>
/// <remarks>
/// A scope without a country means every country that any complete or partial dataset covers, so an unfiltered count
/// of 2022 is "no data" when one of those countries has no complete source for 2022.
/// </remarks>
public sealed class CoverageMap
{
    public static readonly CoverageMap Empty = new([]);

    public CoverageMap(IEnumerable<DatasetCoverage> coverages)
    {
        ArgumentNullException.ThrowIfNull(coverages);
        Datasets = coverages.ToList();
        StudyCountries = Datasets.Where(c => c.Counts).SelectMany(c => c.Countries)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every coverage, one per import, oldest first.</summary>
    public IReadOnlyList<DatasetCoverage> Datasets { get; }

    /// <summary>Countries some complete or partial dataset covers.</summary>
    public IReadOnlyList<string> StudyCountries { get; }

    /// <summary>True when every day from <paramref name="from"/> to <paramref name="to"/> is covered for the scope.</summary>
    public bool Covers(CoverageScope scope, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return false;
        }

        var countries = Countries(scope);
        return countries.Count > 0 && countries.All(country => Runs(scope, country).Any(r => r.From <= from && r.To >= to));
    }

    /// <summary>The covered stretches of days for the scope, merged, in order, clipped to <paramref name="from"/>..<paramref name="to"/>.</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> CoveredRuns(CoverageScope scope, DateOnly from, DateOnly to)
    {
        var countries = Countries(scope);
        if (countries.Count == 0 || to < from)
        {
            return [];
        }

        // Intersect the per-country unions: a day counts only where every country in the scope is covered.
        IReadOnlyList<(DateOnly From, DateOnly To)> result = [(from, to)];
        foreach (var country in countries)
        {
            result = Intersect(result, Runs(scope, country));
        }

        return result;
    }

    /// <summary>The stretches of days covered for every one of the scopes (e.g. both streams of a model).</summary>
    public IReadOnlyList<(DateOnly From, DateOnly To)> CoveredRuns(IEnumerable<CoverageScope> scopes, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        IReadOnlyList<(DateOnly From, DateOnly To)> runs = [(from, to)];
        foreach (var scope in scopes)
        {
            runs = runs.SelectMany(r => CoveredRuns(scope, r.From, r.To)).ToList();
        }

        return runs;
    }

    /// <summary>The longest stretch inside the window covered for every scope, or null when no day of it is.</summary>
    public (DateOnly From, DateOnly To)? LongestRun(IEnumerable<CoverageScope> scopes, DateOnly from, DateOnly to) =>
        CoveredRuns(scopes, from, to) is { Count: > 0 } runs
            ? runs.MaxBy(r => r.To.DayNumber - r.From.DayNumber)
            : null;

    /// <summary>What covers the scope, in words: "ucdp-ged: complete 1989-01-01..2021-12-31 in Pakistan; news: sample ...".</summary>
    public string Describe(CoverageScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var countries = Countries(scope);
        var relevant = Datasets.Where(c => countries.Count == 0 || countries.Any(country => c.Includes(scope, country))).ToList();
        if (relevant.Count == 0)
        {
            return $"no dataset covers {scope}";
        }

        var counted = relevant.Where(c => c.Counts).ToList();
        var runs = countries.Count == 0 ? [] : CoveredRuns(scope, DateOnly.MinValue, DateOnly.MaxValue);
        var span = runs.Count == 0
            ? $"no complete source covers {scope}"
            : $"events cover {string.Join(", ", runs.Select(r => $"{r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}"))} in {string.Join(", ", countries)}";
        var samples = relevant.Where(c => !c.Counts).Select(c => c.Dataset).Distinct(StringComparer.Ordinal).ToList();
        return span + (counted.Count > 0 ? $" ({string.Join(", ", counted.Select(c => c.Dataset).Distinct(StringComparer.Ordinal))})" : "") +
            (samples.Count > 0 ? $"; {string.Join(", ", samples)} {(samples.Count == 1 ? "is a sample" : "are samples")}, never counted as complete" : "");
    }

    private List<string> Countries(CoverageScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Country is { } c ? [StudyCountries.FirstOrDefault(s => string.Equals(s, c, StringComparison.OrdinalIgnoreCase)) ?? c] : [.. StudyCountries];
    }

    private List<(DateOnly From, DateOnly To)> Runs(CoverageScope scope, string country)
    {
        var runs = Datasets.Where(c => c.Counts && c.Includes(scope, country))
            .Select(c => (From: c.From!.Value, To: c.To!.Value)).OrderBy(r => r.From).ToList();
        var merged = new List<(DateOnly From, DateOnly To)>();
        foreach (var r in runs)
        {
            if (merged.Count > 0 && r.From.DayNumber <= merged[^1].To.DayNumber + 1)
            {
                merged[^1] = (merged[^1].From, r.To > merged[^1].To ? r.To : merged[^1].To);
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    private static List<(DateOnly From, DateOnly To)> Intersect(IReadOnlyList<(DateOnly From, DateOnly To)> a, IReadOnlyList<(DateOnly From, DateOnly To)> b)
    {
        var result = new List<(DateOnly From, DateOnly To)>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var from = a[i].From > b[j].From ? a[i].From : b[j].From;
            var to = a[i].To < b[j].To ? a[i].To : b[j].To;
            if (from <= to)
            {
                result.Add((from, to));
            }

            if (a[i].To < b[j].To)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
