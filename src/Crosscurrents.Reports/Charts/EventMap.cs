using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Places;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>A map of events: country borders, one circle per district at its gazetteer point (area ∝ incidents),
/// coloured by province, with province names; incidents not located to a known district are counted apart
/// (<see cref="Unplaced"/>), never drawn at a province's or country's centre.</summary>
/// <remarks>Plate carrée: a degree of longitude is drawn as long as a degree of latitude (east–west distances look
/// about 15% longer than they are at 30°N). Drawn from counts per district (<c>CountKey.District</c>), so its cost does
/// not grow with the number of events.</remarks>
public static class EventMap
{
    /// <summary>Incidents and deaths (best) per district that has coordinates in the gazetteer, largest first.</summary>
    public static IReadOnlyList<(Place District, long Incidents, long Deaths)> Placed(IEnumerable<EventCountRow> districtRows, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(districtRows);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var points = gazetteer.Places.Where(p => p.Level == "district" && p.Latitude is not null && p.Longitude is not null)
            .GroupBy(p => (p.Province, p.Name)).ToDictionary(g => g.Key, g => g.First());
        return [.. districtRows.Where(r => r.District is not null && r.Province is not null && points.ContainsKey((r.Province, r.District)))
            .GroupBy(r => (r.Province!, r.District!))
            .Select(g => (points[g.Key], g.Sum(r => r.Events), g.Sum(r => r.Best)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1.Province, StringComparer.Ordinal).ThenBy(x => x.Item1.Name, StringComparer.Ordinal)];
    }

    /// <summary>Incidents and deaths (best) not located to a district the gazetteer has a point for, by province
    /// ("(province unknown)" when the source gives none).</summary>
    public static IReadOnlyList<(string Province, long Incidents, long Deaths)> Unplaced(IEnumerable<EventCountRow> districtRows, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(districtRows);
        var rows = districtRows.ToList();
        var placed = Placed(rows, gazetteer).Select(p => (p.District.Province, p.District.Name)).ToHashSet();
        return [.. rows.Where(r => r.District is null || r.Province is null || !placed.Contains((r.Province, r.District)))
            .GroupBy(r => r.Province ?? "(province unknown)")
            .Select(g => (g.Key, g.Sum(r => r.Events), g.Sum(r => r.Best)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal)];
    }

    public static Plot Draw(IReadOnlyList<EventCountRow> districtRows, CountryOutlines outlines, Gazetteer gazetteer, string title, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(districtRows);
        ArgumentNullException.ThrowIfNull(outlines);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var plot = (style ?? ChartStyle.Default).NewPlot(title, "latitude");
        plot.XLabel("longitude");
        foreach (var (country, rings) in outlines.Countries)
        {
            var home = country is "Pakistan" or "Afghanistan";
            foreach (var ring in rings)
            {
                var polygon = plot.Add.Polygon(ring.Select(p => new Coordinates(p.Lon, p.Lat)).ToArray());
                polygon.FillColor = home ? Color.FromHex("#f4f1e8") : Color.FromHex("#fbfbfb");
                polygon.LineColor = home ? Colors.DimGray : Colors.LightGray;
                polygon.LineWidth = home ? 1.2f : 0.6f;
            }
        }

        var placed = Placed(districtRows, gazetteer);
        var largest = placed.Count > 0 ? placed.Max(p => p.Incidents) : 1;
        var provinces = placed.GroupBy(p => p.District.Province).OrderByDescending(g => g.Sum(p => p.Incidents)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (var i = 0; i < provinces.Count; i++)
        {
            var colour = (style ?? ChartStyle.Default).Colour(i).WithAlpha(0.55);
            var first = true;
            foreach (var (district, incidents, _) in provinces[i])
            {
                var marker = plot.Add.Marker(district.Longitude!.Value, district.Latitude!.Value);
                marker.Color = colour;
                marker.Size = (float)(4 + (36 * Math.Sqrt((double)incidents / largest)));
                if (first)
                {
                    marker.LegendText = $"{provinces[i].Key} ({provinces[i].Sum(p => p.Incidents):N0})";
                    first = false;
                }
            }
        }

        foreach (var place in gazetteer.Places.Where(p => p.IsProvince && p.Country == "Pakistan" && p.FormerProvince is null && p.Latitude is not null))
        {
            var label = plot.Add.Text(place.Name, place.Longitude!.Value, place.Latitude!.Value);
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.Black.WithAlpha(0.7);
        }

        plot.Axes.SetLimits(60, 80, 23.5, 38.5);
        plot.Axes.SquareUnits();
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }
}
