using Crosscurrents.Core.Events;

namespace Crosscurrents.Core.Tests.Events;

public sealed class EventContentHashTests
{
    private static readonly ConflictEvent Event = new()
    {
        Id = "ucdp-ged:1",
        Source = new EventSource("ucdp-ged", "22.1", "1"),
        DateStart = new DateOnly(2021, 5, 1),
        DateEnd = new DateOnly(2021, 5, 1),
        Place = new EventPlace("Pakistan", "Khyber Pakhtunkhwa", "Khyber", "Bara", "Federally Administered Tribal Areas", "Khyber agency", 34.0, 71.4, 2),
        SideA = new ActorMention("Government of Pakistan", "pak-state"),
        SideB = new ActorMention("TTP", "ttp"),
        ViolenceType = ViolenceType.StateBased,
        Fatalities = new Fatalities(2, 3, 5, 1, 2, 0, 0),
        SourceText = "Dawn",
    };

    [Fact]
    public void Compute_IsStable_ForEqualEvents() =>
        Assert.Equal(EventContentHash.Compute(Event), EventContentHash.Compute(Event with { }));

    [Fact]
    public void Compute_IgnoresTheRelease_SoAnUnchangedEventInANewReleaseIsUnchanged() =>
        Assert.Equal(EventContentHash.Compute(Event), EventContentHash.Compute(Event with { Source = Event.Source with { Version = "23.1" } }));

    [Fact]
    public void Compute_ChangesWithDeathsPlaceOrSides()
    {
        var h = EventContentHash.Compute(Event);
        Assert.NotEqual(h, EventContentHash.Compute(Event with { Fatalities = Event.Fatalities with { Best = 4 } }));
        Assert.NotEqual(h, EventContentHash.Compute(Event with { Place = Event.Place with { District = "Kurram" } }));
        Assert.NotEqual(h, EventContentHash.Compute(Event with { SideB = new ActorMention("BLA", "bla") }));
        Assert.NotEqual(h, EventContentHash.Compute(Event with { SourceText = null }));
    }

    [Fact]
    public void Fatalities_IsOrdered_OnlyWhenLowBestHighAreInOrder()
    {
        Assert.True(new Fatalities(1, 2, 3).IsOrdered);
        Assert.False(new Fatalities(0, 25, 24).IsOrdered);
        Assert.False(new Fatalities(3, 2, 4).IsOrdered);
    }
}
