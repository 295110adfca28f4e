using System.Net.Http.Json;
using System.Text.Json;
using static Crosscurrents.Web.Tests.Dashboard.PageValues;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The scenarios page: shipped scenarios run as a job and shown side by side with the job's totals and
/// intervals, fans on one scale, and assumed effects labelled ASSUMED; without a key it starts nothing.</summary>
[Collection(DashboardGroup.Name)]
public sealed class ScenariosPageTests(DashboardFixture fixture)
{
    private const string View = "options=negotiate,retaliate&paths=200&seed=1";

    [Fact]
    public async Task Scenarios_RunAsAJob_AndShowTheResultSideBySide()
    {
        await using var session = await fixture.Load("scenarios.html?" + View, fixture.AnalystKey);
        var page = session.Page;
        Assert.StartsWith("2 scenario(s) against the status quo", await page.TextContentAsync("#status"), StringComparison.Ordinal);
        Assert.Contains(session.RequestedUrls, u => u.Contains("/api/jobs/scenarios?", StringComparison.Ordinal) && u.Contains("paths=200", StringComparison.Ordinal));
        Assert.DoesNotContain(session.RequestedUrls, u => u.Contains(fixture.AnalystKey, StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(await page.GetAttributeAsync("#progress-box", "data-seen")), "no progress event reached the page");

        var api = await Run(View);
        await AssertShows(page, api);
        await session.Screenshot("scenarios");

        // Another choice from the form: one scenario, a new URL, the job's answer for it.
        await page.FillAsync("#f-options", "negotiate");
        await session.Submit("options=negotiate&");
        await AssertShows(page, await Run("options=negotiate&paths=200&seed=1"));
        await session.Back(inUrl: "retaliate");
        Assert.Equal("negotiate,retaliate", await page.InputValueAsync("#f-options"));
        await AssertShows(page, api);
        await session.AssertClean();
    }

    [Fact]
    public async Task Scenarios_WithoutAKey_StartNothing()
    {
        await using var session = await fixture.Load("scenarios.html?" + View);
        Assert.Contains("API key", await session.Page.TextContentAsync("#status"), StringComparison.Ordinal);
        Assert.DoesNotContain(session.RequestedUrls, u => u.Contains("/api/jobs", StringComparison.Ordinal));
        await session.AssertClean();
    }

    /// <summary>The same run as a job from the test (seeded: the same paths as the page's).</summary>
    private async Task<JsonElement> Run(string query)
    {
        var token = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/jobs/scenarios?" + query, UriKind.Relative));
        request.Headers.Add("X-Api-Key", fixture.AnalystKey);
        using var started = await fixture.Api.SendAsync(request, token);
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync(token));
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetString();
        while ((await fixture.Get($"api/jobs/{id}")).GetProperty("status").GetString() == "running")
        {
            await Task.Delay(200, token);
        }

        return await fixture.Get($"api/jobs/{id}/result");
    }

    private static async Task AssertShows(Microsoft.Playwright.IPage page, JsonElement api)
    {
        var all = new[] { api.GetProperty("statusQuo") }.Concat(api.GetProperty("scenarios").EnumerateArray()).ToList();
        Assert.Contains(api.GetProperty("snapshot").GetString()!, await page.TextContentAsync("#provenance"));
        var maxima = new List<double>();
        foreach (var s in all)
        {
            var name = Quote(s.GetProperty("name").GetString()!);
            var events = $"#totals-table td[data-scenario={name}][data-kind=events]";
            Assert.Equal(s.GetProperty("events").GetProperty("mean").GetDouble(), await Value(page, events));
            Assert.Equal(JsonSerializer.Serialize(s.GetProperty("events").GetProperty("ci90")), JsonSerializer.Serialize(JsonDocument.Parse((await page.GetAttributeAsync(events, "data-ci"))!).RootElement));
            Assert.Equal(s.GetProperty("deaths").GetProperty("mean").GetDouble(), await Value(page, $"#totals-table td[data-scenario={name}][data-kind=deaths]"));
            Assert.Equal(s.GetProperty("probabilityEscalation").GetDouble(), await Value(page, $"#totals-table td[data-scenario={name}][data-kind=escalation]"));
            if (s.GetProperty("vsStatusQuo").ValueKind != JsonValueKind.Null)
            {
                Assert.Equal(s.GetProperty("vsStatusQuo").GetProperty("events").GetProperty("mean").GetDouble(), await Value(page, $"#totals-table td[data-scenario={name}][data-kind=diff]"));
                Assert.Equal(s.GetProperty("vsStatusQuo").GetProperty("probabilityFewer").GetDouble(), await Value(page, $"#totals-table td[data-scenario={name}][data-kind=fewer]"));
            }

            // Assumed effects are labelled as the CLI labels them; a scenario of assumptions only says so.
            var assumed = s.GetProperty("levers").EnumerateArray().Count(l => l.GetProperty("assumed").GetBoolean());
            Assert.Equal(assumed.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync($"#totals-table td[data-scenario={name}][data-kind=assumed]", "data-assumed"));
            Assert.Equal(assumed, await page.Locator($"table.levers[data-scenario={name}] td[data-assumed=true] .assumed").CountAsync());
            Assert.Equal(s.GetProperty("onlyAssumptions").GetBoolean() ? 1 : 0, await page.Locator($"[data-only-assumptions={name}]").CountAsync());

            // Its fan: the 5%, 50% and 95% of the paths each month, on the same scale as the others.
            var fan = await page.EvaluateAsync<JsonElement>($"() => {{ const o = echarts.getInstanceByDom(document.getElementById('fan-' + {name})).getOption(); return {{ max: o.yAxis[0].max, series: o.series.map(x => ({{ name: x.name, data: x.data }})) }}; }}");
            double At(string series, int i) => fan.GetProperty("series").EnumerateArray().First(x => x.GetProperty("name").GetString() == series).GetProperty("data")[i].GetDouble();
            var months = s.GetProperty("fan").EnumerateArray().ToList();
            for (var i = 0; i < months.Count; i++)
            {
                var q = months[i].GetProperty("events");
                Assert.Equal(q[0].GetDouble(), At("90% low", i));
                Assert.Equal(q[4].GetDouble(), At("90% low", i) + At("90%", i), 9);
                Assert.Equal(q[2].GetDouble(), At("median", i));
            }

            maxima.Add(fan.GetProperty("max").GetDouble());
        }

        // One scale for every fan, high enough for the largest 95% quantile.
        var top = all.SelectMany(x => x.GetProperty("fan").EnumerateArray()).Max(m => m.GetProperty("events")[4].GetDouble());
        Assert.Single(maxima.Distinct());
        Assert.InRange(maxima[0], top, top * 1.25);

        var shown = await page.EvaluateAsync<double[]>("() => echarts.getInstanceByDom(document.getElementById('totals-chart')).getOption().series.find(s => s.name === 'mean').data");
        Assert.Equal(all.Select(s => s.GetProperty("events").GetProperty("mean").GetDouble()), shown);
    }
}
