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
        Assert.Equal(7, store.SchemaVersion);
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
                .Select(c => $"ALTER TABLE import_batches DROP COLUMN {c}")) + "; DROP TABLE event_links; DROP TABLE settings; DELETE FROM schema_migrations WHERE version >= 4; ALTER TABLE periods DROP COLUMN parties; DROP TABLE event_history; DROP TABLE rejects";
            cmd.ExecuteNonQuery();
        }

        using var migrated = DuckDbEventStore.Open(Db);
        Assert.Equal(7, migrated.SchemaVersion);
        var coverage = Assert.Single(migrated.CoverageMap().Datasets);
        Assert.Equal(new DateOnly(1989, 1, 1), coverage.From);
        Assert.Equal(new DateOnly(2021, 12, 31), coverage.To);
        Assert.Equal(Core.Coverage.Completeness.Complete, coverage.Completeness);
    }

    private ImportSummary Import(DuckDbEventStore store, string path, string? version = null) =>
        EventImport.Run(path, EventImporters.Detect(path), store, new ImportContext(path, RepositoryData.Actors, RepositoryData.Places, version),
            RejectsFile.PathFor(Db), _time);
}
