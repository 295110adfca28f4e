using System.Text.Json;
using Crosscurrents.Cli;
using Crosscurrents.Testing.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crosscurrents.Web.Tests;

/// <summary>
/// A temporary store loaded with the shipped data (by the CLI's first command, as for a user), the web host over it
/// (WebApplicationFactory), and the CLI run in-process on the same store to compare with.
/// </summary>
public sealed class WebHostFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public WebHostFixture()
    {
        // The first command loads the shipped data; later ones (and the host) open the store read-only.
        Cli("datasets");
        ReaderKey = Internal.ApiKeys.Create(Db + ".keys", "tests", Internal.ApiRole.Reader);
        AnalystKey = Internal.ApiKeys.Create(Db + ".keys", "analyst", Internal.ApiRole.Analyst);
        Factory = new HostFactory(Options);
    }

    public string Db => _dir.File("events.duckdb");

    public WebServerOptions Options => new(Db, RepositoryData.DataDirectory);

    public HostFactory Factory { get; }

    /// <summary>A reader's API key (too low a role for any write).</summary>
    public string ReaderKey { get; }

    /// <summary>An analyst's API key (uploads and job starts need one).</summary>
    public string AnalystKey { get; }

    /// <summary>A client that sends <see cref="AnalystKey"/>.</summary>
    public HttpClient KeyedClient()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add(Internal.ApiKeys.Header, AnalystKey);
        return client;
    }

    /// <summary>A client with a 5-minute timeout: a whole brief (fits, claims, forecasts) takes over HttpClient's
    /// default 100 s when the 2-core machine runs other tests beside it.</summary>
    public HttpClient Client()
    {
        var client = Factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        return client;
    }

    /// <summary>A host over the same store with other options (a small rate limit, a short fit timeout).</summary>
    public HostFactory With(Func<WebServerOptions, WebServerOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new HostFactory(change(Options));
    }

    /// <summary>The CLI's <c>--json</c> output for the same store.</summary>
    public JsonElement Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run([.. args, "--json", "--db", Db, "--data-dir", RepositoryData.DataDirectory], output, error, TimeProvider.System, interactive: false);
        Assert.True(exit == 0, error.ToString());
        return JsonDocument.Parse(output.ToString()).RootElement.Clone();
    }

    public void Dispose()
    {
        Factory.Dispose();
        _dir.Dispose();
    }

    /// <summary>The host with the test's options in place of the command line's (any type of the web assembly names
    /// its entry point; <c>Program</c> is ambiguous beside the CLI's).</summary>
    public sealed class HostFactory(WebServerOptions options) : WebApplicationFactory<WebServerOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(options)));
        }
    }
}

/// <summary>Every test class shares one store and host.</summary>
[CollectionDefinition(Name)]
public sealed class WebHostGroup : ICollectionFixture<WebHostFixture>
{
    public const string Name = "web";
}
