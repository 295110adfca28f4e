using System.Globalization;
using System.Text.Json;

namespace Crosscurrents.Sources.News;

/// <summary>
/// Reads a gold set in the dev-set format (<c>data/news/dev/</c>): <c>docs.jsonl</c> with the reports and
/// <c>gold.jsonl</c> with one row per event (<c>doc_id, event_type, date, ..., background</c>), actors as labels.
/// </summary>
public static class NewsDevSet
{
    /// <summary>Loads the reports beside <paramref name="goldPath"/> (<c>docs.jsonl</c>) with their gold rows.</summary>
    /// <exception cref="InvalidDataException">A line cannot be read; the message names the file and line.</exception>
    public static IReadOnlyList<GoldDocument> Load(string goldPath)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        var docsPath = Path.Combine(folder, "docs.jsonl");
        var rows = new Dictionary<string, List<GoldEvent>>(StringComparer.Ordinal);
        var line = 0;
        foreach (var raw in File.ReadLines(goldPath))
        {
            line++;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var g = JsonDocument.Parse(raw).RootElement;
                var id = g.GetProperty("doc_id").GetString()!;
                var e = new GoldEvent(
                    g.GetProperty("event_type").GetString()!,
                    DateOnly.Parse(g.GetProperty("date").GetString()!, CultureInfo.InvariantCulture),
                    NewsEvaluation.Text(g, "district"), NewsEvaluation.Text(g, "province"),
                    NewsActorLabels.ToRegistryId(NewsEvaluation.Text(g, "actor1")),
                    NewsEvaluation.Int(g, "killed_low"), NewsEvaluation.Int(g, "killed_best"), NewsEvaluation.Int(g, "killed_high"),
                    NewsEvaluation.Int(g, "injured"),
                    g.TryGetProperty("background", out var b) && b.ValueKind == JsonValueKind.True);
                if (!rows.TryGetValue(id, out var list))
                {
                    rows[id] = list = [];
                }

                list.Add(e);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new InvalidDataException($"{goldPath}, line {line}: {ex.Message}", ex);
            }
        }

        var result = new List<GoldDocument>();
        foreach (var read in NewsReader.ReadAll(docsPath))
        {
            var document = read.Document ?? throw new InvalidDataException(read.Error!.ToString());
            result.Add(new GoldDocument(document, "", rows.GetValueOrDefault(document.Id) ?? []));
        }

        return result;
    }
}
