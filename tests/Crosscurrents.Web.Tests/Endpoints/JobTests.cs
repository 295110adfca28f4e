using System.Net;
using System.Text.Json;

namespace Crosscurrents.Web.Tests.Endpoints;

/// <summary>Long work as a job: progress as server-sent events, the same result as the CLI, cancellation.</summary>
[Collection(WebHostGroup.Name)]
public sealed class JobTests(WebHostFixture fixture)
{
    private readonly HttpClient _client = fixture.KeyedClient();

    [Fact]
    public async Task StartingAJob_WithoutAKey_IsA401Problem()
    {
        using var client = fixture.Client();
        using var response = await client.PostAsync(new Uri("/api/jobs/dynamics-fit?streams=ttp", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await ProblemTests.Problem(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task DynamicsJob_StreamsProgress_ThenGivesTheCliResult()
    {
        var token = TestContext.Current.CancellationToken;
        using var started = await _client.PostAsync(new Uri("/api/jobs/dynamics-fit?streams=ttp&from=2016&trendKnots=0", UriKind.Relative), null, token);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = JsonDocument.Parse(await started.Content.ReadAsStringAsync(token)).RootElement;
        var id = job.GetProperty("id").GetString();
        Assert.Equal("running", job.GetProperty("status").GetString());

        using var events = await _client.GetAsync(new Uri($"/api/jobs/{id}/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, token);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        var stream = await events.Content.ReadAsStringAsync(token);
        Assert.Contains("event: progress", stream, StringComparison.Ordinal);
        Assert.Contains("event: succeeded", stream, StringComparison.Ordinal);

        var web = await Json.Get(_client, $"/api/jobs/{id}/result");
        Json.Equal(fixture.Cli("dynamics", "fit", "--streams", "ttp", "--from", "2016", "--trend-knots", "0"), web);
    }

    [Fact]
    public async Task BacktestJob_GivesTheCliResult()
    {
        var web = await RunJob("/api/jobs/backtest?stream=ttp&horizon=2&samples=100&from=2019-01&to=2019-06");
        Json.Equal(fixture.Cli("backtest", "--stream", "ttp", "--horizon", "2", "--samples", "100", "--from", "2019-01", "--to", "2019-06"), web);
    }

    [Fact]
    public async Task ScenariosJob_GivesTheCliResult_AndTakesOnlyShippedScenarios()
    {
        var web = await RunJob("/api/jobs/scenarios?options=negotiate&paths=200&seed=3");
        Json.Equal(fixture.Cli("scenario", "run", Path.Combine(AppContext.BaseDirectory, "scenarios", "negotiate.yaml"), "--paths", "200", "--seed", "3"), web);

        foreach (var bad in new[] { "options=../../etc/passwd", "options=negotiate&paths=5" })
        {
            using var refused = await _client.PostAsync(new Uri($"/api/jobs/scenarios?{bad}", UriKind.Relative), null, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
    }

    // Starts a job, waits (bounded) until it has finished, and returns its result.
    private async Task<JsonElement> RunJob(string url)
    {
        var token = TestContext.Current.CancellationToken;
        using var started = await _client.PostAsync(new Uri(url, UriKind.Relative), null, token);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync(token)).RootElement.GetProperty("id").GetString();
        for (var i = 0; i < 600; i++)
        {
            var state = (await Json.Get(_client, $"/api/jobs/{id}")).GetProperty("status").GetString();
            if (state != "running")
            {
                Assert.Equal("succeeded", state);
                return await Json.Get(_client, $"/api/jobs/{id}/result");
            }

            await Task.Delay(500, token);
        }

        throw new TimeoutException($"job {id} still running after 5 minutes");
    }

    [Fact]
    public async Task DynamicsJob_Cancelled_StopsAndSaysSo()
    {
        var token = TestContext.Current.CancellationToken;
        using var started = await _client.PostAsync(new Uri("/api/jobs/dynamics-fit?streams=ttp,baloch&from=2007&bootstrap=50", UriKind.Relative), null, token);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync(token)).RootElement.GetProperty("id").GetString();
        using var cancelled = await _client.DeleteAsync(new Uri($"/api/jobs/{id}", UriKind.Relative), token);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var state = await Json.Get(_client, $"/api/jobs/{id}");
        Assert.Equal("cancelled", state.GetProperty("status").GetString());
        using var result = await _client.GetAsync(new Uri($"/api/jobs/{id}/result", UriKind.Relative), token);
        Assert.Equal(HttpStatusCode.Conflict, result.StatusCode);
    }

    [Fact]
    public async Task DynamicsJob_BadParameter_IsA400BeforeAnyJobStarts()
    {
        using var response = await _client.PostAsync(new Uri("/api/jobs/dynamics-fit?trendKnots=99", UriKind.Relative), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("trendKnots", (await ProblemTests.Problem(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task UnknownJob_IsA404Problem()
    {
        using var response = await _client.GetAsync(new Uri("/api/jobs/0000/events", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, (await ProblemTests.Problem(response)).GetProperty("status").GetInt32());
    }
}
