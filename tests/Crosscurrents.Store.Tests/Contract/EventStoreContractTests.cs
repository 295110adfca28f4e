using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Reported;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;
using Microsoft.Extensions.Time.Testing;
using nietras.SeparatedValues;

namespace Crosscurrents.Store.Tests.Contract;

/// <summary>
/// What every event store promises, whatever the backend: one subclass per backend (DuckDB, PostgreSQL) opens a fresh,
/// empty store for each test and can reopen it.
/// </summary>
public abstract class EventStoreContractTests : IAsyncLifetime
{
    private IEventStore? _store;
    private int _batches;

    protected TempDirectory Dir { get; } = new();

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    protected IEventStore Store => _store ?? throw new InvalidOperationException("the store is not open");

    /// <summary>Creates a fresh, empty store for one test (skipping the test when the backend is not available here).</summary>
    protected abstract Task<IEventStore> CreateAsync();

    /// <summary>Opens the same store again (a new connection or process would see this).</summary>
    protected abstract Task<IEventStore> ReopenAsync(bool asReader);

    /// <summary>Where the import writes its rejects file (empty: the backend keeps them only in the store).</summary>
    protected virtual string RejectsPath => Dir.File("events.rejects.csv");

    /// <summary>Removes what <see cref="CreateAsync"/> made.</summary>
    protected virtual Task DropAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync() => _store = await CreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await DropAsync();
        Dir.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void Open_ANewStore_IsEmptyAtTheCurrentSchema()
    {
        Assert.Equal(11, Store.SchemaVersion);
        Assert.Empty(Store.Batches());
        Assert.Equal(0, Store.Snapshot(EventFilter.All).EventCount);
        Assert.Equal(new EventCoverage(0, null, null), Store.Coverage());
        Assert.Empty(Store.CoverageMap().Datasets);
        Assert.Empty(Store.Links());
        Assert.Empty(Store.Timeline().Periods);
        Assert.Empty(Store.ReportedFigures());
        Assert.Empty(Store.Rejections());
        Assert.Null(Store.Setting("anything"));
    }

    [Fact]
    public void Import_ShippedFile_ThenAgain_ChangesNothing()
    {
        var first = Import(RepositoryData.ShippedGedFile, "22.1");
        Assert.Equal(new ImportCounts(6416, 0, 0), first.Counts);
        var snapshot = Store.Snapshot(EventFilter.All);
        Assert.Equal(new EventCoverage(6416, new DateOnly(1989, 1, 25), new DateOnly(2021, 12, 31)), Store.Coverage());
        var second = Import(RepositoryData.ShippedGedFile, "22.1");
        Assert.Equal(new ImportCounts(0, 0, 6416), second.Counts);
        Assert.Equal(snapshot, Store.Snapshot(EventFilter.All));
        var batches = Store.Batches();
        Assert.Equal(2, batches.Count);
        Assert.Equal("6ef828898fbb443e234bc723a35984a4e5446f987c0c6fa7ee66ee0207493d38", batches[0].FileSha256);
        Assert.Equal((6416L, 6416L, 0L, 0L), (batches[0].Read, batches[0].Imported, batches[0].Updated, batches[0].Unchanged));
        Assert.Equal((0L, 6416L), (batches[1].Imported, batches[1].Unchanged));
        Assert.Equal([first.BatchId, second.BatchId], batches.Select(b => b.Id));
        Assert.True(batches[0].StartedAt < batches[1].StartedAt);
        Assert.Equal(("ucdp-ged", "ucdp-ged", "22.1"), (batches[0].Format, batches[0].Dataset, batches[0].DatasetVersion));
    }

    [Fact]
    public void Import_NewerRelease_UpdatesChangedEvents_AndAddsNewOnes()
    {
        var v1 = Dir.File("GEDEvent_v24_1.csv");
        GedFileGenerator.Write(v1, 200, seed: 5);
        var first = Import(v1);

        // The next release: same ids, 3 events revised (deaths), 50 events added.
        var v2 = Dir.File("GEDEvent_v25_1.csv");
        var added = Dir.File("added.csv");
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

        var summary = Import(v2);
        Assert.Equal(0, summary.Rejected);
        Assert.Equal(250, summary.Read);
        Assert.Equal(new ImportCounts(50, 3, 197), summary.Counts);
        var revised = Store.Query(EventFilter.All with { MinFatalities = 999 }).Events;
        Assert.Equal(3, revised.Count);
        Assert.All(revised, e => Assert.Equal("25.1", e.Source.Version));
        Assert.All(revised, e => Assert.Equal(summary.BatchId, e.ImportBatch));
        Assert.Equal(197, Store.Query(EventFilter.All).Events.Count(e => e.ImportBatch == first.BatchId));
        Assert.Equal(250, Store.Snapshot(EventFilter.All).EventCount);

        // The revised events' earlier values are in the history, written by the first import, replaced by the second.
        var history = Assert.Single(Store.History(revised[0].Id));
        Assert.Equal(("updated", first.BatchId, summary.BatchId), (history.Change, history.Batch, history.ChangedBy));
        Assert.NotEqual(999, history.Event.Fatalities.Best);
        Assert.Equal(EventContentHash.Compute(history.Event with { ImportBatch = null }), history.ContentHash);
    }

    [Fact]
    public void Import_NotCommitted_LeavesTheStoreAsItWas()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        var before = Store.Snapshot(EventFilter.All);
        var big = Dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(big, 1000, seed: 3);
        var context = new ImportContext(big, RepositoryData.Actors, RepositoryData.Places);
        using (var session = Store.BeginImport(new ImportBatch("b", big, "", "ucdp-ged", "ucdp-ged", "25.1", Time.GetUtcNow())))
        {
            using var stream = File.OpenRead(big);
            foreach (var record in new UcdpGedImporter().Read(stream, context).Take(600))
            {
                session.Add(record.Event!);
            }

            session.Reject(new StoredRejection("b", big, 3, "best", "not a number", "x"));
            // Disposed without Commit: the import failed midway.
        }

        Assert.Equal(before, Store.Snapshot(EventFilter.All));
        Assert.Single(Store.Batches());
        Assert.Empty(Store.Rejections());

        // The store still takes imports afterwards.
        Assert.Equal(1000, Import(big).Counts.Imported);
    }

    [Fact]
    public async Task Import_Cancelled_LeavesTheStoreAsItWas()
    {
        var batch = Batch();
        await using (var session = await Store.BeginImportAsync(batch))
        {
            await session.AddAsync(Event("x:1", 1));
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CommitAsync(batch, cancelled.Token));
        }

        Assert.Equal(0, (await Store.SnapshotAsync(EventFilter.All)).EventCount);
        Assert.Empty(await Store.BatchesAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Import_SameIdTwiceInOneFile_KeepsTheLaterRecord(bool storeAlreadyHasEvents)
    {
        if (storeAlreadyHasEvents)
        {
            var batch = Batch();
            using var first = Store.BeginImport(batch);
            first.Add(Event("x:0", best: 1));
            first.Commit(batch);
        }

        var second = Batch();
        using (var session = Store.BeginImport(second))
        {
            session.Add(Event("x:1", best: 1));
            session.Add(Event("x:2", best: 2));
            session.Add(Event("x:1", best: 7));
            Assert.Equal(new ImportCounts(2, 0, 0), session.Commit(second));
        }

        var events = Store.Query(EventFilter.All with { MinFatalities = 2 }).Events;
        Assert.Equal(["x:1", "x:2"], events.Select(e => e.Id));
        Assert.Equal(7, events[0].Fatalities.Best);
        Assert.Equal(storeAlreadyHasEvents ? 3 : 2, Store.Snapshot(EventFilter.All).EventCount);
    }

    [Fact]
    public void Import_OfADatasetNewToTheStore_CountsAndSnapshotsAsTheEventsDo()
    {
        var others = Batch();
        using (var session = Store.BeginImport(others))
        {
            session.Add(Event("x:1", best: 4));
            session.Add(Event("x:2", best: 0) with { DateStart = new DateOnly(2008, 3, 9), DateEnd = new DateOnly(2008, 3, 9) });
            session.Commit(others);
        }

        // The GED file's dataset is new here: its rows go straight into the events and its rollup rows are summed on
        // the way. Counts (from the rollup) must equal counting the events, and so must the snapshot.
        var first = Import(RepositoryData.ShippedGedFile, "22.1");
        Assert.True(first.Counts.Imported > 6000);
        var unrollable = EventFilter.All with { MinFatalities = 0 };
        foreach (var (resolution, key) in new[] { (TimeResolution.Month, CountKey.Province), (TimeResolution.Year, CountKey.None), (TimeResolution.Month, CountKey.Sides), (TimeResolution.Week, CountKey.Sides) })
        {
            AssertCounts(EventFilter.All, resolution, key);
            Assert.Equal(Store.Count(unrollable, new CountRequest(resolution, key)).Rows, Store.Count(EventFilter.All, new CountRequest(resolution, key)).Rows);
        }

        Assert.Equal(Store.Snapshot(unrollable).Id, Store.Snapshot(EventFilter.All).Id);
        Assert.Equal(first.Counts.Imported + 2, Store.Snapshot(EventFilter.All).EventCount);

        // Again: now the dataset is stored, so the file merges (nothing changes) and the rollup is rebuilt to the same.
        var before = Store.Count(EventFilter.All, new CountRequest(TimeResolution.Month, CountKey.Province)).Rows;
        var again = Import(RepositoryData.ShippedGedFile, "22.1");
        Assert.Equal((0L, first.Counts.Imported), (again.Counts.Imported, again.Counts.Unchanged));
        Assert.Equal(before, Store.Count(EventFilter.All, new CountRequest(TimeResolution.Month, CountKey.Province)).Rows);
    }

    [Fact]
    public void Import_ThatPromisedOneDataset_AndBreaksIt_ImportsNothing()
    {
        var batch = Batch() with { DatasetFixed = true };
        using (var session = Store.BeginImport(batch))
        {
            session.Add(Event("x:1", best: 1));
            var e = Assert.Throws<StoreException>(() => session.Add(Event("y:2", best: 1) with { Source = new EventSource("y", "1", "2") }));
            Assert.Contains("nothing was imported", e.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, Store.Snapshot(EventFilter.All).EventCount);
        Assert.Empty(Store.Count(EventFilter.All, new CountRequest(TimeResolution.Year)).Rows);
    }

    [Fact]
    public void Query_ReturnsEventsExactlyAsImported()
    {
        var events = new UcdpGedImporter().Read(File.OpenRead(RepositoryData.ShippedGedFile), new ImportContext(RepositoryData.ShippedGedFile, RepositoryData.Actors, RepositoryData.Places, "22.1"))
            .Select(r => r.Event!).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var summary = Import(RepositoryData.ShippedGedFile, "22.1");
        var stored = Store.Query(EventFilter.All).Events;
        Assert.All(stored, e => Assert.Equal(summary.BatchId, e.ImportBatch));
        Assert.Equal(events, stored.Select(e => e with { ImportBatch = null }));
    }

    [Fact]
    public void Query_Filters_SelectWhatTheyName()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        var all = Store.Query(EventFilter.All).Events;
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
        Check(EventFilter.All with { Dataset = "ucdp-ged" }, _ => true);
        Check(EventFilter.All with { Id = all[17].Id }, e => e.Id == all[17].Id);
        Check(EventFilter.All with { Province = "Balochistan", From = new DateOnly(2010, 1, 1), MinFatalities = 5 },
            e => e.Place.Province == "Balochistan" && e.DateStart >= new DateOnly(2010, 1, 1) && e.Fatalities.Best >= 5);
        Assert.Empty(Store.Query(EventFilter.All with { Dataset = "acled" }).Events);

        void Check(EventFilter filter, Func<ConflictEvent, bool> expected)
        {
            var got = Store.Query(filter);
            var want = all.Where(expected).ToList();
            Assert.NotEmpty(want);
            Assert.Equal(want.Select(e => e.Id), got.Events.Select(e => e.Id));
            Assert.Equal(got.Snapshot, Store.Snapshot(filter));
            Assert.Equal(filter, got.Filter);
        }
    }

    [Fact]
    public async Task Stream_GivesTheEventsOfQuery_InOrdinalIdOrder_AndSnapshotMatchesTheirHash()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        foreach (var filter in new[] { EventFilter.All, EventFilter.All with { From = new DateOnly(2014, 6, 1), To = new DateOnly(2014, 8, 31) }, EventFilter.All with { Province = "Balochistan" } })
        {
            var queried = await Store.QueryAsync(filter);
            var streamed = new List<ConflictEvent>();
            await foreach (var e in Store.StreamAsync(filter))
            {
                streamed.Add(e);
            }

            Assert.Equal(queried.Events, streamed);
            Assert.Equal(streamed.Select(e => e.Id).Order(StringComparer.Ordinal), streamed.Select(e => e.Id));
            Assert.Equal(DataSnapshot.OfEvents(streamed.Select(e => EventContentHash.Compute(e with { ImportBatch = null, IncidentId = null }))), await Store.SnapshotAsync(filter));
            Assert.Equal(queried.Events, Store.Stream(filter).ToList());
        }
    }

    [Fact]
    public void Page_GivesTheSameEventsAsSkippingThroughTheStream()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        foreach (var filter in new[] { EventFilter.All, EventFilter.All with { Province = "Balochistan", From = new DateOnly(2012, 1, 1) } })
        {
            var all = Store.Stream(filter).ToList();
            foreach (var (offset, limit) in new[] { (0, 30), (0, 0), (17, 5), (all.Count - 3, 10), (all.Count + 5, 10) })
            {
                Assert.Equal(all.Skip(offset).Take(limit), Store.Page(filter, offset, limit));
            }
        }
    }

    [Theory]
    [InlineData(TimeResolution.Month, CountKey.Province)]
    [InlineData(TimeResolution.Year, CountKey.None)]
    [InlineData(TimeResolution.Week, CountKey.District)]
    [InlineData(TimeResolution.Day, CountKey.Sides)]
    public void Count_EqualsCountingTheQueriedIncidents(TimeResolution resolution, CountKey key)
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        var filters = new[]
        {
            EventFilter.All,
            EventFilter.All with { Province = "Balochistan", From = new DateOnly(2008, 3, 15), To = new DateOnly(2016, 2, 29) },
            // A Monday to a Sunday: the rollup's pieces (week within month) answer it.
            EventFilter.All with { From = new DateOnly(2008, 3, 17), To = new DateOnly(2016, 2, 28) },
            EventFilter.All with { ActorIds = RepositoryData.Actors.WithDescendants("ttp"), MinFatalities = 3 },
            EventFilter.All with { Dataset = "acled" },
        };
        foreach (var filter in filters)
        {
            AssertCounts(filter, resolution, key);
        }

        // Reports of one incident count once, with the range of their deaths.
        var set = Store.Query(EventFilter.All with { From = new DateOnly(2014, 6, 1), To = new DateOnly(2014, 6, 30) });
        var links = set.Events.Skip(1).Take(6).Select(e => new EventLink(e.Id, set.Events[0].Id, 0, "test"))
            .Append(new EventLink(set.Events[9].Id, set.Events[8].Id, 1, "test")).ToList();
        Store.ReplaceLinks(links);
        foreach (var filter in filters.Append(EventFilter.All with { From = new DateOnly(2014, 6, 1), To = new DateOnly(2014, 6, 30) }))
        {
            AssertCounts(filter, resolution, key);
        }

        var june = Store.Count(EventFilter.All with { From = new DateOnly(2014, 6, 1), To = new DateOnly(2014, 6, 30) }, new CountRequest(TimeResolution.Year));
        Assert.Equal(set.Events.Count - links.Count, Assert.Single(june.Rows).Events);
    }

    private void AssertCounts(EventFilter filter, TimeResolution resolution, CountKey key)
    {
        var set = Store.Query(filter);
        var counts = Store.Count(filter, new CountRequest(resolution, key));
        Assert.Equal(set.Snapshot, counts.Snapshot);
        Assert.Equal(filter, counts.Filter);
        Assert.Equal(new CountRequest(resolution, key), counts.Request);
        Assert.Equal(set.Coverage.Datasets.Count, counts.Coverage.Datasets.Count);

        // The oracle: the incidents of the query, grouped here by the period's first day and the key's fields.
        DateOnly PeriodOf(DateOnly d) => resolution switch
        {
            TimeResolution.Day => d,
            TimeResolution.Week => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
            TimeResolution.Month => new DateOnly(d.Year, d.Month, 1),
            _ => new DateOnly(d.Year, 1, 1),
        };
        var want = set.Incidents()
            .GroupBy(e => (PeriodOf(e.DateStart),
                key is CountKey.Province or CountKey.District ? e.Place.Province : null,
                key == CountKey.District ? e.Place.District : null,
                key == CountKey.Sides ? e.SideA.Name + "|" + e.SideA.ActorId + "|" + e.SideB.Name + "|" + e.SideB.ActorId : null))
            .Select(g => (g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4, (long)g.Count(), g.Sum(e => (long)e.Fatalities.Best),
                g.Sum(e => (long)Math.Min(e.Fatalities.Low, e.Fatalities.Best)), g.Sum(e => (long)Math.Max(e.Fatalities.High, e.Fatalities.Best)),
                g.Min(e => e.DateStart), g.Max(e => e.DateStart)))
            .OrderBy(r => r.Item1).ThenBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Item3, StringComparer.Ordinal).ThenBy(r => r.Item4, StringComparer.Ordinal)
            .ToList();
        var got = counts.Rows
            .Select(r => (r.Period, r.Province, r.District, key == CountKey.Sides ? r.SideA + "|" + r.SideAActor + "|" + r.SideB + "|" + r.SideBActor : null,
                r.Events, r.Best, r.Low, r.High, r.First, r.Last))
            .OrderBy(r => r.Period).ThenBy(r => r.Province, StringComparer.Ordinal).ThenBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.Item4, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(want, got);

        // Incidents per best death toll: the same incidents, grouped by their toll.
        var tolls = set.Incidents().GroupBy(e => Math.Max(0L, e.Fatalities.Best)).OrderBy(g => g.Key).Select(g => new TollCount(g.Key, g.Count())).ToList();
        Assert.Equal(tolls, Store.Tolls(filter));
    }

    [Fact]
    public void Stream_OrdersIdsOrdinally_WhateverTheDatabaseLocale()
    {
        var batch = Batch();
        using (var session = Store.BeginImport(batch))
        {
            foreach (var id in new[] { "x:b", "x:B", "x:a", "x:_", "x:10", "x:9", "x:A" })
            {
                session.Add(Event(id, 1));
            }

            session.Commit(batch);
        }

        var ids = Store.Stream(EventFilter.All).Select(e => e.Id).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(DataSnapshot.OfEvents(Store.Query(EventFilter.All).Events.Select(e => EventContentHash.Compute(e with { ImportBatch = null }))), Store.Snapshot(EventFilter.All));
    }

    [Fact]
    public async Task Stream_StopsWhenCancelled()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var e in Store.StreamAsync(EventFilter.All, cancel.Token))
            {
                if (++seen == 10)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.Equal(10, seen);
    }

    [Fact]
    public void Timeline_RoundTripsThroughTheStore()
    {
        var timeline = RepositoryData.LoadTimeline();
        Store.ReplaceTimeline(timeline);
        Store.ReplaceTimeline(timeline);
        Assert.Equal(timeline.Periods, Store.Timeline().Periods);
    }

    [Fact]
    public void ReportedFigures_ReplacedPerFile_RevisionsKept()
    {
        ReportedFigure Figure(string measure, int month, double value, int revision, string file) =>
            new("PICSS", measure, "Pakistan", month % 2 == 0 ? null : "Balochistan", new DateOnly(2020, month, 1), new DateOnly(2020, month, 28), "attacks", value, null, month == 1 ? "note" : null, revision, file);

        Store.ReplaceReportedFigures("a.csv", [Figure("militant_attacks", 2, 10, 1, "a.csv"), Figure("militant_attacks", 1, 5, 1, "a.csv"), Figure("militant_attacks", 1, 6, 2, "a.csv")]);
        Store.ReplaceReportedFigures("b.csv", [Figure("killed", 3, 7.5, 1, "b.csv")]);
        Store.ReplaceReportedFigures("a.csv", [Figure("militant_attacks", 2, 11, 1, "a.csv"), Figure("militant_attacks", 1, 5, 1, "a.csv"), Figure("militant_attacks", 1, 6, 2, "a.csv")]);

        var figures = Store.ReportedFigures();
        Assert.Equal(4, figures.Count);
        Assert.Equal([("killed", 7.5), ("militant_attacks", 11), ("militant_attacks", 5), ("militant_attacks", 6)], figures.Select(f => (f.Measure, f.Value)));
        Assert.Equal([1, 2], figures.Skip(2).Select(f => f.Revision));
        Assert.Equal("note", figures[2].Note);
        Assert.Null(figures[1].Province);
        Assert.Equal("b.csv", figures[0].File);
    }

    [Fact]
    public async Task Reopen_KeepsEverything_AndDoesNotMigrateAgain()
    {
        var summary = Import(RepositoryData.ShippedGedFile, "22.1");
        Store.ReplaceTimeline(RepositoryData.LoadTimeline());
        Store.SetSetting("shipped-data", "loaded");
        var snapshot = Store.Snapshot(EventFilter.All);
        var batches = Store.Batches();
        Store.Dispose();
        _store = null;

        await using (var reopened = await ReopenAsync(asReader: true))
        {
            Assert.Equal(11, reopened.SchemaVersion);
            Assert.Equal(snapshot, reopened.Snapshot(EventFilter.All));
            Assert.Equal(batches.Select(b => b with { Coverage = null }), reopened.Batches().Select(b => b with { Coverage = null }));
            AssertSameCoverage(batches[0].Coverage!, reopened.Batches()[0].Coverage!);
            Assert.Equal(summary.BatchId, Assert.Single(reopened.Batches()).Id);
            Assert.Equal("loaded", reopened.Setting("shipped-data"));
            Assert.Equal(RepositoryData.LoadTimeline().Periods, reopened.Timeline().Periods);
            Assert.Throws<StoreException>(() => reopened.BeginImport(Batch()));
            Assert.Throws<StoreException>(() => reopened.SetSetting("k", "v"));
            Assert.Throws<StoreException>(() => reopened.ReplaceLinks([]));
        }

        _store = await ReopenAsync(asReader: false);
        Assert.Equal(snapshot, Store.Snapshot(EventFilter.All));
    }

    [Fact]
    public void Import_RecordsTheCoverageItsFormatsRuleDerives_AndTheStoreReadsItBack()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        var coverage = Assert.Single(Store.CoverageMap().Datasets);
        Assert.Equal(Completeness.Complete, coverage.Completeness);
        Assert.Equal(new DateOnly(1989, 1, 1), coverage.From);
        Assert.Equal(new DateOnly(2021, 12, 31), coverage.To);
        Assert.Equal(["Pakistan"], coverage.Countries);
        Assert.Null(coverage.Provinces);
        Assert.Equal("derived", coverage.Origin);
        AssertSameCoverage(coverage, Store.Batches()[0].Coverage!);
        var set = Store.Query(EventFilter.All with { From = new DateOnly(2020, 1, 1) });
        Assert.True(set.Coverage.Covers(set.Scope, new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)));
        Assert.False(set.Coverage.Covers(set.Scope, new DateOnly(2021, 12, 1), new DateOnly(2022, 1, 31)));
    }

    [Fact]
    public void CoverageMap_KeepsAStatedCoverage_WithProvincesAndKinds()
    {
        var stated = new DatasetCoverage("x", Completeness.Partial, new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30), ["Pakistan", "Afghanistan"],
            ["Balochistan"], [ViolenceType.OneSided, ViolenceType.StateBased], "stated", "--coverage 2022-01..2022-06");
        var batch = Batch() with { Coverage = stated };
        using (var session = Store.BeginImport(batch))
        {
            session.Add(Event("x:1", 1));
            session.Commit(batch);
        }

        AssertSameCoverage(stated, Assert.Single(Store.CoverageMap().Datasets));
    }

    private static void AssertSameCoverage(DatasetCoverage expected, DatasetCoverage actual)
    {
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.Provinces, actual.Provinces);
        Assert.Equal(expected.Kinds, actual.Kinds);
        Assert.Equal((expected.Completeness, expected.From, expected.To, expected.Origin, expected.Rule, expected.Dataset), (actual.Completeness, actual.From, actual.To, actual.Origin, actual.Rule, actual.Dataset));
    }

    [Fact]
    public void Links_AreStored_AndQueriesCarryTheIncidentOfEachReport()
    {
        var batch = Batch();
        using (var session = Store.BeginImport(batch))
        {
            session.Add(Event("x:1", 3));
            session.Add(Event("x:2", 4));
            session.Commit(batch);
        }

        Store.ReplaceLinks([new EventLink("x:2", "x:1", 0, "test")]);
        Assert.Equal([new EventLink("x:2", "x:1", 0, "test")], Store.Links());
        var set = Store.Query(EventFilter.All);
        Assert.Equal("x:1", set.Events.Single(e => e.Id == "x:2").IncidentId);
        Assert.Null(set.Events.Single(e => e.Id == "x:1").IncidentId);
        Assert.Equal("x:1", Store.Stream(EventFilter.All).Single(e => e.Id == "x:2").IncidentId);
        var incident = Assert.Single(set.Incidents());
        Assert.Equal("x:1", incident.Id);
        Assert.Equal(3, incident.Fatalities.Low);
        Assert.Equal(4, incident.Fatalities.High);

        // Links do not change the data snapshot: it names the reports, not how they were grouped.
        var snapshot = set.Snapshot;
        Store.ReplaceLinks([]);
        Assert.Empty(Store.Links());
        Assert.Equal(snapshot, Store.Query(EventFilter.All).Snapshot);
        Assert.Equal(2, Store.Query(EventFilter.All).Incidents().Count);
    }

    [Fact]
    public void Import_ANewerReleaseThatChangesAndDropsEvents_KeepsTheOldValuesInTheHistory()
    {
        var coverage = new DatasetCoverage("x", Completeness.Complete, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), ["Pakistan"], null, null, "stated", "test");
        Release([Event("x:1", 3), Event("x:2", 4), Event("x:3", 5)], coverage, dropMissing: false);

        // The next release revises x:1 and no longer has x:3: x:3 is kept and counted as missing.
        var second = Release([Event("x:1", 9), Event("x:2", 4)], coverage, dropMissing: false);
        Assert.Equal((0L, 1L, 1L, 1L, 0L), (second.Imported, second.Updated, second.Unchanged, second.Missing, second.Dropped));
        Assert.Equal(3, Store.Snapshot(EventFilter.All).EventCount);
        var history = Store.History("x:1");
        Assert.Equal("updated", Assert.Single(history).Change);
        Assert.Equal(3, history[0].Event.Fatalities.Best);
        Assert.Equal("missing", Assert.Single(Store.History("x:3")).Change);

        // Asked to drop: x:3 leaves the events and stays in the history.
        var third = Release([Event("x:1", 9), Event("x:2", 4)], coverage, dropMissing: true);
        Assert.Equal((1L, 1L), (third.Missing, third.Dropped));
        Assert.Equal(2, Store.Snapshot(EventFilter.All).EventCount);
        Assert.Equal(["missing", "dropped"], Store.History("x:3").Select(h => h.Change));
        Assert.Equal(5, Store.History("x:3")[^1].Event.Fatalities.Best);
        Assert.Empty(Store.History("x:2"));

        // Counts (from the store's monthly rollup) follow the update and the drop.
        var counts = Store.Count(EventFilter.All, new CountRequest(TimeResolution.Year));
        Assert.Equal((2L, 13L), (Assert.Single(counts.Rows).Events, counts.Rows[0].Best));
        Assert.Equal(Store.Query(EventFilter.All).Snapshot, counts.Snapshot);
        AssertCounts(EventFilter.All, TimeResolution.Month, CountKey.Province);

        // An event outside the coverage's countries is never missing.
        ImportCounts Release(ConflictEvent[] events, DatasetCoverage cover, bool dropMissing)
        {
            var batch = Batch() with { Coverage = cover, DropMissing = dropMissing };
            using var session = Store.BeginImport(batch);
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
        var batch = Batch();
        using (var session = Store.BeginImport(batch))
        {
            session.Add(Event("x:1", 3));
            session.Add(Event("x:2", 4));
            session.Commit(batch);
        }

        var sample = Batch() with { Coverage = new DatasetCoverage("x", Completeness.Sample, new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 1), ["Pakistan"], null, null, "derived", "sample"), DropMissing = true };
        using var next = Store.BeginImport(sample);
        next.Add(Event("x:1", 3));
        var counts = next.Commit(sample);
        Assert.Equal(0, counts.Missing);
        Assert.Equal(2, Store.Snapshot(EventFilter.All).EventCount);
    }

    [Fact]
    public void Settings_AreSetReplacedAndRead()
    {
        Assert.Null(Store.Setting("shipped-data"));
        Store.SetSetting("shipped-data", "declined");
        Store.SetSetting("shipped-data", "loaded");
        Store.SetSetting("other", "x");
        Assert.Equal("loaded", Store.Setting("shipped-data"));
        Assert.Equal("x", Store.Setting("other"));
    }

    [Fact]
    public void Import_WithBadRecords_StoresTheRejectsWithTheirBatch()
    {
        var generated = Dir.File("generated.csv");
        GedFileGenerator.Write(generated, 20, seed: 9);
        var file = Dir.File("GEDEvent_v25_1.csv");
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(file))
        {
            using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(generated);
            var row = 0;
            foreach (var record in reader)
            {
                using var output = writer.NewRow(record);
                if (row++ == 4)
                {
                    output["best"].Set("abc");
                }
            }
        }

        var summary = Import(file);
        Assert.Equal(1, summary.Rejected);
        Assert.Equal(19, summary.Counts.Imported);
        var rejection = Assert.Single(Store.Rejections());
        Assert.Equal((summary.BatchId, summary.FirstRejections[0].Line, "best"), (rejection.Batch, rejection.Line, rejection.Field));
        Assert.Equal(summary.FirstRejections[0].Reason, rejection.Reason);
        Assert.Equal(Path.GetFileName(file), Path.GetFileName(rejection.File));
        Assert.NotEmpty(rejection.Reason);
        Assert.Contains("abc", rejection.Record, StringComparison.Ordinal);
        Assert.Equal(1, Store.Batches()[0].Rejected);
        Assert.Single(Store.Rejections(summary.BatchId));
        Assert.Empty(Store.Rejections("another"));
    }

    [Fact]
    public async Task Snapshot_OfAFilterTheRollupCannotAnswer_FollowsEveryWrite_SeenByAnotherConnection()
    {
        // A minimum of deaths: the snapshot reads the events, and is kept while the store's events stay as they were.
        var deadly = EventFilter.All with { MinFatalities = 5 };
        Release([Event("x:1", 3), Event("x:2", 7)]);
        await using var reader = await ReopenAsync(asReader: true);
        Assert.Equal(1, (await reader.SnapshotAsync(deadly)).EventCount);
        Assert.Equal(1, (await reader.SnapshotAsync(deadly)).EventCount);

        // An added event, a changed one, a dropped one: each write shows in the next read, on both connections.
        Release([Event("x:1", 3), Event("x:2", 7), Event("x:3", 9)]);
        Assert.Equal(2, (await reader.SnapshotAsync(deadly)).EventCount);
        Release([Event("x:1", 6), Event("x:2", 7), Event("x:3", 9)]);
        Assert.Equal(3, (await reader.SnapshotAsync(deadly)).EventCount);
        var changed = Release([Event("x:1", 6), Event("x:2", 8), Event("x:3", 9)]);
        Assert.Equal(1, changed.Updated);
        Assert.Equal(Store.Query(deadly).Snapshot, await reader.SnapshotAsync(deadly));
        Assert.Equal(Store.Query(deadly).Snapshot, Store.Count(deadly, new CountRequest(TimeResolution.Month)).Snapshot);
        Release([Event("x:1", 6)], dropMissing: true);
        Assert.Equal(Store.Query(deadly).Snapshot, await reader.SnapshotAsync(deadly));
        Assert.Equal(1, (await reader.SnapshotAsync(deadly)).EventCount);

        ImportCounts Release(ConflictEvent[] events, bool dropMissing = false)
        {
            var coverage = new DatasetCoverage("x", Completeness.Complete, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), ["Pakistan"], null, null, "stated", "test");
            var batch = Batch() with { Coverage = coverage, DropMissing = dropMissing };
            using var session = Store.BeginImport(batch);
            foreach (var e in events)
            {
                session.Add(e);
            }

            return session.Commit(batch);
        }
    }

    [Fact]
    public async Task Readers_DuringAnImport_SeeTheStoreAsItWas()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        var before = await Store.SnapshotAsync(EventFilter.All);
        var batch = Batch();
        await using var session = await Store.BeginImportAsync(batch);
        await session.AddAsync(Event("x:1", 1));
        await session.AddAsync(Event("x:2", 2));
        Assert.Equal(before, await Store.SnapshotAsync(EventFilter.All));
        Assert.Single(await Store.BatchesAsync());
        Assert.Equal(new ImportCounts(2, 0, 0), await session.CommitAsync(batch));
        Assert.Equal(before.EventCount + 2, (await Store.SnapshotAsync(EventFilter.All)).EventCount);
    }

    [Fact]
    public void ParquetExport_WritesTheFilteredEvents_InIdOrder_WithTheEventColumnsAndTypes()
    {
        Import(RepositoryData.ShippedGedFile, "22.1");
        var filter = EventFilter.All with { Province = "Balochistan", MinFatalities = 1 };
        var expected = Store.Query(filter).Events;
        Assert.InRange(expected.Count, 100, 6000);
        var path = Dir.File("out.parquet");
        Crosscurrents.Store.DuckDb.ParquetExport.Write(Store, filter, path);

        using var duck = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:");
        duck.Open();
        using (var describe = duck.CreateCommand())
        {
            describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet('{path}')";
            using var r = describe.ExecuteReader();
            var columns = new List<string>();
            while (r.Read())
            {
                columns.Add($"{r.GetString(0)} {r.GetString(1)}");
            }

            Assert.Equal(Crosscurrents.Store.DuckDb.ParquetExport.Columns.Select(c => $"{c.Name} {c.Type}"), columns);
        }

        using var read = duck.CreateCommand();
        read.CommandText = $"SELECT id, dataset, source_id, date_start, date_precision, province, source_district, latitude, side_b_actor, violence_type, fatalities_best, deaths_civilians, source_text FROM read_parquet('{path}')";
        using var reader = read.ExecuteReader();
        var i = 0;
        while (reader.Read())
        {
            var e = expected[i++];
            object? Value(int c) => reader.IsDBNull(c) ? null : reader.GetValue(c);
            Assert.Equal(e.Id, reader.GetString(0));
            Assert.Equal((e.Source.Dataset, e.Source.SourceId), (reader.GetString(1), reader.GetString(2)));
            Assert.Equal(e.DateStart, reader.GetFieldValue<DateOnly>(3));
            Assert.Equal((int)e.DatePrecision, Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((e.Place.Province, e.Place.SourceDistrict), ((string?)Value(5), (string?)Value(6)));
            Assert.Equal(e.Place.Latitude, (double?)Value(7));
            Assert.Equal(e.SideB.ActorId, (string?)Value(8));
            Assert.Equal((int)e.ViolenceType, Convert.ToInt32(reader.GetValue(9), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(e.Fatalities.Best, reader.GetInt32(10));
            Assert.Equal(e.Fatalities.Civilians, (int?)Value(11));
            Assert.Equal(e.SourceText, (string?)Value(12));
        }

        Assert.Equal(expected.Count, i);
    }

    /// <summary>Imports a file as the CLI does, a minute after the previous import (batches are ordered by their start).</summary>
    protected ImportSummary Import(string path, string? version = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return EventImport.Run(path, EventImporters.Detect(path), Store, new ImportContext(path, RepositoryData.Actors, RepositoryData.Places, version), RejectsPath, Time);
    }

    protected ImportBatch Batch() => new($"batch-{_batches++:D3}", "f.csv", "", "crosscurrents", "x", "1", Time.GetUtcNow());

    protected static ConflictEvent Event(string id, int best) => new()
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
