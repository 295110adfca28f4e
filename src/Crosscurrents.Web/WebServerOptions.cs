using Crosscurrents.Analysis;

namespace Crosscurrents.Web;

/// <summary>Where the host listens and which workspace it serves.</summary>
/// <param name="DatabasePath">The event store (DuckDB file); opened read-only for every request.</param>
/// <param name="DataDirectory">The shipped data folder (registry, gazetteer, timeline, streams, fonts).</param>
/// <param name="Urls">The addresses to listen on; loopback by default.</param>
public sealed record WebServerOptions(string DatabasePath, string DataDirectory, string Urls = WebServerOptions.DefaultUrls)
{
    /// <summary>Loopback only: reads are open, so the host is not exposed unless asked.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Whether a store that never had the shipped data gets them when the host starts.</summary>
    public bool LoadShippedData { get; init; } = true;

    /// <summary>The longest a model fit (dynamics, forecast, brief) may run before it is cancelled.</summary>
    public TimeSpan FitTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Requests per minute from one client address before 429.</summary>
    public int RequestsPerMinute { get; init; } = 600;

    /// <summary>The API keys file (hashed keys with roles); default: the database path with <c>.keys</c> added.</summary>
    public string? KeysFile { get; init; }

    /// <summary>Whether the quick read endpoints keep their answers until the store changes (<c>StoreResultsCache</c>);
    /// <c>Crosscurrents__KeepAnswers=false</c> makes every request read the store.</summary>
    public bool KeepAnswers { get; init; } = true;

    /// <summary>The largest file <c>POST /api/import</c> takes.</summary>
    public long MaxImportBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Options from <c>--db</c>, <c>--data-dir</c> and <c>--urls</c> (else the CLI's defaults).</summary>
    public static WebServerOptions FromArgs(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? Value(string name)
        {
            for (var i = 0; i < args.Count - 1; i++)
            {
                if (args[i] == name)
                {
                    return args[i + 1];
                }
            }

            return null;
        }

        return new WebServerOptions(Value("--db") ?? Workspace.DefaultDatabasePath, Value("--data-dir") ?? Workspace.DefaultDataDirectory, Value("--urls") ?? DefaultUrls);
    }
}
