using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crosscurrents.Sources.News;

/// <summary>
/// Reads news reports: JSONL records <c>{id, date, title, text, url}</c> (date = publication date, yyyy-MM-dd),
/// plain-text files and HTML files. A text or HTML file gives its date in a <c>Date:</c> header line or a
/// <c>&lt;meta name="date"&gt;</c>, else the default date the caller passes.
/// </summary>
public static partial class NewsReader
{
    public static IEnumerable<NewsDocument> Read(string path, DateOnly? defaultDate = null)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        return extension switch
        {
            ".JSONL" or ".NDJSON" => ReadJsonLines(path),
            ".HTML" or ".HTM" => [ReadHtml(path, defaultDate)],
            _ => [ReadText(path, File.ReadAllText(path), defaultDate)],
        };
    }

    private static IEnumerable<NewsDocument> ReadJsonLines(string path)
    {
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            JsonElement e;
            try
            {
                e = JsonDocument.Parse(raw).RootElement;
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}, line {line}: not a JSON object ({ex.Message})", ex);
            }

            string Field(string name, bool required)
            {
                if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
                {
                    return v.GetString()!;
                }

                return required ? throw new InvalidDataException($"{path}, line {line}, field '{name}': missing") : "";
            }

            var dateText = Field("date", required: true);
            if (!DateOnly.TryParseExact(dateText.Length >= 10 ? dateText[..10] : dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{path}, line {line}, field 'date': '{dateText}' is not a yyyy-MM-dd date");
            }

            yield return new NewsDocument(Field("id", required: true), date, Field("title", required: false), Field("text", required: true),
                e.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null);
        }
    }

    private static NewsDocument ReadHtml(string path, DateOnly? defaultDate)
    {
        var html = File.ReadAllText(path);
        var title = TitleTag().Match(html) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups[1].Value.Trim()) : Path.GetFileNameWithoutExtension(path);
        var meta = MetaDate().Match(html);
        var body = BodyTag().Match(html) is { Success: true } b ? b.Groups[1].Value : html;
        body = Tags().Replace(ScriptOrStyle().Replace(body, " "), m => m.Value.StartsWith("</p", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("<br", StringComparison.OrdinalIgnoreCase) ? "\n" : " ");
        var text = Spaces().Replace(WebUtility.HtmlDecode(body), " ").Trim();
        var date = meta.Success ? ParseDate(path, meta.Groups[1].Value) : defaultDate ?? throw new InvalidDataException($"{path}: no <meta name=\"date\">; pass --date");
        return new NewsDocument(Path.GetFileNameWithoutExtension(path), date, title, text, null);
    }

    private static NewsDocument ReadText(string path, string content, DateOnly? defaultDate)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        string title = Path.GetFileNameWithoutExtension(path);
        DateOnly? date = defaultDate;
        string? url = null;
        while (lines.Count > 0 && HeaderLine().Match(lines[0]) is { Success: true } h)
        {
            var value = h.Groups[2].Value.Trim();
            switch (h.Groups[1].Value.ToUpperInvariant())
            {
                case "TITLE":
                    title = value;
                    break;
                case "DATE":
                    date = ParseDate(path, value);
                    break;
                case "URL":
                    url = value;
                    break;
            }

            lines.RemoveAt(0);
        }

        return new NewsDocument(Path.GetFileNameWithoutExtension(path),
            date ?? throw new InvalidDataException($"{path}: no 'Date:' header line; pass --date"), title, string.Join('\n', lines).Trim(), url);
    }

    private static DateOnly ParseDate(string path, string value) =>
        DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InvalidDataException($"{path}: date '{value}' is not yyyy-MM-dd");

    [GeneratedRegex(@"^(Title|Date|URL):\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<meta\s+name=""(?:date|article:published_time|pubdate)""\s+content=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaDate();

    [GeneratedRegex(@"<body[^>]*>(.*)</body>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex BodyTag();

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
