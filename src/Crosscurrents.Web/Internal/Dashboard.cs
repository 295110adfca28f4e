using Crosscurrents.Analysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace Crosscurrents.Web.Internal;

/// <summary>
/// The web dashboard: static pages from <c>wwwroot/</c> beside the program (plain JavaScript modules and the vendored
/// ECharts and Leaflet) that call the REST API, and the two shipped files the pages show besides the API: the country
/// outlines of the map and the shipped claim file.
/// </summary>
internal static class Dashboard
{
    /// <summary>The pages' folder: copied beside the program by the build, so the host needs no Node and no network.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Where the map's country outlines are served.</summary>
    public const string OutlinesPath = "/geo/outlines.geojson";

    /// <summary>Where the shipped claim file is served (the Claims page checks it with <c>POST /api/claims/check</c>).</summary>
    public const string ShippedClaimsPath = "/claims/op-ed-2024.yaml";

    public static void Map(WebApplication app)
    {
        if (Directory.Exists(Folder))
        {
            var files = new PhysicalFileProvider(Folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapGet(OutlinesPath, (AnalysisHost host) => Send(host.Workspace.OutlinesFile, "application/geo+json"))
            .ExcludeFromDescription();
        app.MapGet(ShippedClaimsPath, () => Send(Workspace.ShippedClaimFile, "application/yaml; charset=utf-8"))
            .ExcludeFromDescription();
    }

    private static IResult Send(string? path, string contentType) =>
        path is not null && File.Exists(path) ? Results.File(path, contentType) : Results.NotFound();

    /// <summary>Whether a request is for the dashboard (a page, a script, a vendored library), not the API or the
    /// reference, so it gets the dashboard's Content-Security-Policy.</summary>
    public static bool Serves(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
