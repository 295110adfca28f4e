using System.Text.Json;
using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The alerts page: each unit's probability and alert as the API gives them, the cut-off from the costs, the
/// backtest and its reliability diagram; the rule's options are in the URL.</summary>
[Collection(DashboardGroup.Name)]
public sealed class AlertsPageTests(DashboardFixture fixture)
{
    private const string View = "stream=ttp&target=picss-attacks&by=none&atLeast=60&missCost=1&falseAlarmCost=1&model=ensemble&samples=200&seed=1";

    [Fact]
    public async Task Alerts_ShowTheApiProbabilities_AndTheRuleIsInTheUrl()
    {
        await using var session = await fixture.Load("alerts.html?" + View);
        var page = session.Page;
        Assert.Equal("60", await page.InputValueAsync("#f-atLeast"));
        await AssertShows(page, await fixture.Get("api/alerts?" + View));
        await session.Screenshot("alerts");

        // A dearer miss lowers the cut-off: a new URL and the API's answer for it.
        await page.FillAsync("#f-missCost", "4");
        await page.FillAsync("#f-atLeast", "90");
        await session.Submit("missCost=4");
        var dearer = await fixture.Get("api/alerts?" + View.Replace("missCost=1", "missCost=4", StringComparison.Ordinal).Replace("atLeast=60", "atLeast=90", StringComparison.Ordinal));
        Assert.Equal(0.2, dearer.GetProperty("cutoff").GetDouble(), 12);
        await AssertShows(page, dearer);

        await session.Back(inUrl: "missCost=1");
        Assert.Equal("1", await page.InputValueAsync("#f-missCost"));
        await AssertShows(page, await fixture.Get("api/alerts?" + View));
        await session.AssertClean();
    }

    private static async Task AssertShows(Microsoft.Playwright.IPage page, JsonElement api)
    {
        Assert.Equal(api.GetProperty("cutoff").GetDouble(), Number(await page.GetAttributeAsync("#rule", "data-cutoff")));
        Assert.Contains(api.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#provenance"));
        var units = api.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(units.Select(u => u.GetProperty("unit").GetString()!), await Texts(page, "#units-table tbody th"));
        Assert.Equal(units.Select(u => (double?)u.GetProperty("probability").GetDouble()), (await Attributes(page, "#units-table td[data-unit]", "data-value")).Select(Number));
        Assert.Equal(units.Select(u => u.GetProperty("alert").GetBoolean() ? "true" : "false"), await Attributes(page, "#units-table td[data-alert]", "data-alert"));
        Assert.Equal(units.Select(u => JsonSerializer.Serialize(u.GetProperty("interval90"))), (await Attributes(page, "#units-table td[data-ci]", "data-ci")).Select(c => JsonSerializer.Serialize(JsonDocument.Parse(c).RootElement)));

        var b = api.GetProperty("backtest");
        Assert.Equal(b.GetProperty("forecasts").GetDouble(), await Value(page, "#bt-forecasts"));
        Assert.Equal(Number(b.GetProperty("brier")), await Value(page, "#bt-brier"));
        Assert.Equal(Number(b.GetProperty("brierClimatology")), await Value(page, "#bt-climatology"));
        Assert.Equal(Number(b.GetProperty("hitRate")), await Value(page, "#bt-hit"));
        Assert.Equal(Number(b.GetProperty("falseAlarmRate")), await Value(page, "#bt-false"));
        var bins = b.GetProperty("reliability").EnumerateArray().ToList();
        Assert.Equal(bins.Select(x => Number(x.GetProperty("observedFrequency"))), (await Attributes(page, "#reliability-table td[data-kind=observed]", "data-value")).Select(Number));

        // The diagram draws one point per bin with forecasts, at (mean probability, observed frequency).
        var points = await page.EvaluateAsync<JsonElement>("() => echarts.getInstanceByDom(document.getElementById('chart')).getOption().series.find(s => s.name === 'backtest').data.map(d => d.value)");
        var expected = bins.Where(x => x.GetProperty("forecasts").GetInt32() > 0).Select(x => $"{x.GetProperty("meanProbability").GetDouble()}:{x.GetProperty("observedFrequency").GetDouble()}");
        Assert.Equal(expected, points.EnumerateArray().Select(p => $"{p[0].GetDouble()}:{p[1].GetDouble()}"));
    }
}
