using System.Net;
using System.Text;
using System.Text.Json;
using Crosscurrents.Analysis.Events;
using Crosscurrents.Web.Tests.Endpoints;

namespace Crosscurrents.Web.Tests;

/// <summary>Security headers, request limits, rate limits, safe CSV, safe file names, text that stays text, concurrent reads.</summary>
[Collection(WebHostGroup.Name)]
public sealed class SecurityTests(WebHostFixture fixture)
{
    private readonly HttpClient _client = fixture.Client();

    /// <summary>Uploads need an analyst's key.</summary>
    private readonly HttpClient _analyst = fixture.KeyedClient();

    [Theory]
    [InlineData("/api/datasets")]
    [InlineData("/api/events?minFatalities=x")]
    [InlineData("/api/nothing-here")]
    public async Task EveryResponse_HasTheSecurityHeaders(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Opener-Policy")));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpoint()
    {
        var doc = await Json.Get(_client, "/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
        {
            "/api/datasets", "/api/events", "/api/events.csv", "/api/events.geojson", "/api/events/history", "/api/series", "/api/dynamics/fit", "/api/dynamics/compare",
            "/api/study", "/api/changepoints", "/api/granger", "/api/claims/check", "/api/reported", "/api/forecast", "/api/brief",
            "/api/actors", "/api/places", "/api/periods", "/api/import", "/api/jobs/dynamics-fit", "/api/jobs/{id}", "/api/jobs/{id}/events", "/api/jobs/{id}/result",
        })
        {
            Assert.Contains(path, paths);
        }

        var events = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("minFatalities", events);
        Assert.Contains("limit", events);
    }

    [Fact]
    public async Task ScalarReference_IsServedWithItsOwnPolicy()
    {
        using var response = await _client.GetAsync(new Uri("/scalar/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void ServeAddKey_PrintsTheKeyOnce_AndStoresOnlyItsHash()
    {
        using var dir = new Testing.Fixtures.TempDirectory();
        var db = dir.File("keys.duckdb");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Cli.CliApp.Run(["serve", "--add-key", "alice", "--role", "admin", "--db", db, "--data-dir", Testing.Fixtures.RepositoryData.DataDirectory], output, error);
        Assert.True(exit == 0, error.ToString());
        var key = output.ToString().Trim();
        Assert.StartsWith("cc_", key, StringComparison.Ordinal);
        var stored = File.ReadAllText(db + ".keys");
        Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
        Assert.Equal(("alice", Internal.ApiRole.Admin), Internal.ApiKeys.Find(db + ".keys", key));
        Assert.Null(Internal.ApiKeys.Find(db + ".keys", key + "x"));
    }

    [Fact]
    public async Task OversizedClaimFile_IsA413Problem()
    {
        using var body = new StringContent("claims:\n" + new string('#', 70 * 1024), Encoding.UTF8, "application/yaml");
        using var response = await _analyst.PostAsync(new Uri("/api/claims/check", UriKind.Relative), body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ProblemTests.Problem(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task EmptyClaimFile_IsA400ProblemNamingTheBody()
    {
        using var body = new StringContent("", Encoding.UTF8, "application/yaml");
        using var response = await _analyst.PostAsync(new Uri("/api/claims/check", UriKind.Relative), body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("body", (await ProblemTests.Problem(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task BadClaimFile_IsA400ProblemWithTheParserMessage()
    {
        using var body = new StringContent("claims:\n  - id: x\n    test: nonsense\n", Encoding.UTF8, "application/yaml");
        using var response = await _analyst.PostAsync(new Uri("/api/claims/check", UriKind.Relative), body, TestContext.Current.CancellationToken);
        var problem = await ProblemTests.Problem(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("crosscurrents-claims-", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\win.ini", "win.ini")]
    [InlineData("..", "upload.yaml")]
    [InlineData("", "upload.yaml")]
    [InlineData("claims/op-ed.yaml", "op-ed.yaml")]
    public void UploadedFileName_IsAPlainName(string given, string shown)
    {
        Assert.Equal(shown, Crosscurrents.Web.Endpoints.ClaimsEndpoints.FileName(given));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("North Waziristan", "North Waziristan")]
    public void CsvCell_StartingLikeAFormula_IsMadeInert(string cell, string written)
    {
        Assert.Equal(written, EventsPages.Safe(cell));
    }

    [Fact]
    public async Task EventsCsv_IsCsvWithTheHeader()
    {
        using var response = await _client.GetAsync(new Uri("/api/events.csv?from=2021-12", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,dataset,", lines[0], StringComparison.Ordinal);
        var first = fixture.Cli("events", "--from", "2021-12").GetProperty("events")[0].GetProperty("source").GetProperty("sourceId").GetString();
        Assert.StartsWith(first + ",ucdp-ged,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_AnswersTooManyRequestsAsAProblem()
    {
        using var factory = fixture.With(o => o with { RequestsPerMinute = 3 });
        using var client = factory.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/actors", UriKind.Relative), TestContext.Current.CancellationToken);
            codes.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(429, (await ProblemTests.Problem(response)).GetProperty("status").GetInt32());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task ParallelReads_AllSucceedOnTheReadOnlyStore()
    {
        var urls = Enumerable.Range(0, 8).Select(i => (i % 4) switch
        {
            0 => "/api/events?actor=ttp&limit=50",
            1 => "/api/series?by=year",
            2 => "/api/datasets",
            _ => "/api/events.geojson?from=2020&limit=100",
        }).ToList();
        var answers = await Task.WhenAll(urls.Select(async u =>
        {
            using var response = await _client.GetAsync(new Uri(u, UriKind.Relative), TestContext.Current.CancellationToken);
            return (u, response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }));
        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.OK, $"{a.u}: {a.Item3}"));
        Assert.Equal(answers[0].Item3, answers[4].Item3);
    }

    [Fact]
    public async Task ScriptInAClaimsText_RendersAsTextInTheBrief()
    {
        const string yaml = """
            claims:
              - id: script-text
                text: "<script>alert('x')</script> attacks by the TTP peaked in 2013"
                test: peak
                stream: ttp
                from: 2008
                to: 2020
                expect_years: [2013]
            """;
        using var body = new StringContent(yaml, Encoding.UTF8, "application/yaml");
        using var response = await _analyst.PostAsync(new Uri("/api/brief", UriKind.Relative), body, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
