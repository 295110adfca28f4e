using System.Net;
using System.Text;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Web.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Crosscurrents.Web.Tests.Endpoints;

/// <summary>Writes need a key with a role: none, a wrong one or a reader's is refused; an analyst's imports, and is
/// audited. An imported cell that starts like a formula is exported inert.</summary>
[Collection(WebHostGroup.Name)]
public sealed class ImportTests(WebHostFixture fixture) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Import_NeedsAnAnalystKey_ThenImportsAndAudits()
    {
        var token = TestContext.Current.CancellationToken;
        var keys = _dir.File("api.keys");
        var analyst = ApiKeys.Create(keys, "ana", ApiRole.Analyst);
        var reader = ApiKeys.Create(keys, "rea", ApiRole.Reader);
        Assert.DoesNotContain(analyst, await File.ReadAllTextAsync(keys, token), StringComparison.Ordinal);
        var db = _dir.File("import.duckdb");
        using var factory = fixture.With(o => o with { DatabasePath = db, KeysFile = keys, LoadShippedData = false });
        using var client = factory.CreateClient();

        // An events CSV made by the API itself: two events of December 2021.
        using var source = fixture.Client();
        var csv = await source.GetStringAsync(new Uri("/api/events.csv?from=2021-12-08&to=2021-12-11", UriKind.Relative), token);
        // A place name a spreadsheet would run as a formula.
        Assert.Contains(",Panjgur district,", csv, StringComparison.Ordinal);
        csv = csv.Replace(",Panjgur district,", ",=HYPERLINK(1),", StringComparison.Ordinal);

        async Task<HttpResponseMessage> Post(string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/import?name=../../dec.csv&dataset=test", UriKind.Relative))
            {
                Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
            };
            if (key is not null)
            {
                request.Headers.Add(ApiKeys.Header, key);
            }

            return await client.SendAsync(request, token);
        }

        using (var none = await Post(null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            await ProblemTests.Problem(none);
        }

        using (var wrong = await Post("cc_" + new string('0', 64)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using (var low = await Post(reader))
        {
            Assert.Equal(HttpStatusCode.Forbidden, low.StatusCode);
            Assert.Contains("analyst", (await ProblemTests.Problem(low)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var ok = await Post(analyst))
        {
            var body = await ok.Content.ReadAsStringAsync(token);
            Assert.True(ok.StatusCode == HttpStatusCode.OK, body);
            Assert.Contains("\"file\": \"dec.csv\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("crosscurrents-import-", body, StringComparison.Ordinal);
        }

        var page = await Json.Get(client, "/api/events");
        Assert.True(page.GetProperty("total").GetInt64() >= 2);
        var exported = await client.GetStringAsync(new Uri("/api/events.csv", UriKind.Relative), token);
        Assert.Contains(",'=HYPERLINK(1),", exported, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", exported, StringComparison.Ordinal);
        var audit = await File.ReadAllLinesAsync(db + ".audit.log", token);
        Assert.Contains(audit, l => l.Contains("\tana\tanalyst\tPOST\t/api/import", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, l => l.Contains("rea", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ThenTheNextReads_SeeTheNewEvents()
    {
        // The host keeps its read sessions between requests (and the store keeps the snapshots of filters the rollup
        // cannot answer): a write closes them, and the next page, snapshot and series are of the new events.
        var token = TestContext.Current.CancellationToken;
        var keys = _dir.File("api.keys");
        var analyst = ApiKeys.Create(keys, "ana", ApiRole.Analyst);
        using var factory = fixture.With(o => o with { DatabasePath = _dir.File("reads.duckdb"), KeysFile = keys, LoadShippedData = false });
        using var client = factory.CreateClient();
        using var source = fixture.Client();
        var csv = await source.GetStringAsync(new Uri("/api/events.csv?from=2021-12-08&to=2021-12-11", UriKind.Relative), token);

        const string Deadly = "/api/events?minFatalities=0&limit=5";
        const string Weekly = "/api/series?by=week&from=2021-12&to=2021-12";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, (await Json.Get(client, Deadly)).GetProperty("total").GetInt64());
            Assert.Equal(0, (await Json.Get(client, Weekly)).GetProperty("events").GetInt64());
        }

        await ImportAsAnalyst(client, csv, analyst);

        var page = await Json.Get(client, Deadly);
        var total = page.GetProperty("total").GetInt64();
        Assert.True(total >= 2);
        Assert.Equal(total, page.GetProperty("events").GetArrayLength());
        var weekly = await Json.Get(client, Weekly);
        Assert.Equal(total, weekly.GetProperty("events").GetInt64());
        Assert.Equal(page.GetProperty("snapshot").GetString(), weekly.GetProperty("snapshot").GetString());
    }

    [Fact]
    public async Task KeptAnswers_AreServedUntilAWrite_ThenRecomputed()
    {
        // The host holds its DuckDB file (the factory runs the entry point, which prepares the host as `crosscurrents serve`
        // does), so it keeps its read answers; an import through it changes the store's generation, so the answers kept
        // before are never served after it.
        var token = TestContext.Current.CancellationToken;
        var keys = _dir.File("kept.keys");
        var analyst = ApiKeys.Create(keys, "ana", ApiRole.Analyst);
        using var factory = fixture.With(o => o with { DatabasePath = _dir.File("kept.duckdb"), KeysFile = keys, LoadShippedData = false });
        using var client = factory.CreateClient();
        Assert.True(factory.Services.GetRequiredService<AnalysisHost>().KeepsAnswers);
        using var source = fixture.Client();
        var csv = await source.GetStringAsync(new Uri("/api/events.csv?from=2021-12-08&to=2021-12-11", UriKind.Relative), token);

        async Task<(long Total, bool Kept)> Read(string url, string total)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), token);
            var body = await response.Content.ReadAsStringAsync(token);
            Assert.True(response.IsSuccessStatusCode, body);
            var kept = response.Headers.TryGetValues(StoreResultsCache.Header, out var values) && values.Contains("hit");
            return (System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty(total).GetInt64(), kept);
        }

        const string Page = "/api/events?limit=5";
        const string Weekly = "/api/series?by=week&from=2021-12&to=2021-12";
        Assert.Equal((0L, false), await Read(Page, "total"));
        Assert.Equal((0L, true), await Read(Page, "total"));
        Assert.Equal((0L, false), await Read(Weekly, "events"));
        Assert.Equal((0L, true), await Read(Weekly, "events"));
        // Another value of a parameter is another answer.
        Assert.Equal((0L, false), await Read(Page + "&offset=1", "total"));

        // A refused request is never kept.
        for (var i = 0; i < 2; i++)
        {
            using var bad = await client.GetAsync(new Uri("/api/series?by=mont", UriKind.Relative), token);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.False(bad.Headers.Contains(StoreResultsCache.Header));
        }

        await ImportAsAnalyst(client, csv, analyst);

        var (total, kept) = await Read(Page, "total");
        Assert.True(total >= 2);
        Assert.False(kept);
        Assert.Equal((total, false), await Read(Weekly, "events"));
        Assert.Equal((total, true), await Read(Weekly, "events"));
    }

    [Fact]
    public async Task Answers_AreNotKept_WhenTheHostIsToldNotTo()
    {
        var token = TestContext.Current.CancellationToken;
        using var factory = fixture.With(o => o with { DatabasePath = _dir.File("unkept.duckdb"), LoadShippedData = false, KeepAnswers = false });
        using var client = factory.CreateClient();
        Assert.True(factory.Services.GetRequiredService<AnalysisHost>().OnlyWriter);
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/series?by=year", UriKind.Relative), token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains(StoreResultsCache.Header));
        }
    }

    /// <summary>Imports an events CSV through the API with an analyst's key, which must succeed.</summary>
    private static async Task ImportAsAnalyst(HttpClient client, string csv, string key)
    {
        var token = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/import?name=dec.csv&dataset=test", UriKind.Relative))
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add(ApiKeys.Header, key);
        using var ok = await client.SendAsync(request, token);
        Assert.True(ok.StatusCode == HttpStatusCode.OK, await ok.Content.ReadAsStringAsync(token));
    }

    public void Dispose() => _dir.Dispose();
}
