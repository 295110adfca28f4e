using System.Net;
using System.Text;
using System.Text.Json;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crosscurrents.Web.Tests.Endpoints;

/// <summary>Errors are RFC 9457 problem details: a bad parameter is a 400 naming the field; an internal error is one line.</summary>
[Collection(WebHostGroup.Name)]
public sealed class ProblemTests(WebHostFixture fixture)
{
    private readonly HttpClient _client = fixture.Client();

    [Theory]
    [InlineData("/api/events?minFatalities=x", "minFatalities")]
    [InlineData("/api/events?minFatalities=-3", "minFatalities")]
    [InlineData("/api/events?from=2021-13", "from")]
    [InlineData("/api/events?actor=nobody", "actor")]
    [InlineData("/api/events?dyad=ttp", "dyad")]
    [InlineData("/api/events?violence=loud", "violence")]
    [InlineData("/api/events?limit=5000", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events.geojson?limit=0", "limit")]
    [InlineData("/api/series?by=fortnight", "by")]
    [InlineData("/api/series?top=0", "top")]
    [InlineData("/api/changepoints?minSegment=0", "minSegment")]
    [InlineData("/api/changepoints?penalty=NaN", "penalty")]
    [InlineData("/api/changepoints?stream=nope", "stream")]
    [InlineData("/api/granger?lags=0", "lags")]
    [InlineData("/api/dynamics/fit?bootstrap=5000", "bootstrap")]
    [InlineData("/api/dynamics/fit?from=soon", "from")]
    [InlineData("/api/study?window=0", "window")]
    [InlineData("/api/forecast?horizon=99", "horizon")]
    [InlineData("/api/forecast?target=weather", "target")]
    [InlineData("/api/datasets?links=maybe", "links")]
    [InlineData("/api/events/history?id=", "id")]
    public async Task BadParameter_IsA400ProblemNamingTheField(string url, string field)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var problem = await Problem(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task UnknownPath_IsA404Problem()
    {
        using var response = await _client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await Problem(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task InternalError_IsOneLineWithoutStackTrace()
    {
        var handler = new Problems(fixture.Factory.Services.GetRequiredService<IProblemDetailsService>(), NullLogger<Problems>.Instance);
        var http = new DefaultHttpContext { RequestServices = fixture.Factory.Services };
        http.Request.Path = "/api/series";
        using var body = new MemoryStream();
        http.Response.Body = body;
        Exception thrown;
        try
        {
            throw new InvalidOperationException("secret detail from deep inside");
        }
        catch (InvalidOperationException ex)
        {
            thrown = ex;
        }

        Assert.True(await handler.TryHandleAsync(http, thrown, TestContext.Current.CancellationToken));
        var text = Encoding.UTF8.GetString(body.ToArray());
        Assert.Equal(500, http.Response.StatusCode);
        var problem = JsonDocument.Parse(text).RootElement;
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.DoesNotContain('\n', detail);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongWork_PastTheTimeout_IsA503Problem()
    {
        using var factory = fixture.With(o => o with { FitTimeout = TimeSpan.FromMilliseconds(1) });
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/dynamics/fit?streams=ttp,baloch", UriKind.Relative), TestContext.Current.CancellationToken);
        var problem = await Problem(response);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("cancelled", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    internal static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }
}
