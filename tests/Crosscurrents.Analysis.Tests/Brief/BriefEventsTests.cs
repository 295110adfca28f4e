using Crosscurrents.Analysis.Brief;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Analysis.Tests.Brief;

/// <summary>The brief's counts come from the store's aggregate queries and equal counting the events in memory.</summary>
public sealed class BriefEventsTests
{
    [Fact]
    public void FromStore_OnTheShippedData_EqualsCountingTheEventsInMemory()
    {
        using var dir = new TempDirectory();
        var workspace = new Workspace(dir.File("events.duckdb"), RepositoryData.DataDirectory);
        using var session = workspace.Open(readOnly: false);
        var store = session.Context.Store;
        workspace.EnsureShippedData(store, TimeProvider.System, null);
        var fromStore = BriefEvents.FromStore(store, RepositoryData.Actors);
        var all = store.Query(EventFilter.All);
        var inMemory = BriefEvents.FromEvents(all, RepositoryData.Actors);

        foreach (var (name, a, b) in new[] { ("days", fromStore.Days, inMemory.Days), ("provinces", fromStore.DaysByProvince, inMemory.DaysByProvince),
            ("sides", fromStore.DaysBySides, inMemory.DaysBySides), ("ttp", fromStore.TtpDays, inMemory.TtpDays), ("districts", fromStore.Districts, inMemory.Districts) })
        {
            Assert.True(a.Rows.ToHashSet().SetEquals(b.Rows) && a.Rows.Count == b.Rows.Count, name);
            Assert.Equal(b.Snapshot, a.Snapshot);
        }

        Assert.Equal(all.Snapshot, fromStore.Snapshot);
        Assert.True(fromStore.TtpDays.Snapshot.EventCount is > 1000 and < 6416, $"{fromStore.TtpDays.Snapshot.EventCount} TTP events");
        var figures = BriefFigures.Compute(fromStore, RepositoryData.Actors, []);
        Assert.Equal(6416, figures.Summary.Reports);
        Assert.Equal(0, figures.Summary.OutsideCoverage);
        Assert.Equal(all.Incidents().Count, figures.Summary.Incidents);
        Assert.Equal(all.Incidents().Sum(e => (long)e.Fatalities.Best), figures.Summary.Deaths);
    }
}
