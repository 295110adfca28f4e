using System.Text.Json;
using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The forecasts page: the fan chart and table of the API's predictive medians and intervals; the model shown
/// is in the URL.</summary>
[Collection(DashboardGroup.Name)]
public sealed class ForecastsPageTests(DashboardFixture fixture)
{
    private const string View = "stream=ttp&target=picss-attacks&by=none&horizon=6&samples=200&seed=1";

    [Fact]
    public async Task Forecasts_ShowTheApiIntervals_AndTheModelChoiceIsInTheUrl()
    {
        await using var session = await fixture.Load("forecasts.html?" + View);
        var page = session.Page;
        var api = await fixture.Get("api/forecast?" + View);
        var unit = api.GetProperty("units")[0];
        Assert.Equal(api.GetProperty("shown").GetString(), await page.InputValueAsync("#c-model"));
        await AssertShows(page, Model(unit, api.GetProperty("shown").GetString()!));
        Assert.Contains(api.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#provenance"));

        // The 90% band of the fan: its lower edge and its width stacked on it give the API's interval; before the origin
        // the published PICSS months, unpublished ones as gaps (null), never zero.
        var chart = await page.EvaluateAsync<JsonElement>("() => { const o = echarts.getInstanceByDom(document.getElementById('chart')).getOption(); return { x: o.xAxis[0].data, series: o.series.map(s => ({ name: s.name, data: s.data })) }; }");
        double? Point(string name, int i) => Number(chart.GetProperty("series").EnumerateArray().First(s => s.GetProperty("name").GetString() == name).GetProperty("data")[i]);
        var x = chart.GetProperty("x").EnumerateArray().Select(v => v.GetString()!).ToList();
        var months = Model(unit, api.GetProperty("shown").GetString()!).GetProperty("months").EnumerateArray().ToList();
        foreach (var m in months)
        {
            var i = x.IndexOf(m.GetProperty("month").GetString()!);
            Assert.Equal(m.GetProperty("interval90")[0].GetDouble(), Point("90% interval low", i));
            Assert.Equal(m.GetProperty("interval90")[1].GetDouble(), Point("90% interval low", i)!.Value + Point("90% interval", i)!.Value, 9);
            Assert.Equal(m.GetProperty("median").GetDouble(), Point("median", i));
            Assert.Null(Point("observed", i));
        }

        var reported = await fixture.Get("api/reported?publisher=PICSS&measure=militant_attacks&quantity=attacks&country=Pakistan");
        var past = reported.GetProperty("months").EnumerateArray().Where(m => string.CompareOrdinal(m.GetProperty("month").GetString(), api.GetProperty("origin").GetString()) <= 0).TakeLast(36).ToList();
        Assert.Equal(past.Select(m => m.GetProperty("month").GetString()!), x.Take(past.Count));
        Assert.Equal(past.Select(m => Number(m.GetProperty("value"))), Enumerable.Range(0, past.Count).Select(i => Point("observed", i)));

        await session.Screenshot("forecasts");
        await page.SelectOptionAsync("#c-model", "nb");
        await page.WaitForURLAsync(url => url.Contains("model=nb", StringComparison.Ordinal));
        await session.Settled();
        await AssertShows(page, Model(unit, "nb"));
        await session.Back(notInUrl: "model=");
        Assert.Equal(api.GetProperty("shown").GetString(), await page.InputValueAsync("#c-model"));
        await session.AssertClean();
    }

    private static JsonElement Model(JsonElement unit, string name) =>
        unit.GetProperty("forecasts").EnumerateArray().First(f => f.GetProperty("model").GetString() == name);

    private static async Task AssertShows(Microsoft.Playwright.IPage page, JsonElement model)
    {
        var months = model.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(months.Select(m => m.GetProperty("month").GetString()!), await Texts(page, "#months-table tbody th"));
        Assert.Equal(months.Select(m => (double?)m.GetProperty("median").GetDouble()), (await Attributes(page, "#months-table td[data-month]", "data-value")).Select(Number));
        var intervals = await Attributes(page, "#months-table td[data-ci]", "data-ci");
        for (var i = 0; i < months.Count; i++)
        {
            Assert.Equal(JsonSerializer.Serialize(months[i].GetProperty("interval50")), JsonSerializer.Serialize(JsonDocument.Parse(intervals[2 * i]).RootElement));
            Assert.Equal(JsonSerializer.Serialize(months[i].GetProperty("interval90")), JsonSerializer.Serialize(JsonDocument.Parse(intervals[(2 * i) + 1]).RootElement));
        }
    }
}
