using System.Globalization;
using Crosscurrents.Claims;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Crosscurrents.Analysis.Scenarios;

/// <summary>
/// Reads a scenario file (YAML: <c>scenario:</c>, a mapping with <c>levers:</c>, a list of mappings). Every error
/// names the file, the line, the lever and the field; unknown fields and streams are refused with the nearest names.
/// </summary>
public static class ScenarioFile
{
    /// <summary>The longest horizon a scenario may ask for, in months.</summary>
    public const int MaxHorizonMonths = 120;

    /// <summary>The most levers a scenario may have.</summary>
    public const int MaxLevers = 100;

    private const int MaxFileBytes = 1 << 20;
    private const int MaxDepth = 8;
    private const int MaxAliases = 16;
    private const int MaxNodes = 20_000;
    private const int MaxListItems = 1000;

    private static readonly Crosscurrents.Claims.YamlShape Shape = new("scenario file", "levers", 5, MaxDepth, MaxAliases, MaxNodes, MaxFileBytes);
    private static readonly DateOnly Earliest = new(1946, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    private static readonly HashSet<string> ScenarioFields = new(StringComparer.Ordinal)
    {
        "name", "title", "description", "streams", "target", "calibrate_from", "calibrate_to", "horizon_months", "escalation_monthly", "levers",
    };

    private static readonly HashSet<string> LeverFields = new(StringComparer.Ordinal)
    {
        "kind", "name", "from", "to", "dates", "date", "rule_min_deaths", "window_days", "effect", "covariate", "estimate_from", "streams", "stream", "count", "deaths",
    };

    private static readonly HashSet<string> EffectFields = new(StringComparer.Ordinal) { "rate_ratio", "low", "high" };

    /// <summary>Reads and checks a scenario file against the known stream names.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid scenario file; the message names the file, line, lever and field.</exception>
    public static ScenarioDefinition Load(string path, IReadOnlyCollection<string> knownStreams)
    {
        ArgumentNullException.ThrowIfNull(knownStreams);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: no such file");
        }

        var yaml = Shape.Load(path);

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("scenario"), out var node) || node is not YamlMappingNode scenario)
        {
            throw new InvalidDataException($"{path}: expected a top-level 'scenario:' mapping");
        }

        var top = new Fields(path, "scenario", scenario, ScenarioFields);
        var streams = top.List("streams") ?? ["ttp"];
        foreach (var s in streams)
        {
            top.Stream("streams", s, knownStreams);
        }

        var target = top.Scalar("target") ?? streams[0];
        if (!streams.Contains(target))
        {
            throw top.Error("target", $"'{target}' is not one of the scenario's streams ({string.Join(", ", streams)})");
        }

        var name = top.Scalar("name") ?? Path.GetFileNameWithoutExtension(path);
        var levers = new List<LeverDefinition>();
        if (scenario.Children.TryGetValue(new YamlScalarNode("levers"), out var leverNode))
        {
            if (leverNode is YamlScalarNode { Value: null or "" })
            {
                // "levers:" with nothing after it: the status quo.
            }
            else if (leverNode is not YamlSequenceNode list)
            {
                throw top.Error("levers", "expected a list of levers");
            }
            else
            {
                if (list.Children.Count > MaxLevers)
                {
                    throw top.Error("levers", $"{list.Children.Count} levers; at most {MaxLevers}");
                }

                var index = 0;
                foreach (var item in list)
                {
                    index++;
                    if (item is not YamlMappingNode map)
                    {
                        throw new InvalidDataException($"{path}, line {item.Start.Line}, lever {index}: expected a mapping of fields");
                    }

                    levers.Add(Lever(path, index, map, streams));
                }
            }
        }

        return new ScenarioDefinition(path, name, top.Scalar("title") ?? name, top.Scalar("description") ?? "", streams, target,
            top.Date("calibrate_from", end: false) ?? new DateOnly(2007, 1, 1), top.Date("calibrate_to", end: true),
            top.Whole("horizon_months", 1, MaxHorizonMonths) ?? 24, top.Number("escalation_monthly", 0, 1e7), levers);
    }

    private static LeverDefinition Lever(string path, int index, YamlMappingNode map, IReadOnlyList<string> streams)
    {
        var provisional = new Fields(path, $"lever {index}", map, LeverFields);
        var leverName = provisional.Scalar("name");
        var f = new Fields(path, leverName is null ? $"lever {index}" : $"lever '{leverName}'", map, LeverFields);
        var kindText = f.Scalar("kind") ?? throw f.Error("kind", "missing; kinds are ceasefire, talks, strike, operation, inject");
        LeverKind kind = kindText switch
        {
            "ceasefire" => LeverKind.Ceasefire,
            "talks" => LeverKind.Talks,
            "strike" => LeverKind.Strike,
            "operation" => LeverKind.Operation,
            "inject" => LeverKind.Inject,
            _ => throw f.Error("kind", $"'{kindText}' is not a lever; kinds are ceasefire, talks, strike, operation, inject"),
        };
        var from = f.Date("from", end: false);
        var to = f.Date("to", end: true);
        if (kind is LeverKind.Ceasefire or LeverKind.Talks or LeverKind.Operation)
        {
            if (from is null || to is null)
            {
                throw f.Error(from is null ? "from" : "to", $"missing: a {kindText} lever needs from and to");
            }

            if (to < from)
            {
                throw f.Error("to", $"{to:yyyy-MM-dd} is before from ({from:yyyy-MM-dd})");
            }
        }

        var dates = (f.List("dates") ?? (f.Scalar("date") is { } one ? [one] : [])).Select(d => f.ParseDate(map.Children.ContainsKey(new YamlScalarNode("dates")) ? "dates" : "date", d, end: false)).ToList();
        var minDeaths = f.Number("rule_min_deaths", 0, 100_000);
        if (kind == LeverKind.Strike && dates.Count == 0 && minDeaths is null)
        {
            throw f.Error("dates", "missing: a strike lever needs dates or rule_min_deaths");
        }

        if (kind == LeverKind.Inject && dates.Count != 1)
        {
            throw f.Error("date", "an inject lever needs one date");
        }

        StatedEffect? effect = null;
        var estimate = false;
        if (map.Children.TryGetValue(new YamlScalarNode("effect"), out var effectNode))
        {
            switch (effectNode)
            {
                case YamlScalarNode { Value: "estimated" } when kind == LeverKind.Operation:
                    estimate = true;
                    break;
                case YamlScalarNode { Value: "fitted" } when kind is LeverKind.Ceasefire or LeverKind.Talks:
                    break;
                case YamlMappingNode effectMap:
                    var e = new Fields(path, f.Where + ", effect", effectMap, EffectFields);
                    var rr = e.Number("rate_ratio", 1e-6, 1e6) ?? throw e.Error("rate_ratio", "missing");
                    var low = e.Number("low", 1e-6, 1e6) ?? throw e.Error("low", "missing (the 90% interval's lower end)");
                    var high = e.Number("high", 1e-6, 1e6) ?? throw e.Error("high", "missing (the 90% interval's upper end)");
                    if (!(low <= rr && rr <= high))
                    {
                        throw e.Error("rate_ratio", $"expected low ≤ rate_ratio ≤ high, got {low.ToString(CultureInfo.InvariantCulture)} ≤ {rr.ToString(CultureInfo.InvariantCulture)} ≤ {high.ToString(CultureInfo.InvariantCulture)}");
                    }

                    effect = new StatedEffect(rr, low, high);
                    break;
                default:
                    throw f.Error("effect", kind == LeverKind.Operation
                        ? "expected 'estimated' or a mapping {rate_ratio, low, high} (a 90% interval)"
                        : kind is LeverKind.Ceasefire or LeverKind.Talks ? "expected 'fitted' or a mapping {rate_ratio, low, high} (a 90% interval)"
                        : "expected a mapping {rate_ratio, low, high} (a 90% interval)");
            }
        }

        var covariate = f.Scalar("covariate");
        var estimateFrom = f.Scalar("estimate_from");
        if (kind is LeverKind.Strike or LeverKind.Operation && effect is null && !estimate && covariate is null && estimateFrom is null)
        {
            throw f.Error("effect", $"missing: a {kindText} lever needs an effect ({(kind == LeverKind.Operation ? "'estimated', " : "")}a stated {{rate_ratio, low, high}}{(kind == LeverKind.Strike ? ", 'estimate_from: STREAM' or 'covariate: NAME'" : "")})");
        }

        var leverStreams = f.List("streams");
        foreach (var s in leverStreams ?? [])
        {
            if (!streams.Contains(s))
            {
                throw f.Error("streams", $"'{s}' is not one of the scenario's streams ({string.Join(", ", streams)})");
            }
        }

        var stream = f.Scalar("stream");
        if (stream is not null && !streams.Contains(stream))
        {
            throw f.Error("stream", $"'{stream}' is not one of the scenario's streams ({string.Join(", ", streams)})");
        }

        return new LeverDefinition(kind, leverName ?? $"{kindText} {index}", (int)map.Start.Line, from, to, dates, minDeaths,
            f.Whole("window_days", 1, 365) ?? (kind == LeverKind.Strike ? 30 : 0), effect, estimate, covariate, estimateFrom, leverStreams, stream,
            f.Whole("count", 1, 10_000) ?? 1, f.Number("deaths", 0, 100_000) ?? 0);
    }

    /// <summary>The fields of one mapping, with errors that name the file, the line, where and the field.</summary>
    private sealed class Fields
    {
        private readonly string _path;
        private readonly YamlMappingNode _map;
        private readonly Dictionary<string, YamlNode> _values;

        public Fields(string path, string where, YamlMappingNode map, HashSet<string> allowed)
        {
            (_path, Where, _map) = (path, where, map);
            if (map.Children.Keys.FirstOrDefault(k => k is not YamlScalarNode) is { } badKey)
            {
                throw new InvalidDataException($"{path}, line {badKey.Start.Line}, {where}: a field name must be a plain word");
            }

            _values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                if (!allowed.Contains(name))
                {
                    throw new InvalidDataException($"{path}, line {key.Start.Line}, {where}, field '{name}': unknown field{ClaimFile.Suggest(name, allowed)}; fields are {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
                }

                if (!_values.TryAdd(name, value))
                {
                    throw new InvalidDataException($"{path}, line {key.Start.Line}, {where}, field '{name}': given twice");
                }
            }
        }

        public string Where { get; }

        public InvalidDataException Error(string field, string problem) =>
            new($"{_path}, line {(_values.TryGetValue(field, out var at) ? at.Start.Line : _map.Start.Line)}, {Where}, field '{field}': {problem}");

        public string? Scalar(string field) => !_values.TryGetValue(field, out var node) ? null
            : node is YamlScalarNode s ? (string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim())
            : field is "levers" or "effect" or "streams" or "dates" ? null
            : throw Error(field, $"expected a single value, found a {(node is YamlSequenceNode ? "list" : "mapping")}");

        public IReadOnlyList<string>? List(string field) => !_values.TryGetValue(field, out var n) ? null : n switch
        {
            YamlSequenceNode s when s.Children.Count > MaxListItems => throw Error(field, $"{s.Children.Count} items; expected at most {MaxListItems}"),
            YamlSequenceNode s => s.Select(x => x is YamlScalarNode { Value: { Length: > 0 } v } ? v.Trim() : throw Error(field, "expected a list of single values")).ToArray(),
            YamlScalarNode { Value: { Length: > 0 } v } => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ => throw Error(field, "expected a list"),
        };

        public void Stream(string field, string name, IReadOnlyCollection<string> known)
        {
            if (!known.Contains(name))
            {
                throw Error(field, $"unknown stream '{name}'{ClaimFile.Suggest(name, known)}");
            }
        }

        public DateOnly? Date(string field, bool end) => Scalar(field) is { } text ? ParseDate(field, text, end) : null;

        public DateOnly ParseDate(string field, string text, bool end)
        {
            DateOnly? parsed = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                : DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? (end ? m.AddMonths(1).AddDays(-1) : m)
                : text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999
                    ? (end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1))
                    : null;
            return parsed switch
            {
                null => throw Error(field, $"'{text}' is not a year, yyyy-MM or yyyy-MM-dd date"),
                { } p when p < Earliest || p > Latest => throw Error(field, $"'{text}' is outside {Earliest:yyyy} to {Latest:yyyy}"),
                { } p => p,
            };
        }

        public double? Number(string field, double min, double max)
        {
            var text = Scalar(field);
            return text is null ? null
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= min && v <= max ? v
                : throw Error(field, $"'{text}': expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        public int? Whole(string field, int min, int max)
        {
            var value = Number(field, min, max);
            return value is { } v && v != Math.Floor(v) ? throw Error(field, $"'{Scalar(field)}': expected a whole number from {min} to {max}") : (int?)value;
        }
    }
}
