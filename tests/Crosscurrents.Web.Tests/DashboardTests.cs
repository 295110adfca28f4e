using System.Net;
using System.Text.RegularExpressions;

namespace Crosscurrents.Web.Tests;

/// <summary>The dashboard as files the host serves: the pages with their own Content-Security-Policy, the vendored
/// libraries beside the program (no Node, no CDN), the map's outlines and the shipped claim file.</summary>
[Collection(WebHostGroup.Name)]
public sealed partial class DashboardTests(WebHostFixture fixture)
{
    private readonly HttpClient _client = fixture.Client();

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/events.html")]
    [InlineData("/series.html")]
    [InlineData("/dynamics.html")]
    [InlineData("/claims.html")]
    [InlineData("/forecasts.html")]
    public async Task Page_IsServed_WithScriptsFromThisHostOnly(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/vendor/echarts/echarts.min.js", "text/javascript")]
    [InlineData("/vendor/leaflet/leaflet.js", "text/javascript")]
    [InlineData("/vendor/leaflet/leaflet.css", "text/css")]
    [InlineData("/js/common.js", "text/javascript")]
    [InlineData("/geo/outlines.geojson", "application/geo+json")]
    [InlineData("/claims/op-ed-2024.yaml", "application/yaml")]
    public async Task File_IsServedFromBesideTheProgram(string path, string type)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 1000);
    }

    [Fact]
    public void Pages_LoadNothingFromElsewhere_AndNameTheLibrariesTheyShip()
    {
        var root = Path.Combine(Testing.Fixtures.RepositoryData.RepositoryRoot, "src", "Crosscurrents.Web", "wwwroot");
        var own = Directory.GetFiles(root, "*.*", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}vendor{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(own);
        foreach (var file in own)
        {
            // No absolute address in a page, script or stylesheet of ours: every request goes to the host itself.
            Assert.False(External().IsMatch(File.ReadAllText(file)), $"{file} names an outside address");
        }

        var notice = File.ReadAllText(Path.Combine(root, "vendor", "NOTICE.md"));
        Assert.Contains("ECharts | 6.1.0", notice, StringComparison.Ordinal);
        Assert.Contains("Leaflet | 1.9.4", notice, StringComparison.Ordinal);
        foreach (var licence in new[] { "echarts/LICENSE", "echarts/NOTICE", "leaflet/LICENSE" })
        {
            Assert.True(File.Exists(Path.Combine(root, "vendor", licence)), licence);
        }

        foreach (var line in notice.Split('\n').Where(l => l.Length > 66 && l[64] == ' ' && l[65] == ' '))
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(root, "vendor", line[66..].Trim()))));
            Assert.Equal(line[..64], hash);
        }
    }

    [GeneratedRegex(@"(src|href|url)\s*[=(]\s*['""]?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex External();
}
