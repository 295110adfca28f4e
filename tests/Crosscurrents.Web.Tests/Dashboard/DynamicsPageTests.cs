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

        // The heat map: one cell per pair at (to, from) with the API's estimate, its interval in the tooltip, and the
        // matrix table beside it with the same numbers.
        Assert.True(await page.Locator("#heat-section").IsVisibleAsync());
        var streams = api.GetProperty("streams").EnumerateArray().Select(s => s.GetString()!).ToList();
        var heat = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => { const o = echarts.getInstanceByDom(document.getElementById('heat')).getOption(); const s = o.series[0]; return { x: o.xAxis[0].data, y: o.yAxis[0].data, cells: s.data.map(d => ({ value: d.value, tip: o.tooltip[0].formatter({ data: d }) })) }; }");
        Assert.Equal(streams, heat.GetProperty("x").EnumerateArray().Select(v => v.GetString()!));
        Assert.Equal(streams, heat.GetProperty("y").EnumerateArray().Select(v => v.GetString()!));
        var cells = heat.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(api.GetProperty("branching").GetArrayLength(), cells.Count);
        foreach (var b in api.GetProperty("branching").EnumerateArray())
        {
            var (from, to) = (b.GetProperty("from").GetString()!, b.GetProperty("to").GetString()!);
            var cell = cells.Single(c => c.GetProperty("value")[0].GetInt32() == streams.IndexOf(to) && c.GetProperty("value")[1].GetInt32() == streams.IndexOf(from));
            Assert.Equal(b.GetProperty("estimate").GetDouble(), cell.GetProperty("value")[2].GetDouble());
            var ci = b.GetProperty("ci95");
            var tip = cell.GetProperty("tip").GetString()!;
            Assert.StartsWith($"{from} → {to}: ", tip, StringComparison.Ordinal);
            var matrix = $"#branching-matrix td[data-from={Quote(from)}][data-to={Quote(to)}]";
            Assert.Equal(b.GetProperty("estimate").GetDouble(), await Value(page, matrix));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(ci), System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse((await page.GetAttributeAsync(matrix + " .ci", "data-ci"))!).RootElement));
            Assert.EndsWith($"(95% interval {(await page.TextContentAsync(matrix + " .ci"))!.Trim('(', ')')})", tip, StringComparison.Ordinal);
        }

        await session.AssertClean();
        await session.Screenshot("dynamics");
    }

    [Fact]
    public async Task Dynamics_EventStudy_ShowsTheApiResult_AndItsOptionsAreInTheUrl()
    {
        const string Fit = "trendKnots=0";
        await using var session = await fixture.Load($"dynamics.html?{Fit}&studyKind=military_operation&studyBy=month&studyWindow=3");
        var page = session.Page;
        await StudySettled(page);
        Assert.Equal("military_operation", await page.InputValueAsync("#f-studyKind"));
        await AssertStudy(page, await fixture.Get("api/study?stream=ttp&kind=military_operation&by=month&window=3&placebos=200&seed=1"));

        // A study option from the form: a new URL, a new study, and the fit on the page is not run again.
        var fits = session.RequestedUrls.Count(u => u.Contains("/api/dynamics/fit", StringComparison.Ordinal));
        await page.FillAsync("#f-studyWindow", "6");
        await page.SelectOptionAsync("#f-studyBy", "week");
        await page.ClickAsync("#study-fields button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("studyWindow=6", StringComparison.Ordinal));
        await StudySettled(page);
        Assert.Contains("trendKnots=0", page.Url, StringComparison.Ordinal);
        await AssertStudy(page, await fixture.Get("api/study?stream=ttp&kind=military_operation&by=week&window=6&placebos=200&seed=1"));
        Assert.Equal(fits, session.RequestedUrls.Count(u => u.Contains("/api/dynamics/fit", StringComparison.Ordinal)));

        await session.Back(inUrl: "studyWindow=3");
        await StudySettled(page);
        Assert.Equal("3", await page.InputValueAsync("#f-studyWindow"));
        await AssertStudy(page, await fixture.Get("api/study?stream=ttp&kind=military_operation&by=month&window=3&placebos=200&seed=1"));
        await session.AssertClean();
    }

    private static async Task StudySettled(Microsoft.Playwright.IPage page) =>
        await page.WaitForFunctionAsync("() => { const s = document.getElementById('study-status'); return s && s.textContent && !s.textContent.endsWith('…'); }", null, new Microsoft.Playwright.PageWaitForFunctionOptions { Timeout = 240_000 });

    private static async Task AssertStudy(Microsoft.Playwright.IPage page, System.Text.Json.JsonElement api)
    {
        Assert.Equal(api.GetProperty("rateRatio").GetDouble(), await Value(page, "#study-rr"));
        var ci = System.Text.Json.JsonDocument.Parse((await page.GetAttributeAsync("#study-rr .ci", "data-ci"))!).RootElement;
        Assert.Equal(api.GetProperty("ci95")[0].GetDouble(), ci[0].GetDouble());
        Assert.Equal(api.GetProperty("ci95")[1].GetDouble(), ci[1].GetDouble());
        Assert.Equal(api.GetProperty("eventsBefore").GetDouble(), await Value(page, "#study-before"));
        Assert.Equal(api.GetProperty("eventsAfter").GetDouble(), await Value(page, "#study-after"));
        Assert.Equal(api.GetProperty("placeboPValue").GetDouble(), await Value(page, "#study-p"));
        Assert.Equal(string.Join(", ", api.GetProperty("interventions").EnumerateArray().Select(d => d.GetString())), await page.TextContentAsync("#study-dates"));
        var profile = api.GetProperty("profile").EnumerateArray().Select(v => (double?)v.GetDouble()).ToList();
        Assert.Equal(profile, (await Attributes(page, "#profile-table td[data-offset]", "data-value")).Select(Number));
        var bars = await page.EvaluateAsync<double[]>("() => echarts.getInstanceByDom(document.getElementById('study-chart')).getOption().series[0].data.map(d => d.value)");
        Assert.Equal(profile, bars.Select(v => (double?)v));
        Assert.Contains(api.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#study-provenance"));
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
