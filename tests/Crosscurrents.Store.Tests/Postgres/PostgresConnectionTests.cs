using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Postgres;
using Npgsql;

namespace Crosscurrents.Store.Tests.Postgres;

/// <summary>How <c>--db</c> text becomes a PostgreSQL connection (no server needed).</summary>
public sealed class PostgresConnectionTests
{
    [Theory]
    [InlineData("postgres://ana:s%3Acret@db.example:5433/events?sslmode=disable", "db.example", 5433, "events", "ana", "s:cret")]
    [InlineData("postgresql://localhost/cc", "localhost", 5432, "cc", null, null)]
    [InlineData("Host=10.0.0.5;Database=team;Username=bo;Password=pw", "10.0.0.5", 5432, "team", "bo", "pw")]
    public void ToConnectionString_ReadsUrlsAndConnectionStrings(string given, string host, int port, string database, string? user, string? password)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresConnection.ToConnectionString(given));
        Assert.Equal((host, port, database, user, password), (b.Host, b.Port, b.Database, b.Username, b.Password));
    }

    [Fact]
    public void Describe_NeverShowsThePassword()
    {
        var described = PostgresConnection.Describe("postgres://ana:secret@db.example/events");
        Assert.DoesNotContain("secret", described, StringComparison.Ordinal);
        Assert.Contains("db.example", described, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", EventStores.Describe("Host=h;Database=d;Username=u;Password=pw"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://h/db", true)]
    [InlineData("Host=h;Database=d", true)]
    [InlineData("host = h; database = d", true)]
    [InlineData("/home/me/events.duckdb", false)]
    [InlineData("events.duckdb", false)]
    [InlineData("weird=name.duckdb", false)]
    public void IsServer_TellsConnectionsFromFiles(string location, bool server) => Assert.Equal(server, EventStores.IsServer(location));

    [Fact]
    public void Open_AServerThatDoesNotAnswer_IsAStoreExceptionNamingIt()
    {
        var ex = Assert.Throws<StoreException>(() => PostgresEventStore.Open("Host=127.0.0.1;Port=1;Database=none;Username=x;Password=secret;Timeout=2"));
        Assert.Contains("127.0.0.1", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
