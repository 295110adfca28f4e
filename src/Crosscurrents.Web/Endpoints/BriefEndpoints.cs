using Crosscurrents.Analysis.Brief;
using Crosscurrents.Reports.Brief;
using Crosscurrents.Reports.Charts;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;

namespace Crosscurrents.Web.Endpoints;

/// <summary><c>GET /api/brief</c>: the HTML brief, as <c>crosscurrents brief</c> writes it, from the store as it is.</summary>
internal static class BriefEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/brief", async (AnalysisHost host, HttpContext http) =>
        {
            var html = await host.Long((c, progress, token) =>
            {
                var workspace = c.Workspace;
                var claims = Path.Combine(AppContext.BaseDirectory, "claims", "op-ed-2024.yaml");
                var data = BriefAnalysis.Run(c, File.Exists(claims) ? claims : null, progress(token), ensureShippedData: false);
                var outlines = File.Exists(workspace.OutlinesFile) ? CountryOutlines.Load(workspace.OutlinesFile) : CountryOutlines.Empty;
                return BriefWriter.Render(BriefInput.From(data, outlines, new ChartStyle(workspace.FontFile)));
            }, http.RequestAborted).ConfigureAwait(false);
            return Results.Text(html, "text/html; charset=utf-8");
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("The brief as one self-contained HTML page (fits the models: slow)")
            .Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
