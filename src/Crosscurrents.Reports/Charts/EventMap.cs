using Crosscurrents.Core.Events;
using Crosscurrents.Core.Places;
using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>A map of events: country borders, one dot per located event (area ∝ deaths), coloured by province,
/// with province names at their gazetteer coordinates.</summary>
/// <remarks>Plate carrée: a degree of longitude is drawn as long as a degree of latitude (east–west distances look
/// about 15% longer than they are at 30°N).</remarks>
public static class EventMap
{
    public static Plot Draw(IReadOnlyList<ConflictEvent> events, CountryOutlines outlines, Gazetteer gazetteer, string title, ChartStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(events);
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

        var located = events.Where(e => e.Place.Latitude is not null && e.Place.Longitude is not null).ToList();
        var provinces = located.GroupBy(e => e.Place.Province ?? "(province unknown)")
            .OrderByDescending(g => g.Count()).ToList();
        for (var i = 0; i < provinces.Count; i++)
        {
            var colour = (style ?? ChartStyle.Default).Colour(i).WithAlpha(0.45);
            var first = true;
            foreach (var e in provinces[i])
            {
                var marker = plot.Add.Marker(e.Place.Longitude!.Value, e.Place.Latitude!.Value);
                marker.Color = colour;
                marker.Size = (float)Math.Clamp(3 + (2 * Math.Sqrt(e.Fatalities.Best)), 3, 30);
                if (first)
                {
                    marker.LegendText = $"{provinces[i].Key} ({provinces[i].Count():N0})";
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
