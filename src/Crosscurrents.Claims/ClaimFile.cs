using System.Globalization;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Places;
using Crosscurrents.Core.Streams;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Crosscurrents.Claims;

/// <summary>
/// Reads a claim file: <c>claims:</c>, a list of mappings, into the typed claim of each test kind. Every error names
/// the file, the claim and the field; an unknown stream, actor or province suggests the nearest known names. Any
/// field is accepted on any claim (and checked); a field the claim's test does not use is ignored.
/// </summary>
public static class ClaimFile
{
    /// <summary>The test names a claim file can give (<see cref="ClaimKinds.Names"/>).</summary>
    public static IReadOnlyList<string> Tests => ClaimKinds.Names;

    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "id", "text", "summary", "test", "stream", "measure", "from", "to", "expect_years", "then_from", "then_to", "expect", "kinds", "window",
        "source", "target", "actor", "country", "provinces", "at_least", "at_most", "relation", "seed", "as_of", "reported",
    };

    /// <summary>The widest window a claim may ask for (weeks for after-vs-before, days for deters).</summary>
    public const int MaxWindow = 365;

    /// <summary>Claim dates must fall in this range: the data start in 1946, and series are built up to the dates given.</summary>
    public static readonly DateOnly EarliestDate = new(1946, 1, 1);

    /// <inheritdoc cref="EarliestDate"/>
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    private const int MaxFileBytes = 4 << 20;
    private const int MaxDepth = 16;
    private const int MaxAliases = 16;
    private const int MaxNodes = 200_000;
    private const int MaxListItems = 1000;

    private static readonly YamlShape Shape = new("claim file", "claims", 3, MaxDepth, MaxAliases, MaxNodes, MaxFileBytes);

    /// <summary>Reads and checks a claim file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid claim file; the message names the file, line, claim and field.</exception>
    public static IReadOnlyList<Claim> Load(string path, IReadOnlyList<StreamDefinition> streams, ActorRegistry actors, Gazetteer places)
    {
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(places);
        var yaml = Shape.Load(path);

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root ||
            !root.Children.TryGetValue(new YamlScalarNode("claims"), out var list) || list is not YamlSequenceNode sequence)
        {
            throw new InvalidDataException($"{path}: expected a top-level 'claims:' list");
        }

        var claims = new List<Claim>();
        var index = 0;
        foreach (var node in sequence)
        {
            index++;
            if (node is not YamlMappingNode map)
            {
                throw new InvalidDataException($"{path}, claim {index}: expected a mapping of fields");
            }

            if (map.Children.Keys.FirstOrDefault(k => k is not YamlScalarNode) is { } badKey)
            {
                throw new InvalidDataException($"{path}, line {badKey.Start.Line}, claim {index}: a field name must be a plain word, not a {(badKey is YamlSequenceNode ? "list" : "mapping")}");
            }

            var values = map.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => kv.Value, StringComparer.Ordinal);
            var id = values.TryGetValue("id", out var idNode) && idNode is YamlScalarNode { Value: { Length: > 0 } idText } ? idText.Trim() : $"#{index}";
            InvalidDataException Error(string field, string problem) =>
                new($"{path}{(values.TryGetValue(field, out var at) ? $", line {at.Start.Line}" : "")}, claim '{id}', field '{field}': {problem}");
            foreach (var (field, value) in values.Where(kv => kv.Value is not YamlScalarNode && Fields.Contains(kv.Key) && kv.Key is not ("kinds" or "provinces" or "expect_years")))
            {
                throw Error(field, $"expected a single value, found a {(value is YamlSequenceNode ? "list" : "mapping")}");
            }
            foreach (var key in values.Keys.Where(k => !Fields.Contains(k)))
            {
                throw Error(key, $"unknown field; fields are {string.Join(", ", Fields.Order(StringComparer.Ordinal))}");
            }

            string Required(string field) => Scalar(values, field) ?? throw Error(field, "missing");
            DateOnly? Date(string field, bool end)
            {
                var text = Scalar(values, field);
                if (text is null)
                {
                    return null;
                }

                DateOnly? parsed = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999
                        ? (end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1))
                        : null;
                return parsed switch
                {
                    null => throw Error(field, $"'{text}' is not a year or a yyyy-MM-dd date"),
                    { } p when p < EarliestDate || p > LatestDate => throw Error(field, $"'{text}' is outside {EarliestDate:yyyy} to {LatestDate:yyyy}"),
                    { } p => p,
                };
            }

            double? Number(string field)
            {
                var text = Scalar(values, field);
                return text is null ? null
                    : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
                    : throw Error(field, $"'{text}' is not a number");
            }

            int? Whole(string field, int min, int max)
            {
                var value = Number(field);
                return value switch
                {
                    null => null,
                    { } v when v != Math.Floor(v) || v < min || v > max => throw Error(field, $"'{Scalar(values, field)}': expected a whole number from {min} to {max}"),
                    { } v => (int)v,
                };
            }

            string[]? List(string field) => values.TryGetValue(field, out var n)
                ? n switch
                {
                    YamlSequenceNode s when s.Children.Count > MaxListItems => throw Error(field, $"{s.Children.Count} items; expected at most {MaxListItems}"),
                    YamlSequenceNode s => s.Select(x => x is YamlScalarNode scalar ? scalar.Value ?? "" : throw Error(field, "expected a list of single values, found a nested list or mapping")).ToArray(),
                    YamlScalarNode s => [s.Value ?? ""],
                    _ => throw Error(field, "expected a list"),
                }
                : null;

            string? Stream(string field)
            {
                var name = Scalar(values, field);
                if (name is not null && streams.All(s => s.Name != name))
                {
                    throw Error(field, $"unknown stream '{name}'{Suggest(name, streams.Select(s => s.Name))}");
                }

                return name;
            }

            var test = Required("test");
            if (ClaimKinds.Parse(test) is not { } kind)
            {
                throw Error("test", $"'{test}' is not a test; tests are {string.Join(", ", Tests)}");
            }

            var actor = Scalar(values, "actor");
            if (actor is not null && actors.Lookup(actor) is null)
            {
                throw Error("actor", $"unknown actor '{actor}'{Suggest(actor, actors.Actors.Select(a => a.Id).Concat(actors.Aliases.Select(a => a.Name)))}");
            }

            var provinces = List("provinces");
            foreach (var province in provinces ?? [])
            {
                if (places.Places.All(p => !p.IsProvince || (p.Name != province && p.Province != province)))
                {
                    throw Error("provinces", $"unknown province '{province}'{Suggest(province, places.Places.Where(p => p.IsProvince).Select(p => p.Province).Distinct())}");
                }
            }

            var expect = Scalar(values, "expect");
            if (expect is not null && ClaimWords.ParseDirection(expect) is null)
            {
                throw Error("expect", $"'{expect}': use increase or decrease");
            }

            var measure = Scalar(values, "measure") ?? "events";
            if (ClaimWords.ParseMeasure(measure) is null)
            {
                throw Error("measure", $"'{measure}': use events or fatalities");
            }

            var years = List("expect_years")?.Select(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= EarliestDate.Year && v <= LatestDate.Year
                ? v
                : throw Error("expect_years", $"'{y}' is not a year from {EarliestDate.Year} to {LatestDate.Year}")).ToArray();
            var share = (Number("at_least"), Number("at_most"));
            if (share is ( < 0 or > 1, _) or (_, < 0 or > 1))
            {
                throw Error(share.Item1 is < 0 or > 1 ? "at_least" : "at_most", "expected a share from 0 to 1");
            }

            var claim = new ParsedClaim
            {
                Id = Required("id"),
                Text = Required("text"),
                Summary = Scalar(values, "summary"),
                Kind = kind,
                Stream = Stream("stream"),
                Measure = measure,
                From = Date("from", end: false),
                To = Date("to", end: true),
                ExpectYears = years,
                ThenFrom = Date("then_from", end: false),
                ThenTo = Date("then_to", end: true),
                Expect = expect,
                Kinds = List("kinds"),
                Window = Whole("window", 1, MaxWindow) ?? 4,
                Source = Stream("source"),
                Target = Stream("target"),
                Actor = actor,
                Country = Scalar(values, "country"),
                Provinces = provinces,
                AtLeast = Number("at_least"),
                AtMost = Number("at_most"),
                Relation = Scalar(values, "relation"),
                Seed = Whole("seed", 0, int.MaxValue) ?? 1,
                AsOf = Date("as_of", end: false),
                Reported = Scalar(values, "reported") is { } reported && reported.Split('/').Length != 3
                    ? throw Error("reported", $"'{reported}': give publisher/measure/quantity, e.g. PICSS/militant_attacks/attacks")
                    : Scalar(values, "reported"),
            };
            Validate(claim, Error);
            claims.Add(claim.ToClaim());
        }

        var duplicate = claims.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? claims : throw new InvalidDataException($"{path}: claim id '{duplicate.Key}' is used twice");
    }

    /// <summary>The fields each test needs.</summary>
    private static void Validate(ParsedClaim c, Func<string, string, InvalidDataException> error)
    {
        void Need(bool ok, string field, string what)
        {
            if (!ok)
            {
                throw error(field, $"the {c.Kind.Name()} test needs {what}");
            }
        }

        switch (c.Kind)
        {
            case ClaimKind.Peak:
                Need(c.Stream is not null, "stream", "a stream");
                Need(c.From is not null && c.To is not null, "from", "from and to (the years searched)");
                Need(c.ExpectYears is { Length: > 0 }, "expect_years", "the years where the peak should fall");
                break;
            case ClaimKind.Change:
                Need(c.Stream is not null, "stream", "a stream");
                Need(c.From is not null && c.To is not null, "from", "from and to (period A)");
                Need(c.ThenFrom is not null && c.ThenTo is not null, "then_from", "then_from and then_to (period B)");
                Need(c.Expect is not null, "expect", "expect: increase or decrease");
                break;
            case ClaimKind.AfterVsBefore:
                Need(c.Stream is not null, "stream", "a stream");
                Need(c.Kinds is { Length: > 0 }, "kinds", "the timeline kinds of the interventions");
                Need(c.Expect is not null, "expect", "expect: increase or decrease");
                break;
            case ClaimKind.Regroup:
                Need(c.Stream is not null, "stream", "a stream");
                Need(c.Expect is not null, "expect", "expect: increase (regrouping) or decrease");
                break;
            case ClaimKind.Excites or ClaimKind.Deters:
                Need(c.Source is not null, "source", "a source stream");
                Need(c.Target is not null, "target", "a target stream");
                break;
            case ClaimKind.Share:
                Need(c.Actor is not null, "actor", "an actor");
                Need(c.AtLeast is not null || c.AtMost is not null, "at_least", "at_least or at_most");
                break;
            case ClaimKind.Links:
                Need(c.Source is not null && c.Target is not null, "source", "source and target streams");
                Need(ClaimWords.ParseRelation(c.Relation) is not null, "relation", "relation: excites, against or co-located");
                break;
        }
    }

    /// <summary>Every field a claim file can give, as parsed, before it becomes the typed claim of its test.</summary>
    private sealed record ParsedClaim
    {
        public required string Id { get; init; }

        public required string Text { get; init; }

        public required ClaimKind Kind { get; init; }

        public string? Stream { get; init; }

        public required string Measure { get; init; }

        public DateOnly? From { get; init; }

        public DateOnly? To { get; init; }

        public int[]? ExpectYears { get; init; }

        public DateOnly? ThenFrom { get; init; }

        public DateOnly? ThenTo { get; init; }

        public string? Expect { get; init; }

        public string[]? Kinds { get; init; }

        public int Window { get; init; }

        public string? Source { get; init; }

        public string? Target { get; init; }

        public string? Actor { get; init; }

        public string? Country { get; init; }

        public string[]? Provinces { get; init; }

        public double? AtLeast { get; init; }

        public double? AtMost { get; init; }

        public string? Relation { get; init; }

        public DateOnly? AsOf { get; init; }

        public string? Reported { get; init; }

        public string? Summary { get; init; }

        public int Seed { get; init; }

        /// <summary>The typed claim (the fields were checked by <see cref="Validate"/>).</summary>
        public Claim ToClaim()
        {
            var measure = ClaimWords.ParseMeasure(Measure)!.Value;
            var expect = ClaimWords.ParseDirection(Expect) ?? ChangeDirection.Increase;
            Claim claim = Kind switch
            {
                ClaimKind.Peak => new PeakClaim { Id = Id, Text = Text, Stream = Stream!, Measure = measure, ExpectYears = ExpectYears!, Reported = Reported },
                ClaimKind.Change => new ChangeClaim { Id = Id, Text = Text, Stream = Stream!, Measure = measure, ThenFrom = ThenFrom, ThenTo = ThenTo, Expect = expect, Reported = Reported },
                ClaimKind.AfterVsBefore => new AfterVsBeforeClaim { Id = Id, Text = Text, Stream = Stream!, Measure = measure, Kinds = Kinds!, Expect = expect, Window = Window },
                ClaimKind.Regroup => new RegroupClaim { Id = Id, Text = Text, Stream = Stream!, Actor = Actor, Kinds = Kinds, Window = Window, Expect = expect, Reported = Reported },
                ClaimKind.Excites => new ExcitesClaim { Id = Id, Text = Text, Source = Source!, Target = Target! },
                ClaimKind.Deters => new DetersClaim { Id = Id, Text = Text, Source = Source!, Target = Target!, Window = Window },
                ClaimKind.Share => new ShareClaim { Id = Id, Text = Text, Actor = Actor!, Country = Country, Provinces = Provinces, AtLeast = AtLeast, AtMost = AtMost },
                _ => new LinksClaim { Id = Id, Text = Text, Source = Source!, Target = Target!, Relation = ClaimWords.ParseRelation(Relation)!.Value },
            };
            return claim with { From = From, To = To, AsOf = AsOf, Seed = Seed, Summary = Summary };
        }
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string field) =>
        values.TryGetValue(field, out var node) && node is YamlScalarNode { Value: { Length: > 0 } v } ? v.Trim() : null;

    /// <summary>"; did you mean X, Y?" with the nearest names by edit distance.</summary>
    public static string Suggest(string name, IEnumerable<string> known)
    {
        var nearest = known.Distinct(StringComparer.Ordinal)
            .Select(k => (k, d: Distance(name.ToUpperInvariant(), k.ToUpperInvariant())))
            .OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).Take(3).Where(x => x.d <= Math.Max(3, name.Length / 2)).Select(x => x.k).ToList();
        return nearest.Count == 0 ? "" : $"; did you mean {string.Join(", ", nearest)}?";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
