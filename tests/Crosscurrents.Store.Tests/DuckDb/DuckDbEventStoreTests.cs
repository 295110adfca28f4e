using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;
using Microsoft.Extensions.Time.Testing;
using nietras.SeparatedValues;

namespace Crosscurrents.Store.Tests.DuckDb;

public sealed class DuckDbEventStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    private string Db => _dir.File("events.duckdb");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_CreatesAndMigratesANewFile()
    {
        using var store = DuckDbEventStore.Open(Db);
        Assert.Equal(6, store.SchemaVersion);
        Assert.Empty(store.Batches());
        Assert.Equal(0, store.Snapshot(EventFilter.All).EventCount);
        Assert.Equal(new EventCoverage(0, null, null), store.Coverage());
    }

    [Fact]
    public void Open_ReadOnly_RefusesAMissingFile()
    {
        var ex = Assert.Throws<StoreException>(() => DuckDbEventStore.Open(Db, readOnly: true));
        Assert.Contains(Db, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ShippedFile_ThenAgain_ChangesNothing()
    {
        using var store = DuckDbEventStore.Open(Db);
        var first = Import(store, RepositoryData.ShippedGedFile, "22.1");
        Assert.Equal(new ImportCounts(6416, 0, 0), first.Counts);
        var snapshot = store.Snapshot(EventFilter.All);

        Assert.Equal(new EventCoverage(6416, new DateOnly(1989, 1, 25), new DateOnly(2021, 12, 31)), store.Coverage());
        var second = Import(store, RepositoryData.ShippedGedFile, "22.1");
        Assert.Equal(new ImportCounts(0, 0, 6416), second.Counts);
        Assert.Equal(snapshot, store.Snapshot(EventFilter.All));
        Assert.Equal(2, store.Batches().Count);
        Assert.Equal("6ef828898fbb443e234bc723a35984a4e5446f987c0c6fa7ee66ee0207493d38", store.Batches()[0].FileSha256);
    }

    [Fact]
    public void Import_NewerRelease_UpdatesChangedEvents_AndAddsNewOnes()
    {
        using var store = DuckDbEventStore.Open(Db);
        var v1 = _dir.File("GEDEvent_v24_1.csv");
        GedFileGenerator.Write(v1, 200, seed: 5);
        var first = Import(store, v1);

        // The next release: same ids, 3 events revised (deaths), 50 events added.
        var v2 = _dir.File("GEDEvent_v25_1.csv");
        var added = _dir.File("added.csv");
        GedFileGenerator.Write(added, 50, seed: 6, firstId: 5_000_000);
        var revisedIds = new HashSet<string> { "1000010", "1000020", "1000030" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(v2))
        {
            foreach (var source in new[] { v1, added })
            {
                using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(source);
                foreach (var row in reader)
                {
                    using var output = writer.NewRow(row);
                    if (revisedIds.Contains(row["id"].ToString()))
                    {
                        output["best"].Set("999");
                    }
                }
            }
        }

        var summary = Import(store, v2);
        Assert.Equal(0, summary.Rejected);
        Assert.Equal(250, summary.Read);
        Assert.Equal(new ImportCounts(50, 3, 197), summary.Counts);
        var revised = store.Query(EventFilter.All with { MinFatalities = 999 }).Events;
        Assert.Equal(3, revised.Count);
        Assert.All(revised, e => Assert.Equal("25.1", e.Source.Version));
        Assert.All(revised, e => Assert.Equal(summary.BatchId, e.ImportBatch));
        Assert.Equal(197, store.Query(EventFilter.All).Events.Count(e => e.ImportBatch == first.BatchId));
        Assert.Equal(250, store.Snapshot(EventFilter.All).EventCount);
    }

    [Fact]
    public void Import_NotCommitted_LeavesTheStoreAsItWas()
    {
        using var store = DuckDbEventStore.Open(Db);
        Import(store, RepositoryData.ShippedGedFile, "22.1");
        var before = store.Snapshot(EventFilter.All);
        var big = _dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(big, 1000, seed: 3);
        var context = new ImportContext(big, RepositoryData.Actors, RepositoryData.Places);
        using (var session = store.BeginImport(new ImportBatch("b", big, "", "ucdp-ged", "ucdp-ged", "25.1", _time.GetUtcNow())))
        {
            using var stream = File.OpenRead(big);
            foreach (var record in new UcdpGedImporter().Read(stream, context).Take(600))
            {
                session.Add(record.Event!);
            }

            // Disposed without Commit: the import failed midway.
        }

        Assert.Equal(before, store.Snapshot(EventFilter.All));
        Assert.Single(store.Batches());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Import_SameIdTwiceInOneFile_KeepsTheLaterRecord(bool storeAlreadyHasEvents)
    {
        // An empty store takes the direct path (appender into events); a non-empty one the staging merge.
        using var store = DuckDbEventStore.Open(Db);
        if (storeAlreadyHasEvents)
        {
            var batch = Batch();
            using var first = store.BeginImport(batch);
            first.Add(Event("x:0", best: 1));
            first.Commit(batch);
        }

        var second = Batch();
        using (var session = store.BeginImport(second))
        {
            session.Add(Event("x:1", best: 1));
            session.Add(Event("x:2", best: 2));
            session.Add(Event("x:1", best: 7));
            Assert.Equal(new ImportCounts(2, 0, 0), session.Commit(second));
        }

        var events = store.Query(EventFilter.All with { MinFatalities = 2 }).Events;
        Assert.Equal(["x:1", "x:2"], events.Select(e => e.Id));
        Assert.Equal(7, events[0].Fatalities.Best);
        Assert.Equal(storeAlreadyHasEvents ? 3 : 2, store.Snapshot(EventFilter.All).EventCount);
    }

    [Fact]
    public void Query_ReturnsEventsExactlyAsImported()
    {
        using var store = DuckDbEventStore.Open(Db);
        var events = new UcdpGedImporter().Read(File.OpenRead(RepositoryData.ShippedGedFile), new ImportContext(RepositoryData.ShippedGedFile, RepositoryData.Actors, RepositoryData.Places, "22.1"))
            .Select(r => r.Event!).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var summary = Import(store, RepositoryData.ShippedGedFile, "22.1");
        var stored = store.Query(EventFilter.All).Events;
        Assert.All(stored, e => Assert.Equal(summary.BatchId, e.ImportBatch));
        Assert.Equal(events, stored.Select(e => e with { ImportBatch = null }));
    }

    [Fact]
    public void Query_Filters_SelectWhatTheyName()
    {
        using var store = DuckDbEventStore.Open(Db);
        Import(store, RepositoryData.ShippedGedFile, "22.1");
        var all = store.Query(EventFilter.All).Events;
        var ttp = RepositoryData.Actors.WithDescendants("ttp");

        Check(EventFilter.All with { ActorIds = ttp }, e => ttp.Contains(e.SideA.ActorId!) || ttp.Contains(e.SideB.ActorId!));
        Check(EventFilter.All with { ActorIds = new HashSet<string> { "pak-state" }, OpponentIds = new HashSet<string> { "bla" } },
            e => (e.SideA.ActorId, e.SideB.ActorId) is ("pak-state", "bla") or ("bla", "pak-state"));
        Check(EventFilter.All with { Province = "Khyber Pakhtunkhwa" }, e => e.Place.Province == "Khyber Pakhtunkhwa");
        Check(EventFilter.All with { Province = "Federally Administered Tribal Areas" }, e => e.Place.SourceProvince == "Federally Administered Tribal Areas");
        Check(EventFilter.All with { District = "north waziristan" }, e => e.Place.District == "North Waziristan");
        Check(EventFilter.All with { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) }, e => e.DateStart.Year == 2020);
        Check(EventFilter.All with { ViolenceType = ViolenceType.OneSided }, e => e.ViolenceType == ViolenceType.OneSided);
        Check(EventFilter.All with { MinFatalities = 50 }, e => e.Fatalities.Best >= 50);
        Check(EventFilter.All with { Country = "pakistan" }, _ => true);

        void Check(EventFilter filter, Func<ConflictEvent, bool> expected)
        {
            var got = store.Query(filter);
            var want = all.Where(expected).ToList();
            Assert.NotEmpty(want);
            Assert.Equal(want.Select(e => e.Id), got.Events.Select(e => e.Id));
            Assert.Equal(got.Snapshot, store.Snapshot(filter));
        }
    }

    [Fact]
    public void Timeline_RoundTripsThroughTheStore()
    {
        using var store = DuckDbEventStore.Open(Db);
        var timeline = RepositoryData.LoadTimeline();
        store.ReplaceTimeline(timeline);
        store.ReplaceTimeline(timeline);
        Assert.Equal(timeline.Periods, store.Timeline().Periods);
    }

    [Fact]
    public void Reopen_KeepsEventsAndDoesNotMigrateAgain()
    {
        DataSnapshot snapshot;
        using (var store = DuckDbEventStore.Open(Db))
        {
            Import(store, RepositoryData.ShippedGedFile, "22.1");
            snapshot = store.Snapshot(EventFilter.All);
        }

        using var reopened = DuckDbEventStore.Open(Db, readOnly: true);
        Assert.Equal(6, reopened.SchemaVersion);
        Assert.Equal(snapshot, reopened.Snapshot(EventFilter.All));
        Assert.Throws<StoreException>(() => reopened.BeginImport(Batch()));
    }

    [Fact]
    public void Import_RecordsTheCoverageItsFormatsRuleDerives_AndTheStoreReadsItBack()
    {
        using (var store = DuckDbEventStore.Open(Db))
        {
            Import(store, RepositoryData.ShippedGedFile, "22.1");
        }

        using var reopened = DuckDbEventStore.Open(Db, readOnly: true);
        var coverage = Assert.Single(reopened.CoverageMap().Datasets);
        Assert.Equal(Core.Coverage.Completeness.Complete, coverage.Completeness);
        Assert.Equal(new DateOnly(1989, 1, 1), coverage.From);
        Assert.Equal(new DateOnly(2021, 12, 31), coverage.To);
        Assert.Equal(["Pakistan"], coverage.Countries);
        Assert.Null(coverage.Provinces);
        Assert.Equal("derived", coverage.Origin);
        var set = reopened.Query(EventFilter.All with { From = new DateOnly(2020, 1, 1) });
        Assert.True(set.Coverage.Covers(set.Scope, new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)));
        Assert.False(set.Coverage.Covers(set.Scope, new DateOnly(2021, 12, 1), new DateOnly(2022, 1, 31)));
    }

    [Fact]
    public void Links_AreStored_AndQueriesCarryTheIncidentOfEachReport()
    {
        using var store = DuckDbEventStore.Open(Db);
        using (var session = store.BeginImport(Batch()))
        {
            session.Add(Event("x:1", 3));
            session.Add(Event("x:2", 4));
            session.Commit(Batch());
        }

        store.ReplaceLinks([new EventLink("x:2", "x:1", 0, "test")]);
        var set = store.Query(EventFilter.All);
        Assert.Equal("x:1", set.Events.Single(e => e.Id == "x:2").IncidentId);
        Assert.Null(set.Events.Single(e => e.Id == "x:1").IncidentId);
        var incident = Assert.Single(set.Incidents());
        Assert.Equal("x:1", incident.Id);
        Assert.Equal(3, incident.Fatalities.Low);
        Assert.Equal(4, incident.Fatalities.High);

        // Links do not change the data snapshot: it names the reports, not how they were grouped.
        var snapshot = set.Snapshot;
        store.ReplaceLinks([]);
        Assert.Equal(snapshot, store.Query(EventFilter.All).Snapshot);
        Assert.Equal(2, store.Query(EventFilter.All).Incidents().Count);
    }

    [Fact]
    public void Import_ANewerReleaseThatChangesAndDropsEvents_KeepsTheOldValuesInTheHistory()
    {
        using var store = DuckDbEventStore.Open(Db);
        var coverage = new Core.Coverage.DatasetCoverage("x", Core.Coverage.Completeness.Complete, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), ["Pakistan"], null, null, "stated", "test");
        Release([Event("x:1", 3), Event("x:2", 4), Event("x:3", 5)], coverage, dropMissing: false);

        // The next release revises x:1 and no longer has x:3: x:3 is kept and counted as missing.
        var second = Release([Event("x:1", 9), Event("x:2", 4)], coverage, dropMissing: false);
        Assert.Equal((0L, 1L, 1L, 1L, 0L), (second.Imported, second.Updated, second.Unchanged, second.Missing, second.Dropped));
        Assert.Equal(3, store.Snapshot(EventFilter.All).EventCount);
        var history = store.History("x:1");
        Assert.Equal("updated", Assert.Single(history).Change);
        Assert.Equal(3, history[0].Event.Fatalities.Best);
        Assert.Equal("missing", Assert.Single(store.History("x:3")).Change);

        // Asked to drop: x:3 leaves the events and stays in the history.
        var third = Release([Event("x:1", 9), Event("x:2", 4)], coverage, dropMissing: true);
        Assert.Equal((1L, 1L), (third.Missing, third.Dropped));
        Assert.Equal(2, store.Snapshot(EventFilter.All).EventCount);
        Assert.Equal(["missing", "dropped"], store.History("x:3").Select(h => h.Change));
        Assert.Equal(5, store.History("x:3")[^1].Event.Fatalities.Best);

        ImportCounts Release(ConflictEvent[] events, Core.Coverage.DatasetCoverage cover, bool dropMissing)
        {
            var batch = Batch() with { Coverage = cover, DropMissing = dropMissing };
            using var session = store.BeginImport(batch);
            foreach (var e in events)
            {
                session.Add(e);
            }

            return session.Commit(batch);
        }
    }

    [Fact]
    public void Import_ASampleOrPartialRelease_NeverCountsEventsAsMissing()
    {
        using var store = DuckDbEventStore.Open(Db);
        using (var session = store.BeginImport(Batch()))
        {
            session.Add(Event("x:1", 3));
            session.Add(Event("x:2", 4));
            session.Commit(Batch());
        }

        var sample = Batch() with { Coverage = new Core.Coverage.DatasetCoverage("x", Core.Coverage.Completeness.Sample, new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 1), ["Pakistan"], null, null, "derived", "sample"), DropMissing = true };
        using var next = store.BeginImport(sample);
        next.Add(Event("x:1", 3));
        var counts = next.Commit(sample);
        Assert.Equal(0, counts.Missing);
        Assert.Equal(2, store.Snapshot(EventFilter.All).EventCount);
    }

    [Fact]
    public void Stream_GivesTheEventsOfQuery_InTheSameOrder_AndSnapshotMatchesTheirHash()
    {
        using var store = DuckDbEventStore.Open(Db);
        Import(store, RepositoryData.ShippedGedFile, "22.1");
        foreach (var filter in new[] { EventFilter.All, EventFilter.All with { From = new DateOnly(2014, 6, 1), To = new DateOnly(2014, 8, 31) }, EventFilter.All with { Province = "Balochistan" } })
        {
            var queried = store.Query(filter);
            var streamed = store.Stream(filter).ToList();
            Assert.Equal(queried.Events, streamed);
            Assert.Equal(DataSnapshot.Compute(streamed.Select(e => (e.Id, EventContentHash.Compute(e)))), store.Snapshot(filter));
        }
    }

    [Fact]
    public void Migration4_BackfillsTheCoverageOfEarlierImports()
    {
        using (var store = DuckDbEventStore.Open(Db))
        {
            Import(store, RepositoryData.ShippedGedFile, "22.1");
        }

        // Turn the file back into a schema-3 store: no coverage columns, no links, no settings.
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = string.Join(";", new[] { "completeness", "cover_from", "cover_to", "cover_countries", "cover_provinces", "cover_kinds", "cover_origin", "cover_rule" }
                .Select(c => $"ALTER TABLE import_batches DROP COLUMN {c}")) + "; DROP TABLE event_links; DROP TABLE settings; DELETE FROM schema_migrations WHERE version >= 4; ALTER TABLE periods DROP COLUMN parties; DROP TABLE event_history";
            cmd.ExecuteNonQuery();
        }

        using var migrated = DuckDbEventStore.Open(Db);
        Assert.Equal(6, migrated.SchemaVersion);
        var coverage = Assert.Single(migrated.CoverageMap().Datasets);
        Assert.Equal(new DateOnly(1989, 1, 1), coverage.From);
        Assert.Equal(new DateOnly(2021, 12, 31), coverage.To);
        Assert.Equal(Core.Coverage.Completeness.Complete, coverage.Completeness);
    }

    private ImportSummary Import(DuckDbEventStore store, string path, string? version = null) =>
        EventImport.Run(path, EventImporters.Detect(path), store, new ImportContext(path, RepositoryData.Actors, RepositoryData.Places, version),
            RejectsFile.PathFor(Db), _time);

    private int _batches;

    private ImportBatch Batch() => new($"batch-{_batches++}", "f.csv", "", "crosscurrents", "x", "1", _time.GetUtcNow());

    private static ConflictEvent Event(string id, int best) => new()
    {
        Id = id,
        Source = new EventSource("x", "1", id[2..]),
        DateStart = new DateOnly(2022, 1, 1),
        DateEnd = new DateOnly(2022, 1, 1),
        Place = new EventPlace("Pakistan", "Balochistan", "Quetta", null, null, null, 30.2, 67.0, 1),
        SideA = new ActorMention("BLA", "bla"),
        SideB = new ActorMention("Civilians", "civilians"),
        Fatalities = new Fatalities(best, best, best),
    };
}
