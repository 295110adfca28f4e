using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Postgres;
using Crosscurrents.Store.Tests.Contract;

namespace Crosscurrents.Store.Tests.Postgres;

/// <summary>The store contract on PostgreSQL (a fresh schema per test).</summary>
public sealed class PostgresContractTests : EventStoreContractTests
{
    private string? _schema;
    private string _connectionString = "";

    // The server keeps rejects in the database; no file beside it.
    protected override string RejectsPath => "";

    protected override async Task<IEventStore> CreateAsync()
    {
        (_schema, _connectionString) = await PostgresTestServer.CreateSchemaAsync();
        return await PostgresEventStore.OpenAsync(_connectionString);
    }

    protected override async Task<IEventStore> ReopenAsync(bool asReader) => await PostgresEventStore.OpenAsync(_connectionString, asReader);

    protected override Task DropAsync() => _schema is null ? Task.CompletedTask : PostgresTestServer.DropSchemaAsync(_schema);
}
