using System.Text.Json;
using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The series page: the API's values in the chart and the table, uncovered periods as gaps and "no data"
/// (never zero), and the selectors in the URL.</summary>
[Collection(DashboardGroup.Name)]
public sealed class SeriesPageTests(DashboardFixture fixture)
{
    private const string View = "by=year&measure=fatalities&from=1985&to=2024";

    [Fact]
    public async Task Series_UncoveredYears_AreGapsAndNoData_NeverZero()
    {
        await using var session = await fixture.Load("series.html?" + View);
        var page = session.Page;
        Assert.Equal("year", await page.InputValueAsync("#f-by"));
        Assert.Equal("fatalities", await page.InputValueAsync("#f-measure"));
        Assert.Equal("1985", await page.InputValueAsync("#f-from"));

        var api = await fixture.Get("api/series?" + View);
        var periods = api.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).ToList();
        var group = api.GetProperty("groups")[0];
        var best = group.GetProperty("best").EnumerateArray().Select(Number).ToList();
        Assert.Contains(null, best);
        Assert.Equal(periods, await Texts(page, "#values-table tbody th"));
        Assert.Equal(best, (await Attributes(page, "#values-table tbody td", "data-value")).Select(Number));
        var cells = await Texts(page, "#values-table tbody td");
        for (var i = 0; i < best.Count; i++)
        {
            if (best[i] is null)
            {
                Assert.Equal("no data", cells[i]);
            }
            else
            {
                // Deaths come with UCDP's low and high where they differ from the best estimate.
                var low = group.GetProperty("low")[i].GetDouble();
                var high = group.GetProperty("high")[i].GetDouble();
                Assert.Equal(low != best[i] || high != best[i], cells[i].Contains('(', StringComparison.Ordinal));
            }
        }

        // The chart's line has null (a gap) where the API has null, and the uncovered stretches are marked.
        var chart = await page.EvaluateAsync<JsonElement>("() => { const o = echarts.getInstanceByDom(document.getElementById('chart')).getOption(); const line = o.series.find(s => s.name === 'all'); return { data: line.data, areas: line.markArea.data.length, x: o.xAxis[0].data }; }");
        Assert.Equal(periods, chart.GetProperty("x").EnumerateArray().Select(p => p.GetString()!));
        Assert.Equal(best, chart.GetProperty("data").EnumerateArray().Select(Number));
        Assert.Equal(2, chart.GetProperty("areas").GetInt32());
        Assert.Contains(api.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#provenance"));
        await session.AssertClean();
        await session.Screenshot("series");
    }

    [Fact]
    public async Task Series_Selectors_GoIntoTheUrl_AndBackRestoresThem()
    {
        await using var session = await fixture.Load("series.html?by=year&from=2005&to=2015");
        var page = session.Page;
        await page.SelectOptionAsync("#f-group", "province");
        await page.FillAsync("#f-top", "3");
        await session.Submit("group=province");
        Assert.Equal("3", session.Query()["top"]);
        var api = await fixture.Get("api/series?by=year&from=2005&to=2015&group=province&top=3");
        var groups = api.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()!).ToList();
        List<string> headers = ["year", .. groups];
        Assert.Equal(headers, await Texts(page, "#values-table thead th"));
        foreach (var g in api.GetProperty("groups").EnumerateArray())
        {
            Assert.Equal(g.GetProperty("best").EnumerateArray().Select(Number),
                (await Attributes(page, $"#values-table td[data-group={Quote(g.GetProperty("name").GetString()!)}]", "data-value")).Select(Number));
        }

        await session.Back(notInUrl: "group=");
        Assert.Equal("none", await page.InputValueAsync("#f-group"));
        Assert.Equal(new[] { "year", "all" }, await Texts(page, "#values-table thead th"));
        await session.AssertClean();
    }

    [Fact]
    public async Task Series_IsUsableFromTheKeyboard()
    {
        await using var session = await fixture.Load("series.html?by=year");
        var page = session.Page;

        // The first Tab reaches the skip link, which moves the focus to the content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // Every field has a label; typing a year and pressing Enter shows that view.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('#filters input, #filters select')].filter(f => !f.labels || f.labels.length === 0).length"));
        await page.FocusAsync("#f-from");
        await page.Keyboard.TypeAsync("2008");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("from=2008", StringComparison.Ordinal));
        await session.Settled();
        var api = await fixture.Get("api/series?by=year&from=2008");
        Assert.Equal(api.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!), await Texts(page, "#values-table tbody th"));
        await session.AssertClean();
    }
}
