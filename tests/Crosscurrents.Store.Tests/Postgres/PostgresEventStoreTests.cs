using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Store.Postgres;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Store.Tests.Postgres;

/// <summary>What the server store adds to the contract: several processes importing and reading at once.</summary>
/// <remarks>Each store instance here has its own connection pool, as a separate crosscurrents process would.</remarks>
public sealed class PostgresEventStoreTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private string? _schema;
    private string _connectionString = "";

    public async ValueTask InitializeAsync() => (_schema, _connectionString) = await PostgresTestServer.CreateSchemaAsync();

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await PostgresTestServer.DropSchemaAsync(_schema);
        }

        _dir.Dispose();
    }

    [Fact]
    public async Task Readers_DuringAnImport_SeeTheStoreBeforeOrAfter_NeverHalf()
    {
        await using var writer = await PostgresEventStore.OpenAsync(_connectionString);
        Import(writer, RepositoryData.ShippedGedFile, "22.1");
        var before = await writer.SnapshotAsync(EventFilter.All);
        var file = _dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(file, 20_000, seed: 11, firstId: 7_000_000);

        await using var reader = await PostgresEventStore.OpenAsync(_connectionString, readOnly: true);
        using var stop = new CancellationTokenSource();
        var seen = new List<(long Events, int Batches, bool CoverageMatches)>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var local = new List<(long, int, bool)>();
            while (!stop.IsCancellationRequested)
            {
                var set = await reader.QueryAsync(EventFilter.All with { From = new DateOnly(1989, 1, 1) });
                var snapshot = await reader.SnapshotAsync(EventFilter.All);
                local.Add((set.Events.Count, set.Coverage.Datasets.Count, set.Snapshot.EventCount == set.Events.Count));
                local.Add((snapshot.EventCount, -1, true));
            }

            return local;
        })).ToList();

        ImportSummary summary;
        try
        {
            summary = await Task.Run(() => Import(writer, file));
            await Task.Delay(200);
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var r in readers)
            {
                seen.AddRange(await r);
            }
        }

        var after = await writer.SnapshotAsync(EventFilter.All);
        Assert.Equal(before.EventCount + 20_000, after.EventCount);
        Assert.Equal(20_000, summary.Counts.Imported);
        Assert.NotEmpty(seen);
        Assert.All(seen, s => Assert.True(s.Events == before.EventCount || s.Events == after.EventCount, $"a reader saw {s.Events} events"));
        // A query's events and its coverage map come from the same state: the new import's coverage only with its events.
        Assert.All(seen.Where(s => s.Batches >= 0), s => Assert.Equal(s.Events == before.EventCount ? 1 : 2, s.Batches));
        Assert.Contains(seen, s => s.Events == before.EventCount);
    }

    [Fact]
    public async Task TwoImports_OfDifferentFiles_AtOnce_BothLand()
    {
        var a = _dir.File("GEDEvent_v24_1.csv");
        var b = _dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(a, 5_000, seed: 1, firstId: 1_000_000);
        GedFileGenerator.Write(b, 5_000, seed: 2, firstId: 2_000_000);
        await using var first = await PostgresEventStore.OpenAsync(_connectionString);
        await using var second = await PostgresEventStore.OpenAsync(_connectionString);

        var results = await Task.WhenAll(Task.Run(() => Import(first, a)), Task.Run(() => Import(second, b)));

        // Both are complete GED releases for the same years: each counts the other's events as missing (and keeps them).
        Assert.All(results, r => Assert.Equal((5_000L, 0L, 0L), (r.Counts.Imported, r.Counts.Updated, r.Counts.Unchanged)));
        Assert.Equal(10_000, (await first.SnapshotAsync(EventFilter.All)).EventCount);
        Assert.Equal(2, (await second.BatchesAsync()).Count);
    }

    [Fact]
    public async Task TheSameFile_ImportedTwiceAtOnce_LandsOnce_TheOtherChangesNothing()
    {
        var file = _dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(file, 5_000, seed: 3);
        await using var first = await PostgresEventStore.OpenAsync(_connectionString);
        await using var second = await PostgresEventStore.OpenAsync(_connectionString);

        var results = await Task.WhenAll(Task.Run(() => Import(first, file)), Task.Run(() => Import(second, file)));

        var counts = results.Select(r => r.Counts).OrderByDescending(c => c.Imported).ToList();
        Assert.Equal(new ImportCounts(5_000, 0, 0), counts[0]);
        Assert.Equal(new ImportCounts(0, 0, 5_000), counts[1]);
        var snapshot = await first.SnapshotAsync(EventFilter.All);
        Assert.Equal(5_000, snapshot.EventCount);
        Assert.Equal(DataSnapshot.OfEvents((await first.QueryAsync(EventFilter.All)).Events.Select(e => EventContentHash.Compute(e with { ImportBatch = null }))), snapshot);
        Assert.Empty(await ((IEventStore)first).HistoryAsync(counts.Count > 0 ? (await first.QueryAsync(EventFilter.All)).Events[0].Id : "x"));
    }

    [Fact]
    public async Task TheSameFile_OnBothBackends_GivesTheSameSnapshot_AndCopiesBothWays()
    {
        var duck = _dir.File("events.duckdb");
        var back = _dir.File("back.duckdb");
        using (var store = DuckDbEventStore.Open(duck))
        {
            Import(store, RepositoryData.ShippedGedFile, "22.1");
            store.ReplaceTimeline(RepositoryData.LoadTimeline());
            store.SetSetting("shipped-data", "loaded");
            store.ReplaceLinks([new EventLink("ucdp-ged:100", "ucdp-ged:101", 0, "test")]);
        }

        await using var pg = await PostgresEventStore.OpenAsync(_connectionString);
        using (var source = DuckDbEventStore.Open(duck, readOnly: true))
        {
            var copied = await StoreCopy.CopyAsync(source, pg);
            Assert.Equal(copied.From, copied.To);
            Assert.Equal(source.Snapshot(EventFilter.All), pg.Snapshot(EventFilter.All));
            Assert.Equal(source.Query(EventFilter.All).Events, pg.Query(EventFilter.All).Events);
            Assert.Equal(source.Links(), pg.Links());
            Assert.Equal(source.Timeline().Periods, pg.Timeline().Periods);
            Assert.Equal("loaded", pg.Setting("shipped-data"));
            Assert.Equal(source.Batches().Select(b => b with { Coverage = null }), pg.Batches().Select(b => b with { Coverage = null }));
            await Assert.ThrowsAsync<StoreException>(() => StoreCopy.CopyAsync(source, pg));
        }

        // A revision on the server (history and a rejected record), then back into a new DuckDB file.
        var file = _dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(file, 100, seed: 4);
        Import(pg, file);
        using var returned = DuckDbEventStore.Open(back);
        var result = await StoreCopy.CopyAsync(pg, returned);
        Assert.Equal(pg.Snapshot(EventFilter.All), returned.Snapshot(EventFilter.All));
        Assert.Equal(result.From, result.To);
        Assert.Equal(pg.Batches().Select(b => b with { Coverage = null }), returned.Batches().Select(b => b with { Coverage = null }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnImporter_WhoseConnectionDiesMidCopy_LeavesTheStoreAsItWas(bool newDataset)
    {
        // Its own application name, so that only this test's importer is killed while other tests run.
        var application = "doomed-" + _schema;
        await using var store = await PostgresEventStore.OpenAsync(_connectionString + ";Application Name=" + application);
        Import(store, RepositoryData.ShippedGedFile, "22.1");
        var before = await store.SnapshotAsync(EventFilter.All);

        // A dataset the store holds merges through a staging table; a new one is copied straight into the events.
        var dataset = newDataset ? "ucdp-candidate" : "ucdp-ged";
        var batch = new ImportBatch("doomed", "f.csv", "", dataset, dataset, "25.1", TimeProvider.System.GetUtcNow()) { DatasetFixed = newDataset };

        // What the server sees when the importing process is killed (kill -9) mid-COPY: its connection drops.
        var session = await store.BeginImportAsync(batch);
        var file = _dir.File("GEDEvent_v25_1.csv");
        GedFileGenerator.Write(file, 30_000, seed: 8, firstId: 9_000_000);
        var context = new ImportContext(file, RepositoryData.Actors, RepositoryData.Places);
        List<ConflictEvent> events;
        await using (var stream = File.OpenRead(file))
        {
            events = new Sources.Ucdp.UcdpGedImporter().Read(stream, context)
                .Select(r => r.Event! with { Id = dataset + ":" + r.Event!.Source.SourceId, Source = r.Event.Source with { Dataset = dataset } }).ToList();
        }

        foreach (var e in events.Take(20_000))
        {
            await session.AddAsync(e);
        }

        await using (var admin = new Npgsql.NpgsqlConnection(PostgresTestServer.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new Npgsql.NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1 AND query LIKE $2", admin);
            kill.Parameters.Add(new Npgsql.NpgsqlParameter { Value = application });
            kill.Parameters.Add(new Npgsql.NpgsqlParameter { Value = newDataset ? "COPY events%" : "COPY staging%" });
            Assert.True(Convert.ToInt64(await kill.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        }

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            foreach (var e in events.Skip(20_000))
            {
                await session.AddAsync(e);
            }

            await session.CommitAsync(batch);
        });
        await session.DisposeAsync();

        Assert.Equal(before, await store.SnapshotAsync(EventFilter.All));
        Assert.DoesNotContain(await store.BatchesAsync(), b => b.Id == "doomed");
        Assert.Empty(store.Count(EventFilter.All with { Dataset = "ucdp-candidate" }, new CountRequest(TimeResolution.Year)).Rows);
        Assert.Equal(1000, Import(store, WriteGed(1000)).Counts.Imported);
    }

    private string WriteGed(int rows)
    {
        var path = _dir.File($"GEDEvent_v26_1_{rows}.csv");
        GedFileGenerator.Write(path, rows, seed: 12, firstId: 12_000_000);
        return path;
    }

    private static ConflictEvent Event(string id) => new()
    {
        Id = id,
        Source = new EventSource("x", "1", id[2..]),
        DateStart = new DateOnly(2022, 1, 1),
        DateEnd = new DateOnly(2022, 1, 1),
        Place = new EventPlace("Pakistan", "Balochistan", "Quetta", null, null, null, 30.2, 67.0, 1),
        SideA = new ActorMention("BLA", "bla"),
        SideB = new ActorMention("Civilians", "civilians"),
        Fatalities = new Fatalities(1, 1, 1),
    };

    [Fact]
    public async Task Open_ReadOnly_OnAnEmptySchema_IsAStoreException()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresEventStore.OpenAsync(_connectionString, readOnly: true));
        Assert.Contains("not a Crosscurrents event store", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_TwoProcessesAtOnce_OnANewDatabase_MigrateOnce()
    {
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostgresEventStore.OpenAsync(_connectionString)));
        Assert.All(stores, s => Assert.Equal(PostgresEventStore.CurrentSchemaVersion, s.SchemaVersion));
        foreach (var s in stores)
        {
            await s.DisposeAsync();
        }
    }

    private static ImportSummary Import(IEventStore store, string path, string? version = null) =>
        EventImport.Run(path, EventImporters.Detect(path), store, new ImportContext(path, RepositoryData.Actors, RepositoryData.Places, version), "", TimeProvider.System);
}
