using Crosscurrents.Core.Events;
using Crosscurrents.Core.Reported;
using Crosscurrents.Series.Reported;

namespace Crosscurrents.Series.Tests.Reported;

public sealed class ReportedSeriesTests
{
    private static ReportedFigure F(int year, int month, double value, int revision = 0, string? province = null, int endMonth = 0) =>
        new("P", "m", "Pakistan", province, new DateOnly(year, month, 1), new DateOnly(year, endMonth == 0 ? month : endMonth, 1), "attacks", value, null, null, revision, "f");

    [Fact]
    public void Build_LeavesGapsAsGaps_AndSumsOnlyCompleteYears()
    {
        var figures = Enumerable.Range(1, 12).Select(m => F(2022, m, 10)).Concat([F(2023, 1, 5), F(2023, 3, 7), F(2023, 1, 12, endMonth: 12)]).ToList();
        var series = ReportedSeriesBuilder.Build(figures, new ReportedSeriesOptions("P", "m", "attacks"));
        Assert.Equal(15, series.Months.Count);
        Assert.Null(series.Months.Single(m => m.Month == new DateOnly(2023, 2, 1)).Value);
        var y2022 = series.Years.Single(y => y.Year == 2022);
        Assert.Equal(120, y2022.SumOfMonths);
        var y2023 = series.Years.Single(y => y.Year == 2023);
        Assert.Null(y2023.SumOfMonths);
        Assert.Equal(10, y2023.MissingMonths.Count);
        Assert.Equal(12, y2023.PublishedTotal);
    }

    [Fact]
    public void Build_UsesTheLatestRevision_OrTheFirstOnRequest_AndNeverAddsProvinces()
    {
        var figures = new[] { F(2023, 3, 37, revision: 0), F(2023, 3, 39, revision: 1), F(2023, 3, 11, province: "Balochistan"), F(2023, 3, 16, province: "KP") };
        Assert.Equal(39, ReportedSeriesBuilder.Build(figures, new ReportedSeriesOptions("P", "m", "attacks")).Months.Single().Value);
        Assert.Equal(37, ReportedSeriesBuilder.Build(figures, new ReportedSeriesOptions("P", "m", "attacks", FirstRelease: true)).Months.Single().Value);
        Assert.Equal(11, ReportedSeriesBuilder.Build(figures, new ReportedSeriesOptions("P", "m", "attacks", Province: "Balochistan")).Months.Single().Value);
    }
}

public sealed class ReportedComparisonTests
{
    [Fact]
    public void For_Yearly_UsesPublishedTotalsElseCompleteYears_AndKeepsGaps()
    {
        ReportedFigure F(string publisher, string measure, string quantity, int year, int startMonth, int endMonth, double value) =>
            new(publisher, measure, "Pakistan", null, new DateOnly(year, startMonth, 1), new DateOnly(year, endMonth, 1), quantity, value, null, null, 0, "t");
        var figures = new List<ReportedFigure> { F("PICSS", "militant_attacks", "killed", 2022, 1, 12, 539), F("UCDP", "organized_violence", "deaths_best", 2022, 1, 12, 719), F("UCDP", "organized_violence", "deaths_best", 2023, 1, 12, 1178) };
        figures.AddRange(Enumerable.Range(1, 12).Select(m => F("PICSS", "militant_attacks", "killed", 2023, m, m, 10)));
        figures.AddRange(Enumerable.Range(1, 5).Select(m => F("PICSS", "militant_attacks", "killed", 2024, m, m, 10)));
        var sources = ReportedComparison.For(figures, Crosscurrents.Series.Counts.Measure.Fatalities, Crosscurrents.Core.Events.TimeResolution.Year);
        var picss = sources.Single(s => s.Label.StartsWith("PICSS", StringComparison.Ordinal)).Points.ToDictionary(p => p.Period.Year, p => p.Value);
        Assert.Equal(539, picss[2022]);
        Assert.Equal(120, picss[2023]);
        Assert.Null(picss[2024]);
        Assert.Contains(sources, s => s.Label.StartsWith("UCDP", StringComparison.Ordinal));
        Assert.DoesNotContain(sources, s => s.Label.StartsWith("PIPS", StringComparison.Ordinal));
    }
}
