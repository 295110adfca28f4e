using Npgsql;

namespace Crosscurrents.Store.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: <c>$CROSSCURRENTS_TEST_POSTGRES</c> (a connection string; <c>.ci/run</c> starts a
/// server and sets it), else a local default. Each test gets its own schema, so tests run in parallel and leave nothing.
/// </summary>
/// <remarks>Npgsql's "ignore except on the build server": without a server the tests skip with a message, unless
/// <c>$CI</c> or <c>$CROSSCURRENTS_TEST_POSTGRES</c> is set, where a missing server is a failure.</remarks>
internal static class PostgresTestServer
{
    private const string LocalDefault = "Host=127.0.0.1;Port=55432;Database=crosscurrents_test;Username=crosscurrents;Password=crosscurrents";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("CROSSCURRENTS_TEST_POSTGRES") is { Length: > 0 } given ? given : LocalDefault;

    /// <summary>True when the server must be there (on CI, or when a connection string was given).</summary>
    public static bool Required =>
        Environment.GetEnvironmentVariable("CROSSCURRENTS_TEST_POSTGRES") is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test (locally) or fails it (on CI) when no server answers.</summary>
    public static void RequireServer()
    {
        if (Unavailable.Value is { } reason)
        {
            if (Required)
            {
                throw new InvalidOperationException($"PostgreSQL tests must run here ($CI or $CROSSCURRENTS_TEST_POSTGRES is set) but the server does not answer: {reason}");
            }

            Assert.Skip($"no PostgreSQL server ({reason}); run .ci/postgres.sh or set CROSSCURRENTS_TEST_POSTGRES to run these tests");
        }
    }

    /// <summary>A new empty schema and the connection string whose search path puts it first.</summary>
    public static async Task<(string Schema, string ConnectionString)> CreateSchemaAsync()
    {
        RequireServer();
        var schema = "cc_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await cmd.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema, IncludeErrorDetail = true };
        return (schema, builder.ConnectionString);
    }

    public static async Task DropSchemaAsync(string schema)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string? Probe()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException or ArgumentException)
        {
            return ex.Message;
        }
    }
}
