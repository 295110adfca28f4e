using Crosscurrents.Core;
using Crosscurrents.Series.Reported;

namespace Crosscurrents.Analysis.Reported;

/// <summary>Which published figures: publisher, measure, quantity, place, and first release or latest revision.</summary>
public sealed record ReportedRequest(string Publisher = "PICSS", string Measure = "militant_attacks", string Quantity = "attacks",
    string Country = "Pakistan", string? Province = null, bool FirstRelease = false);

/// <summary>Figures month by month (null: not published) and year by year (summed only when all 12 months are there).</summary>
public sealed record ReportedResult(string Publisher, string Measure, string Quantity, string Place, string Revision,
    IReadOnlyList<ReportedMonthRow> Months, IReadOnlyList<ReportedYearRow> Years);

/// <summary>A month's figure and the report it came from.</summary>
public sealed record ReportedMonthRow(string Month, double? Value, string? Origin);

/// <summary>A year: the sum of its months when none is missing, the missing months, and the published annual total.</summary>
public sealed record ReportedYearRow(int Year, double? SumOfMonths, IReadOnlyList<int> MissingMonths, double? PublishedTotal);

/// <summary>Series of figures as publishers reported them, gaps left as gaps.</summary>
public static class ReportedAnalysis
{
    public static ReportedResult Run(AnalysisContext context, ReportedRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var figures = context.Store.ReportedFigures();
        if (figures.Count == 0)
        {
            throw new UsageException("the store holds no reported figures; import data/reported/*.csv (or run 'crosscurrents brief')");
        }

        var options = new ReportedSeriesOptions(request.Publisher, request.Measure, request.Quantity, request.Country, request.Province, request.FirstRelease);
        var series = ReportedSeriesBuilder.Build(figures, options);
        if (series.Months.Count == 0 && series.Years.Count == 0)
        {
            var available = figures.Select(f => $"{f.Publisher}/{f.Measure}/{f.Quantity}").Distinct().Order(StringComparer.Ordinal);
            throw new UsageException($"no figures for {options.Publisher}/{options.Measure}/{options.Quantity} in {options.Province ?? options.Country}; available: {string.Join(", ", available)}");
        }

        var c = System.Globalization.CultureInfo.InvariantCulture;
        return new ReportedResult(options.Publisher, options.Measure, options.Quantity, options.Province ?? options.Country, options.FirstRelease ? "first release" : "latest",
            series.Months.Select(m => new ReportedMonthRow(m.Month.ToString("yyyy-MM", c), m.Value, m.Origin)).ToList(),
            series.Years.Select(y => new ReportedYearRow(y.Year, y.SumOfMonths, y.MissingMonths, y.PublishedTotal)).ToList());
    }
}
