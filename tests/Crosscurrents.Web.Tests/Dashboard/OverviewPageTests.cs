using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The overview: datasets with their coverage and counts, events by year and province, years with no data.</summary>
[Collection(DashboardGroup.Name)]
public sealed class OverviewPageTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Overview_ShowsTheDatasetsAndTheYearCounts_TheApiGives()
    {
        await using var session = await fixture.Load("index.html");
        var page = session.Page;

        var datasets = await fixture.Get("api/datasets");
        Assert.Contains(datasets.GetProperty("coverage").GetString()!, await page.TextContentAsync("#status"), StringComparison.Ordinal);
        foreach (var d in datasets.GetProperty("datasets").EnumerateArray())
        {
            var name = d.GetProperty("dataset").GetString()!;
            Assert.Equal(d.GetProperty("events").GetDouble(), await Value(page, $"#datasets-table td[data-dataset={Quote(name)}]"));
            Assert.Contains(d.GetProperty("snapshot").GetString()!, await Texts(page, "#datasets-table code"));
        }

        // The table's years are one series request; every cell is the API's value, null as "no data".
        var years = await Attributes(page, "#years-table thead th[data-period]", "data-period");
        var series = await fixture.Get($"api/series?by=year&group=province&top=8&from={years[0]}&to={years[^1]}");
        Assert.Equal(series.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!), years);
        var nulls = 0;
        foreach (var g in series.GetProperty("groups").EnumerateArray())
        {
            var group = g.GetProperty("name").GetString()!;
            var best = g.GetProperty("best").EnumerateArray().Select(Number).ToList();
            var shown = (await Attributes(page, $"#years-table td[data-group={Quote(group)}]", "data-value")).Select(Number).ToList();
            Assert.Equal(best, shown);
            nulls += best.Count(v => v is null);
        }

        // The years after the data (2022 on) are no data, never 0.
        Assert.True(nulls > 0);
        Assert.Contains("no data", await Texts(page, "#years-table td.nodata"));
        Assert.Contains(series.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#provenance"));

        // The reported figures: how many months each publisher gives, as the API has them.
        var picss = await fixture.Get("api/reported?publisher=PICSS&measure=militant_attacks&quantity=attacks&country=Pakistan");
        var published = picss.GetProperty("months").EnumerateArray().Count(m => m.GetProperty("value").ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.Equal(published, await Value(page, "#reported-list li[data-source='PICSS/militant_attacks/attacks/Pakistan'] .months"));
        Assert.Equal(4, (await Texts(page, "#reported-list li[data-source]")).Length);
        await session.AssertClean();
        await session.Screenshot("overview");
    }
}
