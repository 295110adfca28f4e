using System.Text.Json;
using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The reported figures page: the publishers' monthly and yearly figures as the API gives them, unpublished
/// months as gaps, UCDP's deaths with their low and high estimates, and the source named.</summary>
[Collection(DashboardGroup.Name)]
public sealed class ReportedPageTests(DashboardFixture fixture)
{
    private const string Ucdp = "publisher=UCDP&measure=organized_violence&quantity=deaths_best&country=Afghanistan";

    [Fact]
    public async Task Reported_ShowsTheApiFigures_AndTheFormChangesTheSeries()
    {
        await using var session = await fixture.Load("reported.html?" + Ucdp);
        var page = session.Page;
        Assert.Equal("UCDP", await page.InputValueAsync("#f-publisher"));
        Assert.Equal("Afghanistan", await page.InputValueAsync("#f-country"));

        // UCDP: yearly totals only, each with the low and high of the same request for deaths_low and deaths_high.
        var api = await fixture.Get("api/reported?" + Ucdp);
        var low = await fixture.Get("api/reported?" + Ucdp.Replace("deaths_best", "deaths_low", StringComparison.Ordinal));
        var high = await fixture.Get("api/reported?" + Ucdp.Replace("deaths_best", "deaths_high", StringComparison.Ordinal));
        var years = api.GetProperty("years").EnumerateArray().ToList();
        Assert.NotEmpty(years);
        Assert.True(await page.Locator("#months-section").IsHiddenAsync());
        Assert.Equal(years.Select(y => Number(y.GetProperty("publishedTotal"))), (await Attributes(page, "#years-table td[data-kind=total]", "data-value")).Select(Number));
        var ranges = await Attributes(page, "#years-table td[data-ci]", "data-ci");
        for (var i = 0; i < years.Count; i++)
        {
            var ci = JsonDocument.Parse(ranges[i]).RootElement;
            Assert.Equal(Number(low.GetProperty("years")[i].GetProperty("publishedTotal")), Number(ci[0]));
            Assert.Equal(Number(high.GetProperty("years")[i].GetProperty("publishedTotal")), Number(ci[1]));
        }

        var chart = await Chart(page, "years-chart");
        Assert.Equal(years.Select(y => y.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)), chart.GetProperty("x").EnumerateArray().Select(v => v.GetString()!));
        Assert.Equal(years.Select(y => Number(y.GetProperty("publishedTotal"))), Series(chart, "published total"));
        Assert.Contains("UCDP Country-Year Dataset on Organized Violence", await page.TextContentAsync("#source"), StringComparison.Ordinal);
        await session.AssertClean();

        // The form: PICSS's monthly attacks; unpublished months are null in the chart and "no data" in the table.
        await page.SelectOptionAsync("#f-publisher", "PICSS");
        await page.FillAsync("#f-measure", "militant_attacks");
        await page.FillAsync("#f-quantity", "attacks");
        await page.FillAsync("#f-country", "Pakistan");
        await session.Submit("publisher=PICSS");
        const string Picss = "publisher=PICSS&measure=militant_attacks&quantity=attacks&country=Pakistan";
        var picss = await fixture.Get("api/reported?" + Picss);
        var months = picss.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(months.Select(m => m.GetProperty("month").GetString()!), await Texts(page, "#months-table tbody th"));
        Assert.Equal(months.Select(m => Number(m.GetProperty("value"))), (await Attributes(page, "#months-table td[data-month]", "data-value")).Select(Number));
        Assert.Contains(months, m => m.GetProperty("value").ValueKind == JsonValueKind.Null);
        Assert.Contains("no data", await Texts(page, "#months-table td.nodata"));
        var origins = months.Where(m => m.GetProperty("origin").ValueKind == JsonValueKind.String).Select(m => m.GetProperty("origin").GetString()!);
        Assert.Equal(origins, await Texts(page, "#months-table td code"));
        Assert.Equal(months.Select(m => Number(m.GetProperty("value"))), Series(await Chart(page, "months-chart"), "attacks"));
        Assert.Equal(picss.GetProperty("years").EnumerateArray().Select(y => Number(y.GetProperty("sumOfMonths"))),
            (await Attributes(page, "#years-table td[data-kind=sum]", "data-value")).Select(Number));
        Assert.Equal(0, await page.Locator("#years-table td[data-ci]").CountAsync());
        await session.Screenshot("reported");

        await session.Back(inUrl: "publisher=UCDP");
        Assert.Equal("UCDP", await page.InputValueAsync("#f-publisher"));
        Assert.True(await page.Locator("#months-section").IsHiddenAsync());
        await session.AssertClean();
    }

    private static async Task<JsonElement> Chart(Microsoft.Playwright.IPage page, string id) =>
        await page.EvaluateAsync<JsonElement>($"() => {{ const o = echarts.getInstanceByDom(document.getElementById({Quote(id)})).getOption(); return {{ x: o.xAxis[0].data, series: o.series.map(s => ({{ name: s.name, data: s.data }})) }}; }}");

    private static IEnumerable<double?> Series(JsonElement chart, string name) =>
        chart.GetProperty("series").EnumerateArray().First(s => s.GetProperty("name").GetString() == name).GetProperty("data").EnumerateArray().Select(Number);
}
