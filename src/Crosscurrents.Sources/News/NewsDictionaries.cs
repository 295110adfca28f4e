using System.Globalization;
using System.Text.RegularExpressions;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Places;
using nietras.SeparatedValues;

namespace Crosscurrents.Sources.News;

/// <summary>
/// The news coder's dictionaries, all data files users can extend: event patterns
/// (<c>data/news/event_patterns.csv</c>), towns (<c>data/news/towns.csv</c>), the district names the news conventions
/// use where the gazetteer has an older one (<c>data/news/districts.csv</c>), and the actor registry and gazetteer
/// every other part of Crosscurrents uses.
/// </summary>
public sealed class NewsDictionaries
{
    private NewsDictionaries(ActorRegistry actors, IReadOnlyList<EventPattern> patterns, IReadOnlyList<NewsPlace> places, IReadOnlyDictionary<string, string> newsAliases)
    {
        Actors = actors;
        Patterns = patterns;
        Places = places;
        NewsAliases = newsAliases;
        PlacePattern = Alternation(places.Select(p => p.Name), caseSensitive: _ => true);
        var aliases = actors.Aliases.Where(a => a.Source is "*" or "news").Select(a => a.Name).Concat(newsAliases.Keys).Distinct(StringComparer.Ordinal).ToList();
        ActorPattern = Alternation(aliases, caseSensitive: IsAcronym);
        PlacesByName = places.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public ActorRegistry Actors { get; }

    public IReadOnlyList<EventPattern> Patterns { get; }

    public IReadOnlyList<NewsPlace> Places { get; }

    internal Regex PlacePattern { get; }

    internal Regex ActorPattern { get; }

    /// <summary>Labels the news conventions give a group (<c>data/news/actor_aliases.csv</c>: "khawarij" → TTP, "Daesh" →
    /// ISKP); they come before the registry's aliases.</summary>
    public IReadOnlyDictionary<string, string> NewsAliases { get; }

    /// <summary>The actor id for a name found in a report on a date: the news labels first, then the registry.</summary>
    public string? ResolveActor(string name, DateOnly date) =>
        NewsAliases.TryGetValue(name, out var id) ? id : Actors.Resolve("news", name, date);

    internal IReadOnlyDictionary<string, NewsPlace> PlacesByName { get; }

    /// <summary>
    /// The district name the coder writes for any spelling it knows (<c>Nushki</c>, <c>Noshki</c> → <c>Noshki</c>;
    /// <c>Bolan</c>, <c>Kachhi</c> → <c>Kachhi</c>); an unknown name passes through.
    /// </summary>
    public string? CanonicalDistrict(string? name) =>
        name is null ? null : PlacesByName.TryGetValue(name, out var p) && p.District is not null && !p.Town ? p.District : name;

    /// <summary>Loads the dictionaries from the data folder (<c>news/</c>) with the given registry and gazetteer.</summary>
    public static NewsDictionaries Load(string dataDirectory, ActorRegistry actors, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var patterns = new List<EventPattern>();
        var patternsFile = Path.Combine(dataDirectory, "news", "event_patterns.csv");
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(patternsFile))
        {
            foreach (var row in reader)
            {
                var pattern = row["pattern"].ToString();
                try
                {
                    var opens = !reader.Header.ColNames.Contains("opens") || row["opens"].ToString() != "0";
                    patterns.Add(new EventPattern(row["event_type"].ToString(), row["priority"].Parse<int>(),
                        new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(NewsCoder.MatchTimeoutMs)), opens));
                }
                catch (ArgumentException ex)
                {
                    throw new InvalidDataException($"{patternsFile}, line {row.LineNumberFrom}, field 'pattern': {ex.Message}", ex);
                }
            }
        }

        // District names as the news conventions write them (the current map: Bolan is Kachhi; Noshki): data/news/districts.csv.
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var districtsFile = Path.Combine(dataDirectory, "news", "districts.csv");
        if (File.Exists(districtsFile))
        {
            using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(districtsFile);
            foreach (var row in reader)
            {
                renames[row["gazetteer_name"].ToString()] = row["news_name"].ToString();
            }
        }

        string? Rename(string? district) => district is not null && renames.TryGetValue(district, out var news) ? news : district;

        var places = new List<NewsPlace>();
        foreach (var p in gazetteer.Places)
        {
            var district = Rename(p.IsProvince ? null : p.Name);
            var province = p.Province;
            foreach (var name in p.Aliases.Prepend(p.Name).Where(n => n.Length > 1 && !n.EndsWith(" district", StringComparison.Ordinal) && !n.EndsWith(" province", StringComparison.Ordinal)))
            {
                places.Add(new NewsPlace(name, p.Country, province, district, p.Latitude, p.Longitude));
            }
        }

        var townsFile = Path.Combine(dataDirectory, "news", "towns.csv");
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(townsFile))
        {
            foreach (var row in reader)
            {
                var district = row["district"].ToString();
                var province = row["province"].ToString();
                var country = row["country"].ToString();
                var known = district.Length > 0 ? gazetteer.Find(country, province, district) : gazetteer.Find(country, province);
                places.Add(new NewsPlace(row["town"].ToString(), country, province, district.Length > 0 ? Rename(district) : null, known?.Latitude, known?.Longitude, Town: true));
            }
        }

        var newsAliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliasesFile = Path.Combine(dataDirectory, "news", "actor_aliases.csv");
        if (File.Exists(aliasesFile))
        {
            using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(aliasesFile);
            foreach (var row in reader)
            {
                newsAliases[row["alias"].ToString()] = row["actor_id"].ToString();
            }
        }

        return new NewsDictionaries(actors, patterns.OrderByDescending(p => p.Priority).ToList(), places, newsAliases);
    }

    private static bool IsAcronym(string alias) => alias.Length <= 5 && alias.All(c => char.IsUpper(c) || c == '-');

    private static Regex Alternation(IEnumerable<string> names, Func<string, bool> caseSensitive)
    {
        var parts = names.Where(n => n.Length > 1).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)
            .Select(n => caseSensitive(n) ? Regex.Escape(n) : "(?i:" + Regex.Escape(n) + ")");
        return new Regex(@"\b(?:" + string.Join("|", parts) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromMilliseconds(NewsCoder.MatchTimeoutMs));
    }
}

/// <summary>A pattern that signals an event type; the highest priority found in an event decides its type.</summary>
/// <param name="EventType">The event type it signals.</param>
/// <param name="Priority">Higher wins when several match in one incident.</param>
/// <param name="Pattern">The regular expression (case-insensitive).</param>
/// <param name="Opens">Whether a match opens an event without a casualty figure (a concrete attack, "held talks");
/// false for words that only colour an event already found ("operations", "dialogue").</param>
public sealed record EventPattern(string EventType, int Priority, Regex Pattern, bool Opens = true);

/// <summary>A place name the coder recognises, with where it lies.</summary>
public sealed record NewsPlace(string Name, string Country, string Province, string? District, double? Latitude, double? Longitude, bool Town = false)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({District ?? Province}, {Country})");
}
