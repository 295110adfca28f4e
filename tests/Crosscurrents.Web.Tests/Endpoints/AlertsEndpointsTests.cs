using System.Net;

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

    [Fact]
    public async Task Alerts_BadOptions_Are400sNamingTheField()
    {
        foreach (var field in new[] { "atLeast=0", "missCost=0", "falseAlarmCost=x", "samples=5" })
        {
            using var response = await _client.GetAsync(new Uri("/api/alerts?" + field, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(field.Split('=')[0], (await ProblemTests.Problem(response)).GetProperty("field").GetString());
        }
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
