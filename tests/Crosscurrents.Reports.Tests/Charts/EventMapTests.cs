using Crosscurrents.Analysis.Brief;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Reports.Tests.Charts;

public sealed class EventMapTests
{
    private static readonly BriefEvents Shipped = BriefEvents.FromEvents(ReportsTestKit.Shipped, RepositoryData.Actors);

    [Fact]
    public void PlacedAndUnplaced_TogetherHoldEveryIncident_AndEachDeathOnce()
    {
        var rows = Shipped.Districts.Rows;
        var placed = EventMap.Placed(rows, RepositoryData.Places);
        var unplaced = EventMap.Unplaced(rows, RepositoryData.Places);
        Assert.Equal(ReportsTestKit.Shipped.Incidents().Count, placed.Sum(p => p.Incidents) + unplaced.Sum(u => u.Incidents));
        Assert.Equal(ReportsTestKit.Shipped.Incidents().Sum(e => (long)e.Fatalities.Best), placed.Sum(p => p.Deaths) + unplaced.Sum(u => u.Deaths));
        Assert.True(placed.Count > 20, $"{placed.Count} districts on the map");
    }

    [Fact]
    public void Unplaced_HoldsTheEventsLocatedOnlyToAProvinceOrTheCountry_NotDrawnAtACentre()
    {
        var withoutDistrict = ReportsTestKit.Shipped.Incidents().Where(e => e.Place.District is null).ToList();
        Assert.NotEmpty(withoutDistrict);
        var unplaced = EventMap.Unplaced(Shipped.Districts.Rows, RepositoryData.Places);
        Assert.True(unplaced.Sum(u => u.Incidents) >= withoutDistrict.Count);
        foreach (var province in withoutDistrict.GroupBy(e => e.Place.Province ?? "(province unknown)"))
        {
            Assert.True(unplaced.Single(u => u.Province == province.Key).Incidents >= province.Count(), province.Key);
        }

        // Every district drawn is a gazetteer district with coordinates, never a province or country point.
        Assert.All(EventMap.Placed(Shipped.Districts.Rows, RepositoryData.Places), p => Assert.Equal("district", p.District.Level));
    }
}
