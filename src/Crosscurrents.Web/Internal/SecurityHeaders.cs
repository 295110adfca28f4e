using Microsoft.AspNetCore.Http;

namespace Crosscurrents.Web.Internal;

/// <summary>The usual security headers on every response, and a Content-Security-Policy per kind of page.</summary>
internal static class SecurityHeaders
{
    /// <summary>The API and the brief: nothing runs, nothing loads from elsewhere (the brief is self-contained:
    /// inline styles, images as data URIs).</summary>
    public const string Strict = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The Scalar reference: its own script and styles, served by this host, calling this host.</summary>
    public const string Reference = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The dashboard: its own scripts, styles and data from this host only. Inline styles are allowed for the
    /// chart library's tooltips and the map's positioning; scripts never run inline.</summary>
    public const string Pages = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // Set as the response starts: the exception handler clears the headers before it writes a problem.
        context.Response.OnStarting(() =>
        {
            Set(context);
            return Task.CompletedTask;
        });
        return next();
    }

    private static void Set(HttpContext context)
    {
        var headers = context.Response.Headers;
        var reference = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = reference ? Reference : Dashboard.Serves(context.Request.Path) ? Pages : Strict;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
        }
    }
}
