using System.Text.Json;

namespace Crosscurrents.Web.Tests;

/// <summary>JSON comparison helpers.</summary>
internal static class Json
{
    public static async Task<JsonElement> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts two documents are the same JSON (same names, values and order), showing both when not.</summary>
    public static void Equal(JsonElement expected, JsonElement actual)
    {
        var a = JsonSerializer.Serialize(expected);
        var b = JsonSerializer.Serialize(actual);
        Assert.Equal(a, b);
    }
}
