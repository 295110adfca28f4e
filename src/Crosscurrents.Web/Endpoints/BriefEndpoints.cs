using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Brief;
using Crosscurrents.Reports.Brief;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;

namespace Crosscurrents.Web.Endpoints;

/// <summary><c>/api/brief</c>: the HTML brief, as <c>crosscurrents brief</c> writes it, from the store as it is; with the
/// shipped claims (GET) or an uploaded claim file (POST, analyst key).</summary>
internal static class BriefEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/brief", async (AnalysisHost host, HttpContext http) =>
        {
            return await Brief(host, ClaimsEndpoints.ShippedClaims, http.RequestAborted).ConfigureAwait(false);
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("The brief as one self-contained HTML page, with the shipped claims (fits the models: slow)")
            .Produces<string>(StatusCodes.Status200OK, "text/html").ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/brief", async (AnalysisHost host, HttpContext http) =>
        {
            var yaml = await ClaimsEndpoints.ReadBody(http.Request, http.RequestAborted).ConfigureAwait(false);
            var folder = Directory.CreateTempSubdirectory("crosscurrents-brief-");
            try
            {
                var path = Path.Combine(folder.FullName, "claims.yaml");
                await File.WriteAllTextAsync(path, yaml, http.RequestAborted).ConfigureAwait(false);
                return await Brief(host, path, http.RequestAborted).ConfigureAwait(false);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        })
            .RequireRole(ApiRole.Analyst)
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .WithSummary("The brief as HTML with the claims of an uploaded YAML claim file (at most 64 KB) in its Claims section; needs an API key with role analyst or admin")
            .Produces<string>(StatusCodes.Status200OK, "text/html").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> Brief(AnalysisHost host, string? claimFile, CancellationToken aborted)
    {
        var html = await host.Long((c, progress, token) =>
        {
            var workspace = c.Workspace;
            var data = BriefAnalysis.Run(c, claimFile, progress(token), ensureShippedData: false);
            var outlines = File.Exists(workspace.OutlinesFile) ? CountryOutlines.Load(workspace.OutlinesFile) : CountryOutlines.Empty;
            return BriefWriter.Render(BriefInput.From(data, outlines, new ChartStyle(workspace.FontFile)));
        }, aborted).ConfigureAwait(false);
        return Results.Text(html, "text/html; charset=utf-8");
    }
}
