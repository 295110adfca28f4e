using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Crosscurrents.Web.Internal;

/// <summary>
/// Keeps the answers of the quick read endpoints (events, series, datasets, reported figures, studies...) for as long
/// as the store does not change: ASP.NET Core's output cache, keyed by the path, every query parameter, the store's
/// <see cref="AnalysisHost.Generation"/> and the UTC day. A write (an import through the API) bumps the generation, so
/// no answer computed before it is served after it, even one stored while the write ran. Only a host that is the store's
/// only writer keeps answers (<see cref="AnalysisHost.OnlyWriter"/>: <c>crosscurrents serve</c> over a DuckDB file),
/// unless <see cref="WebServerOptions.KeepAnswers"/> is off; over PostgreSQL every request reads the store. Only 200 responses are kept; a cached answer carries
/// <c>X-Cache: hit</c>. The cache is bounded in bytes (<see cref="SizeLimit"/>), and concurrent first requests for the
/// same answer wait for one computation.
/// </summary>
internal sealed class StoreResultsCache : IOutputCachePolicy
{
    public const string Policy = "store-results";

    /// <summary>All kept answers together, at most.</summary>
    public const long SizeLimit = 64L * 1024 * 1024;

    /// <summary>The largest answer kept (a large GeoJSON is recomputed).</summary>
    public const long MaxBodySize = 4L * 1024 * 1024;

    /// <summary>How long an answer is kept when nothing else evicts it first.</summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromMinutes(30);

    public const string Header = "X-Cache";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var host = http.RequestServices.GetRequiredService<AnalysisHost>();
        var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        var keep = read && host.KeepsAnswers;
        context.EnableOutputCaching = keep;
        context.AllowCacheLookup = keep;
        context.AllowCacheStorage = keep;
        context.AllowLocking = keep;
        context.ResponseExpirationTimeSpan = Expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["store"] = host.Generation.ToString(CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["day"] = host.Workspace.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Response.Headers[Header] = "hit";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
