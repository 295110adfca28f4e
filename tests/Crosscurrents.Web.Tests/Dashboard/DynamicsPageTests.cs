using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The dynamics page: the fit as a job followed over server-sent events, the estimates and intervals of the
/// API, and a fit that did not converge said in words with no estimate.</summary>
[Collection(DashboardGroup.Name)]
public sealed class DynamicsPageTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Dynamics_WithAKey_FitsAsAJob_AndShowsTheApiEstimates()
    {
        await using var session = await fixture.Load("dynamics.html?trendKnots=0", fixture.AnalystKey);
        var status = await session.Page.TextContentAsync("#status");
        Assert.Equal("Fit done.", status);
        var page = session.Page;
        Assert.Equal("0", await page.InputValueAsync("#f-trendKnots"));
        Assert.Contains(session.RequestedUrls, u => u.Contains("/api/jobs/dynamics-fit?", StringComparison.Ordinal) && u.Contains("trendKnots=0", StringComparison.Ordinal));
        Assert.Contains(session.RequestedUrls, u => u.Contains("/api/jobs/", StringComparison.Ordinal) && u.EndsWith("/events", StringComparison.Ordinal));
        Assert.DoesNotContain(session.RequestedUrls, u => u.Contains(fixture.AnalystKey, StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(await page.GetAttributeAsync("#progress-box", "data-seen")), "no progress event reached the page");

        // The job's result is the synchronous endpoint's JSON: the page shows its numbers and intervals.
        var api = await fixture.Get("api/dynamics/fit?streams=ttp,baloch&from=2007&afterCeasefire=30&trendKnots=0&bootstrap=0&seed=1");
        Assert.True(api.GetProperty("converged").GetBoolean());
        foreach (var b in api.GetProperty("branching").EnumerateArray())
        {
            var cell = $"#branching-table td[data-from={Quote(b.GetProperty("from").GetString()!)}][data-to={Quote(b.GetProperty("to").GetString()!)}]";
            Assert.Equal(b.GetProperty("estimate").GetDouble(), await Value(page, cell));
            var ci = System.Text.Json.JsonDocument.Parse((await page.GetAttributeAsync(cell + " .ci", "data-ci"))!).RootElement;
            Assert.Equal(b.GetProperty("ci95")[0].GetDouble(), ci[0].GetDouble());
            Assert.Equal(b.GetProperty("ci95")[1].GetDouble(), ci[1].GetDouble());
        }

        foreach (var h in api.GetProperty("halfLifeDays").EnumerateArray())
        {
            Assert.Equal(h.GetProperty("halfLife").GetDouble(), await Value(page, $"#halflife-table td[data-stream={Quote(h.GetProperty("stream").GetString()!)}]"));
        }

        var ratios = api.GetProperty("background").EnumerateArray().SelectMany(b => b.GetProperty("rateRatios").EnumerateArray()).Select(r => (double?)r.GetProperty("rateRatio").GetDouble());
        Assert.Equal(ratios, (await Attributes(page, "#background-table tbody td.num", "data-value")).Select(Number));
        Assert.Contains(api.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#provenance"));
        Assert.Equal(0, await page.Locator("#not-converged").CountAsync());
        await session.AssertClean();
        await session.Screenshot("dynamics");
    }

    [Fact]
    public async Task Dynamics_AFitThatDidNotConverge_SaysSo_AndShowsNoEstimate()
    {
        const string Query = "streams=ttp,baloch,bla,isk&from=2020&trendKnots=0";
        var api = await fixture.Get("api/dynamics/fit?" + Query);
        Assert.False(api.GetProperty("usable").GetBoolean());

        await using var session = await fixture.Open();
        await session.Go("dynamics.html?" + Query);
        Assert.Equal("The fit did not give usable estimates.", await session.Settled());
        var page = session.Page;
        var note = await page.TextContentAsync("#not-converged");
        Assert.Contains(api.GetProperty("converged").GetBoolean() ? "not usable" : "did not converge", note, StringComparison.Ordinal);
        Assert.Contains(api.GetProperty("message").GetString()!, note, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#branching-table").CountAsync());
        Assert.Equal(0, await page.Locator("#halflife-table").CountAsync());
        await session.AssertClean();
    }
}
