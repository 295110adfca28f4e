using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Crosscurrents.Analysis;
using Crosscurrents.Web.Endpoints;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace Crosscurrents.Web;

/// <summary>
/// The web host: ASP.NET Core minimal APIs over the analysis layer (parse the request, call the same entry points as
/// the CLI, write the result with <c>ResultJson</c>), an OpenAPI document at <c>/openapi/v1.json</c> and the Scalar
/// reference at <c>/scalar</c>.
/// </summary>
public static class WebServer
{
    /// <summary>The largest request body accepted (a claim file is far smaller).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The rate limiter policy of long work (fits, forecasts, the brief).</summary>
    internal const string HeavyPolicy = "heavy";

    /// <summary>Builds the host, prepares the store and runs until stopped; returns the exit code.</summary>
    public static int Run(WebServerOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = Build(options, args ?? []);
        app.Services.GetRequiredService<AnalysisHost>().Prepare();
        try
        {
            app.Run();
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }
            || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new Core.UsageException($"--urls {options.Urls}: the address is already in use (is another server running on that port?); choose another, e.g. --urls http://127.0.0.1:5081");
        }

        return 0;
    }

    /// <summary>The configured application (not started).</summary>
    public static WebApplication Build(WebServerOptions options, string[] args)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(args);
        // A host that fails to start is reported once, as one line, by the caller (never as a logged stack trace).
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        // A load test from one address needs more than the default per-client rate: Crosscurrents__RequestsPerMinute.
        if (builder.Configuration.GetValue<int?>("Crosscurrents:RequestsPerMinute") is > 0 and var perMinute)
        {
            options = options with { RequestsPerMinute = perMinute };
        }

        if (builder.Configuration.GetValue<bool?>("Crosscurrents:KeepAnswers") is { } keep)
        {
            options = options with { KeepAnswers = keep };
        }

        Configure(builder.Services, options);
        var app = builder.Build();
        Map(app);
        return app;
    }

    /// <summary>The host's services: options, the analysis host, problem details, rate limits, OpenAPI.</summary>
    internal static void Configure(IServiceCollection services, WebServerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AnalysisHost>();
        services.AddSingleton<Jobs>();
        services.AddProblemDetails();
        services.AddExceptionHandler<Problems>();
        services.AddOpenApi();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = StoreResultsCache.SizeLimit;
            cache.MaximumBodySize = StoreResultsCache.MaxBodySize;
            cache.AddPolicy(StoreResultsCache.Policy, new StoreResultsCache());
        });
        // The OpenAPI schemas of the result records come from the same metadata, names and enums as ResultJson.
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, JsonTypeInfoResolver.Combine(ResultJsonContext.Default, WebJsonContext.Default));
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<WebServerOptions>().RequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.AddConcurrencyLimiter(HeavyPolicy, o =>
            {
                o.PermitLimit = 2;
                o.QueueLimit = 4;
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.OnRejected = async (rejected, token) =>
            {
                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "rate limit reached; wait a minute and try again" },
                }).ConfigureAwait(false);
            };
        });
    }

    /// <summary>The middleware, the dashboard's pages and the endpoints.</summary>
    internal static void Map(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Apply);
        app.UseRateLimiter();
        // After the rate limiter: a kept answer still counts against the client's limit.
        app.UseOutputCache();
        Dashboard.Map(app);
        app.MapOpenApi();
        app.MapScalarApiReference();
        // Every endpoint is behind the per-client rate limit.
        var api = app.MapGroup("/api");
        api.ProducesProblem(StatusCodes.Status429TooManyRequests);
        DataEndpoints.Map(api);
        EventsEndpoints.Map(api);
        ModelEndpoints.Map(api);
        ClaimsEndpoints.Map(api);
        BriefEndpoints.Map(api);
        JobEndpoints.Map(api);
        AlertsEndpoints.Map(api);
        ImportEndpoints.Map(api);
    }
}
