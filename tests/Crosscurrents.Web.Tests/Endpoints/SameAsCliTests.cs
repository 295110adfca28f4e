using System.Text;
using System.Text.Json;

namespace Crosscurrents.Web.Tests.Endpoints;

/// <summary>Every endpoint returns what the CLI's <c>--json</c> returns for the same request.</summary>
[Collection(WebHostGroup.Name)]
public sealed class SameAsCliTests(WebHostFixture fixture)
{
    private readonly HttpClient _client = fixture.Client();

    [Fact]
    public async Task Datasets_IsTheCliJson()
    {
        Json.Equal(fixture.Cli("datasets"), await Json.Get(_client, "/api/datasets"));
    }

    [Fact]
    public async Task Events_PageHoldsTheCliExport()
    {
        var cli = fixture.Cli("events", "--actor", "ttp", "--from", "2021-01-01", "--min-fatalities", "5");
        var web = await Json.Get(_client, "/api/events?actor=ttp&from=2021-01-01&minFatalities=5&limit=1000");
        Assert.Equal(cli.GetProperty("snapshot").GetString(), web.GetProperty("snapshot").GetString());
        Assert.Equal(cli.GetProperty("count").GetInt64(), web.GetProperty("total").GetInt64());
        Json.Equal(cli.GetProperty("events"), web.GetProperty("events"));
    }

    [Fact]
    public async Task Events_PagesCoverTheExportInOrder()
    {
        var cli = fixture.Cli("events", "--dyad", "pak-state:bras");
        var all = cli.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var paged = new List<string?>();
        for (var offset = 0; offset < all.Count; offset += 7)
        {
            var page = await Json.Get(_client, $"/api/events?dyad=pak-state:bras&offset={offset}&limit=7");
            paged.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        }

        Assert.True(all.Count > 7);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task EventsParquet_IsTheCliExport()
    {
        var token = TestContext.Current.CancellationToken;
        var file = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.parquet");
        try
        {
            using (StringWriter output = new(), error = new())
            {
                Assert.Equal(0, Cli.CliApp.Run(["events", "--province", "Balochistan", "--from", "2015", "--format", "parquet", "--out", file, "--db", fixture.Db,
                    "--data-dir", Testing.Fixtures.RepositoryData.DataDirectory], output, error, TimeProvider.System, interactive: false));
            }

            using var response = await _client.GetAsync(new Uri("/api/events.parquet?province=Balochistan&from=2015", UriKind.Relative), token);
            response.EnsureSuccessStatusCode();
            Assert.Equal("application/vnd.apache.parquet", response.Content.Headers.ContentType?.MediaType);
            var web = await response.Content.ReadAsByteArrayAsync(token);
            Assert.Equal("PAR1"u8.ToArray(), web[..4]);
            Assert.Equal(await File.ReadAllBytesAsync(file, token), web);
            var page = await Json.Get(_client, "/api/events?province=Balochistan&from=2015&limit=1");
            Assert.Equal(page.GetProperty("snapshot").GetString(), Assert.Single(response.Headers.GetValues("X-Data-Snapshot")));
        }
        finally
        {
            File.Delete(file);
        }

        using var bad = await _client.GetAsync(new Uri("/api/events.parquet?from=yesterday", UriKind.Relative), token);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("series|--by|year|--measure|fatalities|--group|actor", "/api/series?by=year&measure=fatalities&group=actor")]
    [InlineData("series|--by|week|--district|North Waziristan|--from|2014-06|--to|2014-08", "/api/series?by=week&district=North%20Waziristan&from=2014-06&to=2014-08")]
    [InlineData("series|--by|month|--from|2019|--with-reported", "/api/series?by=month&from=2019&withReported=true")]
    [InlineData("reported|--publisher|PICSS|--measure|militant_attacks|--quantity|attacks", "/api/reported?publisher=PICSS&measure=militant_attacks&quantity=attacks")]
    [InlineData("changepoints|--stream|ttp|--by|month|--bootstraps|20", "/api/changepoints?stream=ttp&by=month&bootstraps=20")]
    [InlineData("granger|--streams|ttp,baloch|--lags|2", "/api/granger?streams=ttp,baloch&lags=2")]
    [InlineData("study|--stream|ttp|--kind|military_operation|--placebos|20", "/api/study?stream=ttp&kind=military_operation&placebos=20")]
    [InlineData("forecast|--stream|ttp|--horizon|3|--samples|200", "/api/forecast?stream=ttp&horizon=3&samples=200")]
    [InlineData("dynamics|fit|--streams|ttp|--from|2016|--trend-knots|0", "/api/dynamics/fit?streams=ttp&from=2016&trendKnots=0")]
    [InlineData("dynamics|compare|--stream|baloch|--from|2010", "/api/dynamics/compare?stream=baloch&from=2010")]
    [InlineData("periods|--kind|ceasefire", "/api/periods?kind=ceasefire")]
    [InlineData("actors", "/api/actors")]
    public async Task Endpoint_IsTheCliJson(string command, string url)
    {
        Json.Equal(fixture.Cli(command.Split('|')), await Json.Get(_client, url));
    }

    [Fact]
    public async Task Claims_UploadAndShippedFileGiveTheCliVerdicts()
    {
        var file = Path.Combine(Testing.Fixtures.RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml");
        var cli = fixture.Cli("claims", "check", file);
        using var body = new StringContent(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), Encoding.UTF8, "application/yaml");
        using var analyst = fixture.KeyedClient();
        using var response = await analyst.PostAsync(new Uri("/api/claims/check?name=op-ed-2024.yaml", UriKind.Relative), body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, text);
        var web = JsonDocument.Parse(text).RootElement;
        Assert.Equal("op-ed-2024.yaml", web.GetProperty("file").GetString());
        Json.Equal(cli, web.GetProperty("claims"));

        // The shipped file needs no upload and no key.
        var shipped = await Json.Get(_client, "/api/claims/check");
        Assert.Equal("op-ed-2024.yaml", shipped.GetProperty("file").GetString());
        Json.Equal(cli, shipped.GetProperty("claims"));
    }
}
