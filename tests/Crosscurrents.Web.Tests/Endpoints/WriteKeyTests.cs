using System.Net;
using System.Text;
using System.Text.Json;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crosscurrents.Web.Tests.Endpoints;

/// <summary>
/// Every write (any endpoint that is not a GET) needs an analyst's or admin's key: none or an unknown one is a 401, a
/// reader's a 403, an analyst's goes through. The endpoints come from the host's own list, so a new write endpoint
/// without the key check, or without a row here, fails.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class WriteKeyTests(WebHostFixture fixture) : IDisposable
{
    private const string ClaimYaml = """
        claims:
          - id: key-peak
            text: "attacks by the TTP peaked in 2013"
            test: peak
            stream: ttp
            from: 2008
            to: 2020
            expect_years: [2013]
        """;

    /// <summary>A request each write endpoint takes from an analyst, and its success status. <c>{id}</c> is a job this
    /// test starts first.</summary>
    private static readonly Dictionary<string, (string Url, string? Body, string ContentType, HttpStatusCode Success)> Writes = new(StringComparer.Ordinal)
    {
        ["POST /api/claims/check"] = ("/api/claims/check?name=key.yaml", ClaimYaml, "application/yaml", HttpStatusCode.OK),
        ["POST /api/brief"] = ("/api/brief", ClaimYaml, "application/yaml", HttpStatusCode.OK),
        ["POST /api/import"] = ("/api/import?name=key.csv&dataset=key-test", null, "text/csv", HttpStatusCode.OK),
        ["POST /api/jobs/dynamics-fit"] = ("/api/jobs/dynamics-fit?streams=ttp&from=2020&trendKnots=0", null, "text/plain", HttpStatusCode.Accepted),
        ["POST /api/jobs/backtest"] = ("/api/jobs/backtest?stream=ttp&horizon=1&samples=10&from=2019-01&to=2019-02", null, "text/plain", HttpStatusCode.Accepted),
        ["POST /api/jobs/scenarios"] = ("/api/jobs/scenarios?options=negotiate&paths=100", null, "text/plain", HttpStatusCode.Accepted),
        ["DELETE /api/jobs/{id}"] = ("/api/jobs/{id}", null, "text/plain", HttpStatusCode.OK),
    };

    private readonly TempDirectory _dir = new();

    // The shared host holds the store first, so the hosts made here (and their cancelled jobs) share its writable
    // database: DuckDB.NET opens a file once per process, read-only if the first open still alive was.
    private readonly HttpClient _client = fixture.Client();

    public static TheoryData<string> WriteEndpoints => [.. Writes.Keys];

    [Fact]
    public async Task EveryWriteEndpoint_RefusesNoKey_AnUnknownKey_AndAReadersKey()
    {
        var token = TestContext.Current.CancellationToken;
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Where(e => !e.StartsWith("GET ", StringComparison.Ordinal) && !e.StartsWith("HEAD ", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Writes.Keys.Order(StringComparer.Ordinal), endpoints);

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var (method, route) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            foreach (var (key, expected) in new (string?, HttpStatusCode)[] { (null, HttpStatusCode.Unauthorized), ("cc_" + new string('0', 64), HttpStatusCode.Unauthorized), (fixture.ReaderKey, HttpStatusCode.Forbidden) })
            {
                var (_, body, contentType, _) = Writes[endpoint];
                using var request = Request(method, route.Replace("{id}", "0000", StringComparison.Ordinal), body ?? "x", contentType, key);
                using var response = await _client.SendAsync(request, token);
                if (response.StatusCode != expected || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{endpoint} with {(key is null ? "no key" : key == fixture.ReaderKey ? "a reader's key" : "an unknown key")}: {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}, expected a {(int)expected} problem");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task WriteEndpoint_WithAnAnalystsKey_GoesThrough(string endpoint)
    {
        var token = TestContext.Current.CancellationToken;
        var (url, body, contentType, success) = Writes[endpoint];
        var method = endpoint.Split(' ')[0];
        var import = endpoint == "POST /api/import";
        // An import writes: into a store of its own, not the one the other tests share.
        using var factory = fixture.With(o => import ? o with { DatabasePath = _dir.File("import.duckdb"), KeysFile = fixture.Db + ".keys", LoadShippedData = false } : o);
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5); // a whole brief on a busy 2-core machine takes over the default 100 s
        if (import)
        {
            body = await _client.GetStringAsync(new Uri("/api/events.csv?from=2021-12-08&to=2021-12-11", UriKind.Relative), token);
        }

        if (url.Contains("{id}", StringComparison.Ordinal))
        {
            using var start = Request("POST", Writes["POST /api/jobs/scenarios"].Url, null, "text/plain", fixture.AnalystKey);
            using var started = await client.SendAsync(start, token);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            url = url.Replace("{id}", JsonDocument.Parse(await started.Content.ReadAsStringAsync(token)).RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        using var request = Request(method, url, body, contentType, fixture.AnalystKey);
        using var response = await client.SendAsync(request, token);
        var text = await response.Content.ReadAsStringAsync(token);
        Assert.True(response.StatusCode == success, $"{endpoint}: {(int)response.StatusCode} {text}");

        // A started job is cancelled again: it was only here to show the key goes through.
        if (success == HttpStatusCode.Accepted)
        {
            using var cancel = Request("DELETE", "/api/jobs/" + JsonDocument.Parse(text).RootElement.GetProperty("id").GetString(), null, "text/plain", fixture.AnalystKey);
            using var cancelled = await client.SendAsync(cancel, token);
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }
    }

    private static HttpRequestMessage Request(string method, string url, string? body, string contentType, string? key)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
        }

        if (key is not null)
        {
            request.Headers.Add(ApiKeys.Header, key);
        }

        return request;
    }

    public void Dispose()
    {
        _client.Dispose();
        _dir.Dispose();
    }
}
