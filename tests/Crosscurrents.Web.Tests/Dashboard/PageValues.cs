using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>Reads what a page shows: texts, and the exact numbers its cells carry in <c>data-value</c>.</summary>
internal static class PageValues
{
    public static async Task<string[]> Texts(IPage page, string selector) =>
        await page.EvalOnSelectorAllAsync<string[]>(selector, "els => els.map(e => e.textContent.trim())");

    public static async Task<string[]> Attributes(IPage page, string selector, string name) =>
        await page.EvalOnSelectorAllAsync<string[]>(selector, $"els => els.map(e => e.getAttribute({JsonSerializer.Serialize(name)}))");

    /// <summary>The number a cell carries ("null" where the API gave null).</summary>
    public static async Task<double?> Value(IPage page, string selector) => Number(await page.GetAttributeAsync(selector, "data-value"));

    public static double? Number(string? dataValue) =>
        dataValue is null or "null" ? null : double.Parse(dataValue, CultureInfo.InvariantCulture);

    public static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    /// <summary>A CSS attribute selector's value, quoted.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value);
}
