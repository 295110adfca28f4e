using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The events page: the filtered page of the API, the map of precise locations (no tiles), the rest listed
/// apart, and filters that live in the URL.</summary>
[Collection(DashboardGroup.Name)]
public sealed class EventsPageTests(DashboardFixture fixture)
{
    private const string Filters = "province=Balochistan&from=2010&to=2012&limit=10";

    [Fact]
    public async Task Events_FromTheUrl_ShowTheApiPageAndMap()
    {
        await using var session = await fixture.Load("events.html?" + Filters);
        var page = session.Page;

        // The URL's filters are in the form.
        Assert.Equal("Balochistan", await page.InputValueAsync("#f-province"));
        Assert.Equal("2010", await page.InputValueAsync("#f-from"));
        Assert.Equal("10", await page.InputValueAsync("#f-limit"));

        var api = await fixture.Get("api/events?" + Filters);
        Assert.Equal(api.GetProperty("total").GetDouble(), await Value(page, "#total-count"));
        Assert.Equal(api.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!), await Texts(page, "#events-table tbody tr td:first-child"));
        Assert.Contains(api.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#provenance"));
        var deaths = api.GetProperty("events").EnumerateArray().Select(e => (double?)e.GetProperty("fatalities").GetProperty("best").GetDouble());
        Assert.Equal(deaths, (await Attributes(page, "#events-table tbody tr td:nth-child(7)", "data-value")).Select(Number));

        // Drawn: the matches located exactly or within 25 km; the rest (district, province, country) listed apart.
        var geo = await fixture.Get("api/events.geojson?province=Balochistan&from=2010&to=2012&limit=50000");
        var precision = geo.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("precision")).ToList();
        var precise = precision.Count(p => p.ValueKind == System.Text.Json.JsonValueKind.Number && p.GetInt32() <= 2);
        Assert.Equal(precise, await Value(page, "#drawn"));
        Assert.Equal(precision.Count - precise + geo.GetProperty("withoutCoordinates").GetInt32(), await Value(page, "#apart-count"));
        Assert.True(precision.Count > precise, "the test needs events without a precise location");
        Assert.Equal(Math.Min(200, precision.Count - precise), (await Texts(page, "#apart-table tbody tr")).Length);

        // The map: the shipped outlines, no tile layer, nothing fetched from elsewhere (AssertClean).
        Assert.Equal(0, await page.Locator(".leaflet-tile").CountAsync());
        Assert.Contains(session.RequestedUrls, u => u.EndsWith("/geo/outlines.geojson", StringComparison.Ordinal));
        Assert.Equal(1, await page.Locator("#map canvas").CountAsync());
        Assert.EndsWith("api/events.csv?from=2010&to=2012&province=Balochistan", await page.GetAttributeAsync("#csv", "href"), StringComparison.Ordinal);
        await session.AssertClean();
        await session.Screenshot("events");
    }

    [Fact]
    public async Task Events_FiltersAndPages_GoIntoTheUrl_AndBackRestoresThem()
    {
        await using var session = await fixture.Load("events.html?" + Filters);
        var page = session.Page;
        var first = await Texts(page, "#events-table tbody tr td:first-child");

        // A new filter from the form: in the URL, and the table is the API's for it.
        await page.FillAsync("#f-province", "Sindh");
        await session.Submit("province=Sindh");
        Assert.Equal("2010", session.Query()["from"]);
        var sindh = await fixture.Get("api/events?province=Sindh&from=2010&to=2012&limit=10");
        Assert.Equal(sindh.GetProperty("total").GetDouble(), await Value(page, "#total-count"));

        // The next page is a new history entry.
        await page.ClickAsync("text=Next page");
        await page.WaitForURLAsync(url => url.Contains("offset=10", StringComparison.Ordinal));
        await session.Settled();
        var second = await fixture.Get("api/events?province=Sindh&from=2010&to=2012&limit=10&offset=10");
        Assert.Equal(second.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!), await Texts(page, "#events-table tbody tr td:first-child"));

        // Back twice: the first Sindh page, then the Balochistan view with its form and table.
        await session.Back(notInUrl: "offset=10");
        Assert.Equal(sindh.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!), await Texts(page, "#events-table tbody tr td:first-child"));
        await session.Back(inUrl: "province=Balochistan");
        Assert.Equal("Balochistan", await page.InputValueAsync("#f-province"));
        Assert.Equal(first, await Texts(page, "#events-table tbody tr td:first-child"));

        // Reloading restores the same view.
        await page.ReloadAsync();
        await session.Settled();
        Assert.Equal(first, await Texts(page, "#events-table tbody tr td:first-child"));
        await session.AssertClean();
    }

    [Fact]
    public async Task Events_ABadFilter_IsSaidAsTheApiSaysIt()
    {
        await using var session = await fixture.Load("events.html?minFatalities=x");
        var status = await session.Page.TextContentAsync("#status");
        Assert.Contains("minFatalities", status, StringComparison.Ordinal);
        Assert.Contains("400", status, StringComparison.Ordinal);
    }
}
