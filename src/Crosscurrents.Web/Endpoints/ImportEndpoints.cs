using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Importing;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Endpoints;

/// <summary><c>POST /api/import</c>: imports an uploaded file as <c>crosscurrents import</c> does (needs an analyst key).</summary>
internal static class ImportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/import", async (AnalysisHost host, HttpContext http, [AsParameters] ImportParameters p) =>
        {
            var shown = ClaimsEndpoints.FileName(p.Name) is var n && n != "upload.yaml" ? n : "upload.csv";
            var folder = Directory.CreateTempSubdirectory("crosscurrents-import-");
            try
            {
                // The importer detects the format from the header (and a UCDP Candidate file by its name), so the
                // upload keeps its plain name inside a fresh folder.
                var path = Path.Combine(folder.FullName, shown);
                await Save(http, path, host.Options.MaxImportBytes).ConfigureAwait(false);
                var request = new ImportRequest(path)
                {
                    Format = Blank(p.Format), SourceVersion = Blank(p.SourceVersion), Dataset = Blank(p.Dataset), Encoding = Blank(p.Encoding) ?? "auto",
                    Coverage = Blank(p.Coverage), Countries = Blank(p.Countries), Provinces = Blank(p.Provinces), Completeness = Blank(p.Completeness),
                };
                var json = await Task.Run(() =>
                {
                    if (ImportAnalysis.IsReported(request))
                    {
                        var encoding = ImportAnalysis.StatedEncoding(request);
                        using var store = host.OpenForWrite();
                        return ResultJson.Serialize(ImportAnalysis.Reported(store.Context, path, encoding));
                    }

                    var plan = ImportAnalysis.Prepare(request, host.Workspace.Time);
                    using var session = host.OpenForWrite();
                    return ResultJson.Serialize(ImportAnalysis.Run(session.Context, plan) with { File = shown });
                }, http.RequestAborted).ConfigureAwait(false);
                return Results.Text(json.Replace(folder.FullName + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), AnalysisHost.JsonType);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        })
            .RequireRole(ApiRole.Analyst)
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .Accepts<string>("text/csv", "application/octet-stream")
            .WithSummary("Import an uploaded file (UCDP GED or Candidate CSV, ACLED CSV, events CSV, reported figures) into the store; needs an API key with role analyst or admin")
            .Produces<ImportResult>().ProducesOneOf(typeof(ImportResult), typeof(ReportedFiguresImportResult))
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task Save(HttpContext http, string path, long max)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        if (http.Request.ContentLength > max)
        {
            throw new BadHttpRequestException($"the file is larger than {max / (1024 * 1024)} MB", StatusCodes.Status413PayloadTooLarge);
        }

        await using var file = File.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > max)
            {
                throw new BadHttpRequestException($"the file is larger than {max / (1024 * 1024)} MB", StatusCodes.Status413PayloadTooLarge);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), http.RequestAborted).ConfigureAwait(false);
        }

        if (total == 0)
        {
            throw new FieldException("body", "body: send the file to import as the request body");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>The options of <c>import</c>.</summary>
internal sealed class ImportParameters
{
    /// <summary>The file's name (format detection uses it for UCDP Candidate files).</summary>
    [FromQuery(Name = "name")]
    public string? Name { get; init; }

    /// <summary>ucdp-ged, ucdp-candidate, acled or events (default: detected from the header).</summary>
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    /// <summary>The release, e.g. 22.1.</summary>
    [FromQuery(Name = "sourceVersion")]
    public string? SourceVersion { get; init; }

    /// <summary>The dataset name for an events CSV.</summary>
    [FromQuery(Name = "dataset")]
    public string? Dataset { get; init; }

    /// <summary>auto (default), utf-8, latin1, windows-1252, utf-16.</summary>
    [FromQuery(Name = "encoding")]
    public string? Encoding { get; init; }

    /// <summary>Stated coverage FROM..TO.</summary>
    [FromQuery(Name = "coverage")]
    public string? Coverage { get; init; }

    /// <summary>Countries the coverage is for (ISO codes).</summary>
    [FromQuery(Name = "countries")]
    public string? Countries { get; init; }

    /// <summary>Provinces the coverage is for.</summary>
    [FromQuery(Name = "provinces")]
    public string? Provinces { get; init; }

    /// <summary>complete, partial or sample.</summary>
    [FromQuery(Name = "completeness")]
    public string? Completeness { get; init; }
}
