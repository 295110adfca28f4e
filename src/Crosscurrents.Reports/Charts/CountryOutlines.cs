using System.Text.Json;

namespace Crosscurrents.Reports.Charts;

/// <summary>Country borders for maps, read from the shipped GeoJSON (Natural Earth via world-atlas).</summary>
public sealed class CountryOutlines
{
    private CountryOutlines(IReadOnlyList<(string Country, IReadOnlyList<(double Lon, double Lat)[]> Rings)> countries)
    {
        Countries = countries;
    }

    public IReadOnlyList<(string Country, IReadOnlyList<(double Lon, double Lat)[]> Rings)> Countries { get; }

    public static CountryOutlines Empty { get; } = new([]);

    public static CountryOutlines Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var result = new List<(string, IReadOnlyList<(double, double)[]>)>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var name = feature.GetProperty("properties").GetProperty("name").GetString() ?? "";
            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("coordinates")]
                : geometry.GetProperty("coordinates").EnumerateArray().ToList();
            var rings = new List<(double, double)[]>();
            foreach (var polygon in polygons)
            {
                foreach (var ring in polygon.EnumerateArray())
                {
                    rings.Add(ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray());
                }
            }

            result.Add((name, rings));
        }

        return new CountryOutlines(result);
    }
}
