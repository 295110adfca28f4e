using System.Collections.Concurrent;
using System.Collections.Frozen;
using Crosscurrents.Core.Internal;

namespace Crosscurrents.Core.Places;

/// <summary>
/// Pakistani and Afghan provinces and districts. Normalises the names sources use (UCDP's
/// "Khyber Pakhtunkwa province", FATA agencies, news spellings) to current names.
/// </summary>
/// <remarks>
/// The Federally Administered Tribal Areas merged into Khyber Pakhtunkhwa in May 2018 (25th Amendment). UCDP still
/// codes FATA as a first-level unit after the merger; resolution maps every FATA event to Khyber Pakhtunkhwa and its
/// agency to the district that replaced it, and the event keeps the source's names.
/// </remarks>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, Place> _provinces;
    private readonly FrozenDictionary<string, Place[]> _districts;

    // Source names repeat across millions of rows; resolving each distinct triple once keeps imports fast.
    private readonly ConcurrentDictionary<(string, string?, string?), (string?, string?)> _resolved = new();

    public Gazetteer(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        Places = places.ToList();
        var provinces = new Dictionary<string, Place>(StringComparer.Ordinal);
        var districts = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var place in Places)
        {
            foreach (var name in place.Aliases.Prepend(place.Name))
            {
                var key = Key(place.Country, name);
                if (place.IsProvince)
                {
                    provinces.TryAdd(key, place);
                }
                else
                {
                    if (!districts.TryGetValue(key, out var list))
                    {
                        districts[key] = list = [];
                    }

                    list.Add(place);
                }
            }
        }

        _provinces = provinces.ToFrozenDictionary(StringComparer.Ordinal);
        _districts = districts.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Place> Places { get; }

    /// <summary>
    /// Resolves a source's first- and second-level names to current province and district names. Unknown names pass
    /// through with the generic suffixes (" province", " district") removed, so nothing is lost.
    /// </summary>
    public (string? Province, string? District) Resolve(string country, string? province, string? district) =>
        _resolved.GetOrAdd((country, province, district), key => ResolveUncached(key.Item1, key.Item2, key.Item3));

    private (string? Province, string? District) ResolveUncached(string country, string? province, string? district)
    {
        string? provinceName = null;
        if (!string.IsNullOrWhiteSpace(province))
        {
            provinceName = _provinces.TryGetValue(Key(country, province), out var p) ? p.Province : StripSuffix(province);
        }

        string? districtName = null;
        if (!string.IsNullOrWhiteSpace(district))
        {
            if (_districts.TryGetValue(Key(country, district), out var candidates))
            {
                var match = candidates.FirstOrDefault(d => provinceName is null || d.Province == provinceName) ?? candidates[0];
                districtName = match.Name;
                provinceName ??= match.Province;
            }
            else
            {
                districtName = StripSuffix(district);
            }
        }

        return (provinceName, districtName);
    }

    /// <summary>The place for a current province (and optionally district) name, or null.</summary>
    public Place? Find(string country, string province, string? district = null)
    {
        if (district is null)
        {
            return _provinces.TryGetValue(Key(country, province), out var p) ? p : null;
        }

        return _districts.TryGetValue(Key(country, district), out var ds) ? ds.FirstOrDefault(d => d.Province == province) : null;
    }

    public static Gazetteer Load(string path) =>
        new(DataFileReader.Read(path, ["country", "level", "province", "name", "aliases", "latitude", "longitude", "former_province", "former_name"], row =>
            new Place(
                row.Required("country"),
                row.Required("level"),
                row.Required("province"),
                row.Required("name"),
                (row.Optional("aliases") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                row.OptionalDouble("latitude"),
                row.OptionalDouble("longitude"),
                row.Optional("former_province"),
                row.Optional("former_name"))));

    private static string Key(string country, string name) =>
        country.ToUpperInvariant() + "|" + string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string StripSuffix(string name)
    {
        var trimmed = name.Trim();
        foreach (var suffix in (string[])[" province", " district", " agency"])
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[..^suffix.Length];
            }
        }

        return trimmed;
    }
}
