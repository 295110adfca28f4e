using System.Globalization;
using System.Text.Json;

namespace Crosscurrents.Sources.News;

/// <summary>A gold-standard report: the document and the events annotated in it.</summary>
/// <param name="Document">The report.</param>
/// <param name="Split"><c>tune</c> or <c>test</c> in the project's own set; empty in a set without splits (the dev set).</param>
/// <param name="Events">The annotated events, background ones included (flagged).</param>
public sealed record GoldDocument(NewsDocument Document, string Split, IReadOnlyList<GoldEvent> Events);

/// <summary>An annotated event (see docs/news-coder.md and data/news/dev/README.md for the conventions).</summary>
/// <param name="EventType">The event type.</param>
/// <param name="Date">The event date.</param>
/// <param name="District">The district, or null.</param>
/// <param name="Province">The province, or null.</param>
/// <param name="Actor1">The perpetrator as a registry id (dev-set labels are mapped with <see cref="NewsActorLabels"/>).</param>
/// <param name="KilledLow">Smallest death toll any account implies.</param>
/// <param name="KilledBest">The official, latest death toll.</param>
/// <param name="KilledHigh">Largest death toll any account implies.</param>
/// <param name="Injured">The injured, or null when not given.</param>
/// <param name="Background">True for an earlier event mentioned as context.</param>
public sealed record GoldEvent(string EventType, DateOnly Date, string? District, string? Province, string Actor1,
    int? KilledLow, int? KilledBest, int? KilledHigh, int? Injured = null, bool Background = false);

/// <summary>Scores for one evaluation run.</summary>
/// <remarks>
/// Within each report, coded events (background ones excluded) are paired with gold events greedily by agreement:
/// same date counts 2, same district 2, same type 1; a pair needs at least 2. Unpaired coded events are false
/// positives, unpaired gold events false negatives. Type, district, deaths (low, best and high all equal), date and
/// perpetrator accuracies are over the pairs.
/// </remarks>
/// <param name="Documents">Reports scored.</param>
/// <param name="GoldEvents">New (not background) gold events.</param>
/// <param name="CodedEvents">New events the coder found.</param>
/// <param name="Matched">Pairs of a gold and a coded event.</param>
/// <param name="Precision">Matched / coded.</param>
/// <param name="Recall">Matched / gold.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="TypeAccuracy">Share of pairs with the same event type.</param>
/// <param name="DistrictAccuracy">Share of pairs with the same district (spellings resolved through the dictionaries).</param>
/// <param name="FatalityExactMatch">Share of pairs with low, best and high deaths all equal.</param>
/// <param name="DateAccuracy">Share of pairs with the same date.</param>
/// <param name="Actor1Accuracy">Share of pairs with the same perpetrator.</param>
/// <param name="Errors">Every disagreement, one line each.</param>
/// <param name="InjuredExactMatch">Share of pairs with the same injured figure.</param>
/// <param name="Crashes">Reports the coder failed on (each an error record; the others were scored).</param>
/// <param name="BackgroundGold">Background gold events (context mentions), not part of detection.</param>
/// <param name="BackgroundFound">Background gold events the coder found as background (same date or district).</param>
public sealed record NewsScores(
    int Documents, int GoldEvents, int CodedEvents, int Matched,
    double Precision, double Recall, double F1,
    double TypeAccuracy, double DistrictAccuracy, double FatalityExactMatch, double DateAccuracy, double Actor1Accuracy,
    IReadOnlyList<string> Errors, double InjuredExactMatch = 0, int Crashes = 0, int BackgroundGold = 0, int BackgroundFound = 0);

/// <summary>Loads gold sets and scores the coder against them.</summary>
public static class NewsEvaluation
{
    /// <summary>
    /// Loads a gold set: the project's own format (one report per line with its <c>events</c> and <c>split</c>), or the
    /// dev-set format (<c>gold.jsonl</c> rows with a <c>doc_id</c>, and <c>docs.jsonl</c> beside it).
    /// </summary>
    public static IReadOnlyList<GoldDocument> LoadGold(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "gold.jsonl");
        }

        var first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0) ?? "";
        if (first.Contains("\"doc_id\"", StringComparison.Ordinal))
        {
            return NewsDevSet.Load(path);
        }

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
                    Int(g, "killed_low"), Int(g, "killed_best"), Int(g, "killed_high"), Int(g, "injured"))).ToList();
                result.Add(new GoldDocument(doc, e.GetProperty("split").GetString()!, events));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}, line {line}: {ex.Message}", ex);
            }
        }

        return result;
    }

    /// <summary>The documents of a split (<c>tune</c>, <c>test</c> or <c>all</c>); a set without splits is used whole.</summary>
    public static IReadOnlyList<GoldDocument> InSplit(IEnumerable<GoldDocument> gold, string split) =>
        gold.Where(d => d.Split.Length == 0 || split == "all" || d.Split == split).ToList();

    /// <summary>Scores the coder on the gold documents (each coded in isolation; a failure counts as a crash).</summary>
    public static NewsScores Score(NewsCoder coder, IEnumerable<GoldDocument> gold)
    {
        ArgumentNullException.ThrowIfNull(coder);
        ArgumentNullException.ThrowIfNull(gold);
        int docs = 0, goldCount = 0, codedCount = 0, matched = 0, type = 0, district = 0, deaths = 0, date = 0, actor = 0, injured = 0, crashes = 0, bgGold = 0, bgFound = 0;
        var errors = new List<string>();
        foreach (var doc in gold)
        {
            docs++;
            var (all, failure) = coder.TryCode(doc.Document);
            if (failure is not null)
            {
                crashes++;
                errors.Add($"{doc.Document.Id}: crash {failure.Message}");
            }

            var coded = all.Where(e => !e.Background).ToList();
            var background = all.Where(e => e.Background).ToList();
            foreach (var b in doc.Events.Where(e => e.Background))
            {
                bgGold++;
                if (background.Any(c => c.Date == b.Date || Same(coder, c.District, b.District)))
                {
                    bgFound++;
                }
            }

            var g = doc with { Events = doc.Events.Where(e => !e.Background).ToList() };
            goldCount += g.Events.Count;
            codedCount += coded.Count;
            var pairs = new List<(int Score, int Gold, int Coded)>();
            for (var i = 0; i < g.Events.Count; i++)
            {
                for (var j = 0; j < coded.Count; j++)
                {
                    var s = (g.Events[i].Date == coded[j].Date ? 2 : 0) + (Same(coder, g.Events[i].District, coded[j].District) ? 2 : 0) + (g.Events[i].EventType == coded[j].EventType ? 1 : 0);
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
                district += Check(Same(coder, ge.District, ce.District), "district", ge.District, ce.District);
                deaths += Check(ge.KilledLow == ce.KilledLow && ge.KilledBest == ce.KilledBest && ge.KilledHigh == ce.KilledHigh,
                    "killed", $"{ge.KilledLow}/{ge.KilledBest}/{ge.KilledHigh}", $"{ce.KilledLow}/{ce.KilledBest}/{ce.KilledHigh}");
                date += Check(ge.Date == ce.Date, "date", ge.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ce.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                actor += Check(ge.Actor1 == ce.Actor1, "actor1", ge.Actor1, ce.Actor1);
                injured += Check(ge.Injured == ce.Injured, "injured", ge.Injured?.ToString(CultureInfo.InvariantCulture), ce.Injured?.ToString(CultureInfo.InvariantCulture));
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
        return new NewsScores(docs, goldCount, codedCount, matched, precision, recall, f1, Rate(type), Rate(district), Rate(deaths), Rate(date), Rate(actor), errors,
            Rate(injured), crashes, bgGold, bgFound);
    }

    private static bool Same(NewsCoder coder, string? a, string? b) =>
        string.Equals(coder.Dictionaries.CanonicalDistrict(a), coder.Dictionaries.CanonicalDistrict(b), StringComparison.Ordinal);

    internal static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
}
