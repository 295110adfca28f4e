using System.Text.RegularExpressions;
using Crosscurrents.Reports.Brief;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Reports.Tests.Brief;

public sealed partial class BriefWriterTests
{
    private static readonly Lazy<string> Html = new(() =>
    {
        return BriefWriter.Render(new BriefInput(
            ReportsTestKit.Shipped, RepositoryData.Actors, RepositoryData.Places, RepositoryData.LoadTimeline(),
            CountryOutlines.Load(ReportsTestKit.OutlinesFile), [], new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero),
            "UCDP GED 22.1, Pakistan extract via HDX") { Style = new ChartStyle(ReportsTestKit.FontFile) });
    });

    [Fact]
    public void Render_NamesTheDataSnapshot_InTheHeadAndBody()
    {
        var id = ReportsTestKit.Shipped.Snapshot.Id;
        Assert.Contains($"<meta name=\"data-snapshot\" content=\"{id}\">", Html.Value, StringComparison.Ordinal);
        Assert.Contains($"Data snapshot <code>{id}</code> (6,416 events)", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HasEverySection()
    {
        foreach (var heading in new[] { "In brief", "Year by year", "By actor", "By province", "Month by month, with the timeline", "Where", "Top dyads", "Timeline", "Data and provenance" })
        {
            Assert.Contains($">{heading}</h", Html.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_IsSelfContained_WithEveryChartEmbeddedAsPng()
    {
        var images = ImagePattern().Matches(Html.Value);
        Assert.Equal(12, images.Count);
        foreach (Match image in images)
        {
            var (width, height) = ReportsTestKit.PngSize(Convert.FromBase64String(image.Groups[1].Value));
            Assert.True(width >= 1000 && height >= 500);
        }

        Assert.DoesNotContain("src=\"http", Html.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_YearTable_MatchesTheSourceTotals()
    {
        // 2009: 883 events, 7,460 deaths (best) in GED 22.1, per ../shared/data/README.md.
        Assert.Matches(@"<tr><td>2009</td><td>883</td><td>7,460</td>", Html.Value);
        Assert.Matches(@"<tr><td>2021</td><td>189</td><td>448</td>", Html.Value);
    }

    [Fact]
    public void Render_TopDyad_IsGovernmentOfPakistanAgainstTheTtp()
    {
        var dyads = Html.Value[Html.Value.IndexOf(">Top dyads<", StringComparison.Ordinal)..];
        Assert.Matches(@"^[\s\S]*?<tr><td class=""t"">Government of Pakistan – Tehrik-i-Taliban Pakistan \(TTP\)</td><td>3,9\d\d</td>", dyads);
    }

    [Fact]
    public void Render_ListsTheTimeline_WithOpenEndsLeftEmpty()
    {
        Assert.Contains("Zarb-e-Azb", Html.Value, StringComparison.Ordinal);
        Assert.Contains("<td>2014-06-15</td><td></td><td class=\"t\">military operation</td>", Html.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("src=\"data:image/png;base64,([^\"]+)\"")]
    private static partial Regex ImagePattern();
}
