using Crosscurrents.Core.Events;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Series.Counts;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Reports.Tests.Charts;

public sealed class SeriesChartTests
{
    [Theory]
    [InlineData("chart.png")]
    [InlineData("chart.svg")]
    public void Save_WritesTheFormatTheExtensionNames(string name)
    {
        using var dir = new TempDirectory();
        var style = new ChartStyle(ReportsTestKit.FontFile);
        var series = SeriesBuilder.Build(ReportsTestKit.Shipped, new SeriesOptions(TimeResolution.Month, Measure.Fatalities, Grouping.Province, Top: 4), RepositoryData.Actors);
        var path = dir.File(name);
        ChartFile.Save(SeriesChart.Draw(series, "Deaths by province", RepositoryData.LoadTimeline().Periods, style), path);
        var bytes = File.ReadAllBytes(path);
        if (name.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal((ChartFile.DefaultWidth, ChartFile.DefaultHeight), ReportsTestKit.PngSize(bytes));
        }
        else
        {
            var svg = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("Deaths by province", svg, StringComparison.Ordinal);
            Assert.Contains("Khyber Pakhtunkhwa", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Save_RefusesAnUnknownExtension()
    {
        var series = SeriesBuilder.Build(ReportsTestKit.Shipped, new SeriesOptions(TimeResolution.Year), RepositoryData.Actors);
        Assert.Throws<ArgumentException>(() => ChartFile.Save(SeriesChart.Draw(series, "x"), "chart.gif"));
    }

    [Fact]
    public void Render_IsDeterministic_ForTheSameSeries()
    {
        var style = new ChartStyle(ReportsTestKit.FontFile);
        var series = SeriesBuilder.Build(ReportsTestKit.Shipped, new SeriesOptions(TimeResolution.Year), RepositoryData.Actors);
        Assert.Equal(ChartFile.ToPngDataUri(SeriesChart.Draw(series, "Events", style: style)), ChartFile.ToPngDataUri(SeriesChart.Draw(series, "Events", style: style)));
    }
}
