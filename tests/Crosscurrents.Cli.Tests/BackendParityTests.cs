using System.Text.RegularExpressions;
using Crosscurrents.Store.Tests.Postgres;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests;

/// <summary>
/// The same analyses on the same data give the same results on both backends (issue 17): a DuckDB file and a
/// PostgreSQL schema each get the shipped data through the product, then every analysis command's JSON is compared.
/// Only import batch ids, clock times and the store's own location may differ.
/// </summary>
public sealed partial class BackendParityTests
{
    private static readonly string[][] Commands =
    [
        ["datasets"],
        ["series", "--actor", "ttp", "--from", "2010", "--to", "2012", "--measure", "fatalities"],
        ["series", "--by", "year", "--group", "province"],
        ["events", "--from", "2014-06-01", "--to", "2014-06-20"],
        ["events", "--history", "ucdp-ged:113774"],
        ["reported"],
        ["study", "--stream", "ttp", "--kind", "ceasefire_end", "--placebos", "30"],
        ["changepoints", "--stream", "ttp", "--by", "year", "--bootstraps", "30"],
        ["granger", "--streams", "ttp,baloch", "--from", "2010"],
        ["dynamics", "fit", "--streams", "ttp", "--from", "2016", "--trend-knots", "2"],
        ["claims", "check", Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml")],
        ["forecast", "--horizon", "2", "--samples", "100"],
    ];

    [Fact]
    public async Task EveryAnalysis_GivesTheSameResult_OnDuckDbAndPostgres()
    {
        var (schema, connection) = await PostgresTestServer.CreateSchemaAsync();
        try
        {
            using var duck = new CliRunner();
            using var postgres = new CliRunner(store: connection);
            foreach (var args in Commands)
            {
                var a = duck.Run([.. args, "--json"]);
                var b = postgres.Run([.. args, "--json"]);
                Assert.True(a.Exit == 0, $"{string.Join(' ', args)} on DuckDB: {a.Err}");
                Assert.True(b.Exit == 0, $"{string.Join(' ', args)} on PostgreSQL: {b.Err}");
                Assert.Equal(Scrub(a.Out, duck.Db), Scrub(b.Out, connection));
            }
        }
        finally
        {
            await PostgresTestServer.DropSchemaAsync(schema);
        }
    }

    private static string Scrub(string json, string store)
    {
        json = json.Replace(store, "{store}", StringComparison.Ordinal);
        json = Database().Replace(json, "\"database\": \"{store}\"");
        json = BatchId().Replace(json, "{batch}");
        return Timestamp().Replace(json, "{time}");
    }

    [GeneratedRegex("\"database\": \"[^\"]*\"")]
    private static partial Regex Database();

    [GeneratedRegex(@"\d{8}T\d{6}\.\d{3}-[0-9a-f]{6}")]
    private static partial Regex BatchId();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex Timestamp();
}
