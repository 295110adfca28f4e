using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Claims;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Endpoints;

/// <summary><c>/api/claims/check</c>: verdicts on the shipped claim file (GET) or an uploaded one (POST, YAML in the
/// body, analyst key).</summary>
internal static class ClaimsEndpoints
{
    /// <summary>The largest claim file accepted; the shipped one is a few kilobytes.</summary>
    public const int MaxClaimFileBytes = 64 * 1024;

    /// <summary>The claim file shipped with the program (the op-ed's claims), or null when it is not installed.</summary>
    internal static string? ShippedClaims => Path.Combine(AppContext.BaseDirectory, "claims", "op-ed-2024.yaml") is var file && File.Exists(file) ? file : null;

    public static void Map(RouteGroupBuilder api)
    {
        // Checking the shipped file is a read (open); checking an upload needs an analyst key.
        api.MapGet("/claims/check", async (AnalysisHost host, HttpContext http) =>
        {
            var file = ShippedClaims ?? throw new FileNotFoundException("the shipped claim file (claims/op-ed-2024.yaml) is not installed beside the program");
            var result = await host.Long((c, _, _) => ClaimsAnalysis.Check(c, file), http.RequestAborted).ConfigureAwait(false);
            return Results.Text(ResultJson.Serialize(result with { File = Path.GetFileName(file) }), AnalysisHost.JsonType);
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("Check the claims of the shipped claim file (op-ed-2024.yaml) against the data, as `claims check claims/op-ed-2024.yaml`")
            .Produces<ClaimsResult>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/claims/check", async (AnalysisHost host, HttpContext http, [FromQuery(Name = "name")] string? name) =>
        {
            var yaml = await ReadBody(http.Request, http.RequestAborted).ConfigureAwait(false);
            var shown = FileName(name);
            // The claim parser reads a file: the upload goes to a fresh temporary folder under a name the host chose.
            var folder = Directory.CreateTempSubdirectory("crosscurrents-claims-");
            try
            {
                var path = Path.Combine(folder.FullName, "claims.yaml");
                await File.WriteAllTextAsync(path, yaml, http.RequestAborted).ConfigureAwait(false);
                var result = await host.Long((c, _, _) => Check(c, path, shown), http.RequestAborted).ConfigureAwait(false);
                return Results.Text(ResultJson.Serialize(result with { File = shown }), AnalysisHost.JsonType);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        })
            .RequireRole(ApiRole.Analyst)
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .WithSummary("Check the claims of an uploaded YAML claim file (at most 64 KB) against the data: supported, contradicted, inconclusive or not testable; needs an API key with role analyst or admin")
            .Produces<ClaimsResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>Checks the uploaded file; the parser's messages name the upload, never the temporary file.</summary>
    internal static ClaimsResult Check(AnalysisContext context, string path, string shown)
    {
        try
        {
            return ClaimsAnalysis.Check(context, path);
        }
        catch (Exception ex) when (ex is Core.UsageException or InvalidDataException or FormatException)
        {
            throw new Core.UsageException(ex.Message.Replace(path, shown, StringComparison.Ordinal).Replace(Path.GetDirectoryName(path)!, "", StringComparison.Ordinal), ex);
        }
    }

    /// <summary>The body as UTF-8 text, or a 413 problem past <see cref="MaxClaimFileBytes"/>.</summary>
    internal static async Task<string> ReadBody(HttpRequest request, CancellationToken token)
    {
        if (request.ContentLength > MaxClaimFileBytes)
        {
            throw new BadHttpRequestException($"the claim file is larger than {MaxClaimFileBytes / 1024} KB", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxClaimFileBytes)
            {
                throw new BadHttpRequestException($"the claim file is larger than {MaxClaimFileBytes / 1024} KB", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new FieldException("body", "body: send the claim file (YAML) as the request body");
        }

        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new FieldException("body", "body: the claim file is not UTF-8 text");
        }
    }

    /// <summary>The name the result shows: the caller's, reduced to a plain file name (no folders, no traversal).</summary>
    internal static string FileName(string? name)
    {
        var plain = string.IsNullOrWhiteSpace(name) ? "upload.yaml" : Path.GetFileName(name.Replace('\\', '/'));
        return plain.Length == 0 || plain is "." or ".." || plain.Any(char.IsControl) || plain.Length > 200 ? "upload.yaml" : plain;
    }
}
