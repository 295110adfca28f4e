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

/// <summary>What only the DuckDB store does: files, read-only opens, migrating old files.</summary>
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
        Assert.Equal(11, store.SchemaVersion);
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
                .Select(c => $"ALTER TABLE import_batches DROP COLUMN {c}")) + "; DROP TABLE event_links; DROP TABLE settings; DELETE FROM schema_migrations WHERE version >= 4; ALTER TABLE periods DROP COLUMN parties; DROP TABLE event_history; DROP TABLE rejects; DROP TABLE event_rollup";
            cmd.ExecuteNonQuery();
        }

        using var migrated = DuckDbEventStore.Open(Db);
        Assert.Equal(11, migrated.SchemaVersion);
        var coverage = Assert.Single(migrated.CoverageMap().Datasets);
        Assert.Equal(new DateOnly(1989, 1, 1), coverage.From);
        Assert.Equal(new DateOnly(2021, 12, 31), coverage.To);
        Assert.Equal(Core.Coverage.Completeness.Complete, coverage.Completeness);
    }

    [Fact]
    public void Migration8_MovesEventsStoredWithImpossibleDates_ToTheHistory()
    {
        string id;
        using (var store = DuckDbEventStore.Open(Db))
        {
            Import(store, RepositoryData.ShippedGedFile, "22.1");
            id = store.Page(EventFilter.All, 0, 1)[0].Id;
        }

        // A store written before imports checked dates: one event dated 9999-12-31, one 0001-01-01, at schema 7.
        using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"UPDATE events SET date_start = DATE '9999-12-31', date_end = DATE '9999-12-31' WHERE id = '{id}'; " +
                "UPDATE events SET date_start = DATE '0001-01-01' WHERE id = (SELECT max(id) FROM events); DELETE FROM schema_migrations WHERE version >= 8; DROP TABLE event_rollup";
            cmd.ExecuteNonQuery();
        }

        using var migrated = DuckDbEventStore.Open(Db);
        Assert.Equal(11, migrated.SchemaVersion);
        Assert.Equal(6414, migrated.Snapshot(EventFilter.All).EventCount);
        Assert.Equal(new EventCoverage(6414, new DateOnly(1989, 1, 25), new DateOnly(2021, 12, 31)), migrated.Coverage());
        var kept = Assert.Single(migrated.History(id));
        Assert.Equal(("quarantined", "schema-8", new DateOnly(9999, 12, 31)), (kept.Change, kept.ChangedBy, kept.Event.DateStart));
        var counts = migrated.Count(EventFilter.All, new CountRequest(TimeResolution.Day));
        Assert.Equal(new DateOnly(2021, 12, 31), counts.Rows.Max(r => r.Last));
    }

    private ImportSummary Import(DuckDbEventStore store, string path, string? version = null) =>
        EventImport.Run(path, EventImporters.Detect(path), store, new ImportContext(path, RepositoryData.Actors, RepositoryData.Places, version),
            RejectsFile.PathFor(Db), _time);
}
