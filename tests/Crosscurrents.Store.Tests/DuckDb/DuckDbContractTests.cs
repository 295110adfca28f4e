using Crosscurrents.Core.Storage;
using Crosscurrents.Store.DuckDb;
using Crosscurrents.Store.Tests.Contract;

namespace Crosscurrents.Store.Tests.DuckDb;

/// <summary>The store contract on the embedded DuckDB file.</summary>
public sealed class DuckDbContractTests : EventStoreContractTests
{
    private string Db => Dir.File("events.duckdb");

    protected override Task<IEventStore> CreateAsync() => Task.FromResult<IEventStore>(DuckDbEventStore.Open(Db));

    protected override Task<IEventStore> ReopenAsync(bool asReader) => Task.FromResult<IEventStore>(DuckDbEventStore.Open(Db, asReader));
}
