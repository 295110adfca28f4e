using System.Text;
using System.Text.Json;
using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The claims page: the shipped claims checked through the API, each verdict with its estimate, interval and
/// data snapshot; the verdict filter in the URL; an edited file checked with an analyst's key.</summary>
[Collection(DashboardGroup.Name)]
public sealed class ClaimsPageTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Claims_ShippedFile_ShowsTheApiVerdicts_AndTheFilterIsInTheUrl()
    {
        await using var session = await fixture.Load("claims.html");
        var page = session.Page;

        var api = await fixture.Get("api/claims/check");
        var claims = api.GetProperty("claims").EnumerateArray().ToList();

        Assert.Equal(claims.Select(c => c.GetProperty("id").GetString()!), await Attributes(page, "#claims-table td[data-claim]:first-child", "data-claim"));
        Assert.Equal(claims.Select(c => c.GetProperty("verdict").GetString()!), await Attributes(page, "#claims-table td[data-verdict]", "data-verdict"));
        Assert.Equal(claims.Select(c => Number(c.GetProperty("estimate"))), (await Attributes(page, "#claims-table td.num[data-claim]", "data-value")).Select(Number));
        foreach (var c in claims.Where(c => c.GetProperty("snapshot").ValueKind == JsonValueKind.String))
        {
            Assert.Contains(c.GetProperty("snapshot").GetString()!, await Texts(page, "#claims-table code.snapshot"));
        }

        // A filter: in the URL, only those claims; back shows them all again.
        await page.SelectOptionAsync("#f-verdict", "supported");
        await session.Submit("verdict=supported");
        Assert.Equal(claims.Where(c => c.GetProperty("verdict").GetString() == "supported").Select(c => c.GetProperty("id").GetString()!),
            await Attributes(page, "#claims-table td[data-claim]:first-child", "data-claim"));
        await session.Back(notInUrl: "verdict=");
        Assert.Equal(claims.Count, (await Attributes(page, "#claims-table td[data-verdict]", "data-verdict")).Length);
        await session.AssertClean();
        await session.Screenshot("claims");
    }

    [Fact]
    public async Task Claims_AnEditedFile_IsCheckedAgain()
    {
        await using var session = await fixture.Load("claims.html", fixture.AnalystKey);
        var page = session.Page;
        const string Yaml = """
            claims:
              - id: edited-peak
                text: "attacks peaked in 2009 or 2010"
                test: peak
                stream: ttp
                from: 2005
                to: 2015
                expect_years: [2009, 2010]
            """;
        await page.ClickAsync("#file-box summary");
        await page.FillAsync("#yaml", Yaml);
        await page.ClickAsync("#file-form button[type=submit]");
        await page.WaitForFunctionAsync("() => document.getElementById('claims-file').textContent.startsWith('edited.yaml')");
        await session.Settled();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/claims/check?name=edited.yaml", UriKind.Relative)) { Content = new StringContent(Yaml, Encoding.UTF8, "application/yaml") };
        request.Headers.Add(Internal.ApiKeys.Header, fixture.AnalystKey);
        using var response = await fixture.Api.SendAsync(request, TestContext.Current.CancellationToken);
        var claim = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("claims")[0];
        Assert.Equal(["edited-peak"], await Attributes(page, "#claims-table td[data-claim]:first-child", "data-claim"));
        Assert.Equal([claim.GetProperty("verdict").GetString()!], await Attributes(page, "#claims-table td[data-verdict]", "data-verdict"));
        Assert.Equal(Number(claim.GetProperty("estimate")), await Value(page, "#claims-table td.num[data-claim]"));
        await session.AssertClean();
    }
}
