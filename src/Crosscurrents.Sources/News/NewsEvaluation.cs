using System.Globalization;
using System.Text.Json;

namespace Crosscurrents.Sources.News;

/// <summary>A gold-standard report: the document and the events annotated in it.</summary>
public sealed record GoldDocument(NewsDocument Document, string Split, IReadOnlyList<GoldEvent> Events);

/// <summary>An annotated event (see docs/news-coder.md for the conventions).</summary>
public sealed record GoldEvent(string EventType, DateOnly Date, string? District, string? Province, string Actor1,
    int? KilledLow, int? KilledBest, int? KilledHigh);

/// <summary>Scores for one evaluation run.</summary>
/// <remarks>
/// Within each report, coded events (background ones excluded) are paired with gold events greedily by agreement:
/// same date counts 2, same district 2, same type 1; a pair needs at least 2. Unpaired coded events are false
/// positives, unpaired gold events false negatives. Type, district, deaths (low, best and high all equal), date and
/// perpetrator accuracies are over the pairs.
/// </remarks>
public sealed record NewsScores(
    int Documents, int GoldEvents, int CodedEvents, int Matched,
    double Precision, double Recall, double F1,
    double TypeAccuracy, double DistrictAccuracy, double FatalityExactMatch, double DateAccuracy, double Actor1Accuracy,
    IReadOnlyList<string> Errors);

public static class NewsEvaluation
{
    public static IReadOnlyList<GoldDocument> LoadGold(string path)
    {
        var result = new List<GoldDocument>();
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var e = JsonDocument.Parse(raw).RootElement;
                var doc = new NewsDocument(e.GetProperty("id").GetString()!, DateOnly.Parse(e.GetProperty("date").GetString()!, CultureInfo.InvariantCulture),
                    e.GetProperty("title").GetString() ?? "", e.GetProperty("text").GetString()!, null);
                var events = e.GetProperty("events").EnumerateArray().Select(g => new GoldEvent(
                    g.GetProperty("event_type").GetString()!,
                    DateOnly.Parse(g.GetProperty("date").GetString()!, CultureInfo.InvariantCulture),
                    Text(g, "district"), Text(g, "province"), g.GetProperty("actor1").GetString()!,
                    Int(g, "killed_low"), Int(g, "killed_best"), Int(g, "killed_high"))).ToList();
                result.Add(new GoldDocument(doc, e.GetProperty("split").GetString()!, events));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}, line {line}: {ex.Message}", ex);
            }
        }

        return result;
    }

    public static NewsScores Score(NewsCoder coder, IEnumerable<GoldDocument> gold)
    {
        ArgumentNullException.ThrowIfNull(coder);
        int docs = 0, goldCount = 0, codedCount = 0, matched = 0, type = 0, district = 0, deaths = 0, date = 0, actor = 0;
        var errors = new List<string>();
        foreach (var g in gold)
        {
            docs++;
            var coded = coder.Code(g.Document).Where(e => !e.Background).ToList();
            goldCount += g.Events.Count;
            codedCount += coded.Count;
            var pairs = new List<(int Score, int Gold, int Coded)>();
            for (var i = 0; i < g.Events.Count; i++)
            {
                for (var j = 0; j < coded.Count; j++)
                {
                    var s = (g.Events[i].Date == coded[j].Date ? 2 : 0) + (g.Events[i].District == coded[j].District ? 2 : 0) + (g.Events[i].EventType == coded[j].EventType ? 1 : 0);
                    if (s >= 2)
                    {
                        pairs.Add((s, i, j));
                    }
                }
            }

            var usedGold = new HashSet<int>();
            var usedCoded = new HashSet<int>();
            foreach (var (_, i, j) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Gold).ThenBy(p => p.Coded))
            {
                if (usedGold.Contains(i) || usedCoded.Contains(j))
                {
                    continue;
                }

                usedGold.Add(i);
                usedCoded.Add(j);
                matched++;
                var ge = g.Events[i];
                var ce = coded[j];
                type += Check(ge.EventType == ce.EventType, "type", ge.EventType, ce.EventType);
                district += Check(ge.District == ce.District, "district", ge.District, ce.District);
                deaths += Check(ge.KilledLow == ce.KilledLow && ge.KilledBest == ce.KilledBest && ge.KilledHigh == ce.KilledHigh,
                    "killed", $"{ge.KilledLow}/{ge.KilledBest}/{ge.KilledHigh}", $"{ce.KilledLow}/{ce.KilledBest}/{ce.KilledHigh}");
                date += Check(ge.Date == ce.Date, "date", ge.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ce.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                actor += Check(ge.Actor1 == ce.Actor1, "actor1", ge.Actor1, ce.Actor1);
            }

            for (var i = 0; i < g.Events.Count; i++)
            {
                if (!usedGold.Contains(i))
                {
                    errors.Add($"{g.Document.Id}: missed {g.Events[i].EventType} {g.Events[i].Date:yyyy-MM-dd} {g.Events[i].District}");
                }
            }

            for (var j = 0; j < coded.Count; j++)
            {
                if (!usedCoded.Contains(j))
                {
                    errors.Add($"{g.Document.Id}: spurious {coded[j].EventType} {coded[j].Date:yyyy-MM-dd} {coded[j].District}");
                }
            }

            int Check(bool ok, string field, string? expected, string? got)
            {
                if (!ok)
                {
                    errors.Add($"{g.Document.Id}: {field} expected {expected ?? "(none)"}, coded {got ?? "(none)"}");
                }

                return ok ? 1 : 0;
            }
        }

        var precision = codedCount == 0 ? 1 : (double)matched / codedCount;
        var recall = goldCount == 0 ? 1 : (double)matched / goldCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double Rate(int n) => matched == 0 ? 0 : (double)n / matched;
        return new NewsScores(docs, goldCount, codedCount, matched, precision, recall, f1, Rate(type), Rate(district), Rate(deaths), Rate(date), Rate(actor), errors);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}
