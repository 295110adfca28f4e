using System.Text.RegularExpressions;
using Crosscurrents.Analysis.Brief;
using Crosscurrents.Reports.Brief;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Reports.Tests.Brief;

public sealed partial class BriefWriterTests
{
    private static readonly Lazy<string> Html = new(() =>
    {
        return BriefWriter.Render(new BriefInput(
            BriefEvents.FromEvents(ReportsTestKit.Shipped, RepositoryData.Actors), RepositoryData.Actors, RepositoryData.Places, RepositoryData.LoadTimeline(),
            CountryOutlines.Load(ReportsTestKit.OutlinesFile), [], new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero),
            "UCDP GED 22.1, Pakistan extract via HDX") { Style = new ChartStyle(ReportsTestKit.FontFile) });
    });

    [Fact]
    public void Render_NamesTheDataSnapshot_InTheHeadAndBody()
    {
        var id = ReportsTestKit.Shipped.Snapshot.Id;
        Assert.Contains($"<meta name=\"data-snapshot\" content=\"{id}\">", Html.Value, StringComparison.Ordinal);
        Assert.Contains($"Data <a class=\"term\" href=\"#term-snapshot\">snapshot</a> <code>{id}</code> (6,416 events)", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HasEverySection()
    {
        foreach (var heading in new[] { "Key judgements", "In brief", "Year by year", "By actor", "By province", "Month by month, with the timeline", "Where", "Top dyads", "Timeline", "Data and provenance", "Glossary" })
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

    [Fact]
    public void Render_PutsTheCoverageLineAndTheKeyJudgements_OnTheFirstScreen()
    {
        var top = Html.Value[..Html.Value.IndexOf("<h2>In brief</h2>", StringComparison.Ordinal)];
        Assert.Contains("<p class=\"coverage\"><b>", top, StringComparison.Ordinal);
        Assert.Contains("Event data: UCDP GED, Pakistan, 1989–2021 complete; ", top, StringComparison.Ordinal);
        Assert.Contains("news coded: none.", top, StringComparison.Ordinal);
        Assert.True(top.IndexOf("class=\"coverage\"", StringComparison.Ordinal) < top.IndexOf("<h2 id=\"key-judgements\">", StringComparison.Ordinal));
        var items = JudgementPattern().Matches(top);
        Assert.InRange(items.Count, 4, 8);
        Assert.All(items, m => Assert.Contains("<span class=\"meta\">Source: ", m.Value, StringComparison.Ordinal));

        // Without claims, forecasts or scenarios those judgements say they cannot be given, and why.
        Assert.Contains("<li class=\"missing\">The article&#39;s claims cannot be given: no claim file was checked.", top, StringComparison.Ordinal);
        Assert.Contains("<li class=\"missing\">The forecast for the next months cannot be given: no forecast was made.", top, StringComparison.Ordinal);
    }

    [Fact]
    public void Glossary_ListsOnlyTheTermsTheBriefUses_EachLinkedFromItsFirstUse()
    {
        var html = Html.Value;
        var glossary = html[html.IndexOf("<h2 id=\"glossary\">", StringComparison.Ordinal)..];
        var body = html[..html.IndexOf("<h2 id=\"glossary\">", StringComparison.Ordinal)];
        var listed = TermPattern().Matches(glossary).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(listed);
        foreach (var id in listed)
        {
            Assert.Single(LinkPattern().Matches(body), m => m.Groups[1].Value == id);
        }

        // Every term left out is one the text does not use (outside headings, code and links, which are not linked).
        var text = TagPattern().Replace(SkippedPattern().Replace(body, " "), " ");
        foreach (var term in BriefGlossary.Terms.Where(t => !listed.Contains(t.Id)))
        {
            Assert.DoesNotMatch($@"(?i)\b(?:{term.Pattern})\b", text);
        }

        // This brief has no models: their terms are not explained.
        foreach (var absent in new[] { "branching-ratio", "crps", "half-life", "rate-ratio", "skill" })
        {
            Assert.DoesNotContain(absent, listed);
        }

        Assert.Contains("snapshot", listed);
        Assert.Contains("coverage", listed);
    }

    [Fact]
    public void Glossary_LinksTheFirstUseOnly_AndLeavesHeadingsAndCodeAlone()
    {
        var html = BriefGlossary.Link("<head><title>snapshot</title></head><body><h2>Coverage</h2><p>Data snapshot <code>snapshot</code>; the snapshot again; coverage.</p></body>", out var used);
        Assert.Equal("<head><title>snapshot</title></head><body><h2>Coverage</h2><p>Data <a class=\"term\" href=\"#term-snapshot\">snapshot</a> <code>snapshot</code>; the snapshot again; <a class=\"term\" href=\"#term-coverage\">coverage</a>.</p></body>", html);
        Assert.Equal(["coverage", "snapshot"], used.Select(t => t.Id));
        Assert.Equal("", BriefGlossary.Section([]));
    }

    [GeneratedRegex("<li[^>]*>.*?</li>")]
    private static partial Regex JudgementPattern();

    [GeneratedRegex("<dt id=\"term-([a-z-]+)\">")]
    private static partial Regex TermPattern();

    [GeneratedRegex("<a class=\"term\" href=\"#term-([a-z-]+)\">")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<(head|h1|h2|h3|code|a|pre)\\b[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex SkippedPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("src=\"data:image/png;base64,([^\"]+)\"")]
    private static partial Regex ImagePattern();
}
