using Crosscurrents.Core.Reported;

namespace Crosscurrents.Series.Reported;

/// <summary>Which figures to read as a series.</summary>
/// <param name="Publisher">PICSS, PIPS, UCDP ...</param>
/// <param name="Measure">militant_attacks, terrorist_attacks, organized_violence ...</param>
/// <param name="Quantity">attacks, killed, injured, deaths_best ...</param>
/// <param name="Country">Country.</param>
/// <param name="Province">Province, or null for national figures (province rows are never added up).</param>
/// <param name="FirstRelease">Use the first published figure instead of the latest revision.</param>
public sealed record ReportedSeriesOptions(string Publisher, string Measure, string Quantity, string Country = "Pakistan", string? Province = null, bool FirstRelease = false);

/// <summary>A monthly series of reported figures with its gaps, and the yearly view.</summary>
/// <param name="Options">What was read.</param>
/// <param name="Months">Every month from the first to the last figure; Value is null where nothing was published.</param>
/// <param name="Years">Per year: the sum of the months when all twelve are present (else null and the missing months),
/// and the annual total the publisher gave, when it gave one.</param>
public sealed record ReportedSeries(ReportedSeriesOptions Options, IReadOnlyList<(DateOnly Month, double? Value, string? Origin)> Months,
    IReadOnlyList<ReportedYear> Years);

/// <summary>A year of a reported series.</summary>
public sealed record ReportedYear(int Year, double? SumOfMonths, IReadOnlyList<int> MissingMonths, double? PublishedTotal, string? PublishedTotalOrigin);

public static class ReportedSeriesBuilder
{
    /// <summary>
    /// Builds the series. A missing month stays a gap: it is never interpolated, and a year is summed only when every
    /// month is present. When a figure was revised, the latest publication is used (or the first, on request).
    /// </summary>
    public static ReportedSeries Build(IEnumerable<ReportedFigure> figures, ReportedSeriesOptions options)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        var chosen = figures.Where(f => f.Publisher == options.Publisher && f.Measure == options.Measure && f.Quantity == options.Quantity &&
                                        f.Country == options.Country && f.Province == options.Province)
            .GroupBy(f => (f.PeriodStart, f.PeriodEnd))
            .Select(g => options.FirstRelease ? g.MinBy(f => f.Revision)! : g.MaxBy(f => f.Revision)!)
            .ToList();
        var monthly = chosen.Where(f => f.IsMonthly).ToDictionary(f => f.PeriodStart);
        var months = new List<(DateOnly, double?, string?)>();
        if (monthly.Count > 0)
        {
            for (var m = monthly.Keys.Min(); m <= monthly.Keys.Max(); m = m.AddMonths(1))
            {
                months.Add(monthly.TryGetValue(m, out var f) ? (m, f.Value, f.File) : (m, null, null));
            }
        }

        var annual = chosen.Where(f => f.PeriodStart.Month == 1 && f.PeriodEnd.Month == 12 && f.PeriodStart.Year == f.PeriodEnd.Year).ToDictionary(f => f.PeriodStart.Year);
        var years = monthly.Keys.Select(k => k.Year).Concat(annual.Keys).Distinct().Order().Select(year =>
        {
            var missing = Enumerable.Range(1, 12).Where(m => !monthly.ContainsKey(new DateOnly(year, m, 1))).ToList();
            double? sum = missing.Count == 0 ? Enumerable.Range(1, 12).Sum(m => monthly[new DateOnly(year, m, 1)].Value) : null;
            return new ReportedYear(year, sum, missing, annual.TryGetValue(year, out var a) ? a.Value : null, annual.TryGetValue(year, out var b) ? b.File : null);
        }).ToList();
        return new ReportedSeries(options, months, years);
    }
}
