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
    /// <summary>Reads every document; the first unreadable one throws.</summary>
    /// <exception cref="InvalidDataException">A document or line cannot be read; the message gives file, line and field.</exception>
    public static IEnumerable<NewsDocument> Read(string path, DateOnly? defaultDate = null) =>
        ReadAll(path, defaultDate).Select(r => r.Document ?? throw new InvalidDataException(r.Error!.ToString()));

    /// <summary>
    /// Reads every document, turning an unreadable one (a JSONL line that is not an object, a missing field, a bad date)
    /// into an error for that document and going on with the next.
    /// </summary>
    public static IEnumerable<NewsReadResult> ReadAll(string path, DateOnly? defaultDate = null)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is ".JSONL" or ".NDJSON")
        {
            return ReadJsonLines(path);
        }

        NewsReadResult result;
        var size = new FileInfo(path).Length;
        if (size > MaxDocumentBytes)
        {
            return [new NewsReadResult(null, new NewsError(path, null, Path.GetFileNameWithoutExtension(path), "read",
                $"{size:N0} bytes; a news report is expected to be under {MaxDocumentBytes:N0}"))];
        }

        try
        {
            result = new NewsReadResult(extension is ".HTML" or ".HTM" ? ReadHtml(path, defaultDate) : ReadText(path, File.ReadAllText(path), defaultDate), null);
        }
        catch (InvalidDataException ex)
        {
            var message = ex.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? ex.Message[(path.Length + 2)..] : ex.Message;
            result = new NewsReadResult(null, new NewsError(path, null, Path.GetFileNameWithoutExtension(path), "read", message));
        }

        return [result];
    }

    /// <summary>The largest .txt or .html report read (a report is kilobytes; a larger file is not a news report).</summary>
    public const int MaxDocumentBytes = 16 << 20;

    /// <summary>The longest JSONL line read (a report is a few kilobytes; a runaway line is an error, not a document).</summary>
    public const int MaxLineLength = 4 << 20;

    private static IEnumerable<NewsReadResult> ReadJsonLines(string path)
    {
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            yield return ReadJsonLine(path, line, raw);
        }
    }

    private static NewsReadResult ReadJsonLine(string path, int line, string raw)
    {
        NewsReadResult Error(string id, string message) => new(null, new NewsError(path, line, id, "read", message));
        if (raw.Length > MaxLineLength)
        {
            return Error("", $"the line is {raw.Length:N0} characters long; expected one JSON object of at most {MaxLineLength:N0}");
        }

        JsonElement e;
        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 64 });
            e = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return Error("", $"not a JSON object ({ex.Message})");
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return Error("", $"the line is a JSON {e.ValueKind.ToString().ToLowerInvariant()}; expected an object {{id, date, title, text, url}}");
        }

        string? Field(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var id = Field("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return Error("", "field 'id': missing or not a string; expected a non-empty string");
        }

        var dateText = Field("date");
        if (dateText is null)
        {
            return Error(id, "field 'date': missing or not a string; expected yyyy-MM-dd");
        }

        if (!DateOnly.TryParseExact(dateText.Length >= 10 ? dateText[..10] : dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Error(id, $"field 'date': '{dateText}' is not a yyyy-MM-dd date");
        }

        if (!Importing.ImportDateRange.Default.Contains(date))
        {
            return Error(id, $"field 'date': {date:yyyy-MM-dd} is outside the plausible dates {Importing.ImportDateRange.Default}");
        }

        var text = Field("text");
        return text is null
            ? Error(id, "field 'text': missing or not a string")
            : new NewsReadResult(new NewsDocument(id, date, Field("title") ?? "", text, Field("url")), null);
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
            ? Importing.ImportDateRange.Default.Contains(d) ? d : throw new InvalidDataException($"{path}: date {d:yyyy-MM-dd} is outside the plausible dates {Importing.ImportDateRange.Default}")
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
