using System.Text;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Reported;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.Reported;

public sealed class ReportedImportTests
{
    private static string Shipped(string name) => Path.Combine(RepositoryData.DataDirectory, "reported", name);

    [Fact]
    public void Read_PicssMonthly_KeepsEveryPublishedFigure()
    {
        var result = ReportedImport.Read(Shipped("pak_militancy_monthly_reported.csv"));
        Assert.Equal("reported-figures", result.Format);
        Assert.Equal(210, result.Rows);
        Assert.Empty(result.Rejections);
        var jan2019 = result.Figures.Where(f => f.PeriodStart == new DateOnly(2019, 1, 1) && f.Province is null && f.Publisher == "PICSS").ToDictionary(f => f.Quantity, f => f.Value);
        Assert.Equal((19.0, 41.0, 52.0), (jan2019["attacks"], jan2019["killed"], jan2019["injured"]));
        Assert.Equal(21, result.Figures.Where(f => f.Publisher == "PIPS").Select(f => f.File).Distinct().Count());
    }

    [Fact]
    public void Read_RevisedFigures_AreKeptInPublicationOrder_WithANote()
    {
        var result = ReportedImport.Read(Shipped("pak_militancy_monthly_reported.csv"));
        var march = result.Figures.Where(f => f.PeriodStart == new DateOnly(2023, 3, 1) && f.Province is null && f.Quantity == "attacks").OrderBy(f => f.Revision).ToList();
        Assert.Equal([37.0, 39.0], march.Select(f => f.Value));
        Assert.Contains(result.Warnings, w => w.Contains("2023-03", StringComparison.Ordinal) && w.Contains("latest revision (39", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PeriodTotals_AndUcdpCountryYear()
    {
        var totals = ReportedImport.Read(Shipped("pak_militancy_period_totals_reported.csv"));
        Assert.Equal(30, totals.Rows);
        var y2022 = totals.Figures.Where(f => f.PeriodStart == new DateOnly(2022, 1, 1) && f.PeriodEnd == new DateOnly(2022, 12, 1) && f.Quantity == "attacks" && f.Measure == "militant_attacks" && f.Province is null)
            .OrderBy(f => f.Revision).Select(f => f.Value).ToList();
        Assert.Equal([376.0, 380.0], y2022);

        var cy = ReportedImport.Read(Shipped("organizedviolencecy_v25_1_pak_afg.csv"));
        Assert.Equal("ucdp-country-year", cy.Format);
        Assert.Equal(72, cy.Rows);
        double Deaths(string country, int year, string measure) => cy.Figures.Single(f => f.Country == country && f.PeriodStart.Year == year && f.Measure == measure && f.Quantity == "deaths_best").Value;
        Assert.Equal(1885, Deaths("Pakistan", 2024, "organized_violence"));
        Assert.Equal(1549, Deaths("Pakistan", 2024, "state_based"));
        Assert.Equal(36386, Deaths("Afghanistan", 2021, "organized_violence"));
        Assert.Equal(409, Deaths("Pakistan", 2020, "organized_violence"));
    }

    [Fact]
    public void Read_BadRows_AreRejectedWithLineAndField_AndMixUpsAreNoted()
    {
        using var dir = new TempDirectory();
        var path = dir.File("mine.csv");
        File.WriteAllText(path,
            "period_start,period_end,country,province,publisher,measure,attacks,killed,injured,source_url,note\n" +
            "2024-01,2024-01,Pakistan,,ME,attacks,10,5,,,\n" +
            "2024-Q1,2024-03,Pakistan,,ME,attacks,10,5,,,\n" +
            "2024-02,2024-02,Pakistan,,ME,attacks,ten,5,,,\n" +
            "2024-01,2024-01,Pakistan,Balochistan,ME,attacks,14,2,,,\n");
        var result = ReportedImport.Read(path);
        Assert.Equal(4, result.Rows);
        Assert.Equal(2, result.Rejections.Count);
        Assert.Contains(result.Rejections, r => r.Line == 3 && r.Field == "period_start" && r.Reason.Contains("yyyy-MM", StringComparison.Ordinal));
        Assert.Contains(result.Rejections, r => r.Line == 4 && r.Field == "attacks");
        Assert.Contains(result.Warnings, w => w.Contains("Balochistan figure (14) is above the national one (10", StringComparison.Ordinal));
    }

    private const string FiguresHeader = "month,country,province,publisher,measure,attacks,killed,injured,source_url,note\n";

    [Theory]
    [InlineData("latin1", "Peshawar caf\u00e9 bombing, \u00a9 PICSS")]
    [InlineData("windows-1252", "\u2018revised\u2019 \u2013 Peshawar caf\u00e9")]
    public void Read_StatedSingleByteEncoding_KeepsTheText(string name, string note)
    {
        using var dir = new TempDirectory();
        var path = dir.File("figures.csv");
        var encoding = TextEncodings.ByName(name)!;
        File.WriteAllBytes(path, encoding.GetBytes(FiguresHeader + $"2024-01,Pakistan,Khyber Pakhtunkhwa,PICSS,militant_attacks,10,5,,,\"{note}\"\n"));

        var result = ReportedImport.Read(path, encoding);
        Assert.Empty(result.Rejections);
        Assert.Equal(2, result.Figures.Count);
        Assert.All(result.Figures, f => Assert.Equal(note, f.Note));
        Assert.All(result.Figures, f => Assert.DoesNotContain('\uFFFD', f.Note!));
    }

    [Fact]
    public void Read_Latin1WithoutAStatedEncoding_IsAFileErrorNamingTheLine()
    {
        using var dir = new TempDirectory();
        var path = dir.File("figures.csv");
        var good = "2024-01,Pakistan,,PICSS,militant_attacks,10,5,,,first release\n";
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(FiguresHeader + good + good.Replace("2024-01", "2024-02", StringComparison.Ordinal)),
            .. Encoding.Latin1.GetBytes("2024-03,Pakistan,,PICSS,militant_attacks,10,5,,,caf\u00e9\n")]);

        var ex = Assert.Throws<InvalidDataException>(() => ReportedImport.Read(path));
        Assert.Equal($"{path}, line 4: not valid UTF-8 (byte E9); give the encoding with --encoding latin1 or windows-1252", ex.Message);
        Assert.Contains("--encoding latin1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithABom_IsReadWithoutAStatedEncoding()
    {
        using var dir = new TempDirectory();
        var path = dir.File("figures.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(FiguresHeader + "2024-01,Pakistan,,PICSS,militant_attacks,10,,,,caf\u00e9\n")]);
        var figure = Assert.Single(ReportedImport.Read(path).Figures);
        Assert.Equal("caf\u00e9", figure.Note);
    }
}
