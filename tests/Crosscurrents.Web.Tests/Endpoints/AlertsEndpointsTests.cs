using System.Net;
using System.Text.Json;

namespace Crosscurrents.Web.Tests.Endpoints;

/// <summary><c>GET /api/alerts</c>: the CLI's <c>alerts --json</c>, bad options as 400s naming the field, and its
/// typed answer in the OpenAPI document.</summary>
[Collection(WebHostGroup.Name)]
public sealed class AlertsEndpointsTests(WebHostFixture fixture)
{
    private readonly HttpClient _client = fixture.Client();

    [Theory]
    [InlineData("alerts|--target|picss-attacks|--at-least|60|--samples|200", "/api/alerts?target=picss-attacks&atLeast=60&samples=200")]
    [InlineData("alerts|--target|picss-killed|--at-least|100|--miss-cost|3|--false-alarm-cost|1|--model|nb|--samples|100|--from|2022-01",
        "/api/alerts?target=picss-killed&atLeast=100&missCost=3&falseAlarmCost=1&model=nb&samples=100&from=2022-01")]
    public async Task Alerts_IsTheCliJson(string command, string url)
    {
        Json.Equal(fixture.Cli(command.Split('|')), await Json.Get(_client, url));
    }

    [Theory]
    [InlineData("/api/alerts?atLeast=0", "atLeast")]
    [InlineData("/api/alerts?missCost=0", "missCost")]
    [InlineData("/api/alerts?falseAlarmCost=x", "falseAlarmCost")]
    [InlineData("/api/alerts?samples=5", "samples")]
    public async Task Alerts_BadOption_IsA400NamingTheField(string url, string field)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, JsonDocument.Parse(body).RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Alerts_AnswerIsTypedInTheOpenApiDocument()
    {
        var doc = await Json.Get(_client, "/openapi/v1.json");
        var ok = doc.GetProperty("paths").GetProperty("/api/alerts").GetProperty("get").GetProperty("responses").GetProperty("200");
        var schema = ok.GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.EndsWith("AlertsResult", schema.GetProperty("$ref").GetString(), StringComparison.Ordinal);
    }
}
