using Crosscurrents.Analysis.Events;
using Crosscurrents.Analysis.Series;
using Crosscurrents.Core.Events;
using Crosscurrents.Series.Counts;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Endpoints;

/// <summary>Events (a page as JSON, every match as CSV, points as GeoJSON), one event's history, and series.</summary>
internal static class EventsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", (AnalysisHost host, [AsParameters] EventParameters filters, [FromQuery(Name = "offset")] string? offset, [FromQuery(Name = "limit")] string? limit) =>
        {
            var query = filters.Query();
            var start = QueryValues.Int(offset, "offset", 0, 0, int.MaxValue);
            var size = QueryValues.Int(limit, "limit", 100, 1, EventsPages.MaxPageSize);
            return host.Json(c => EventsPages.Page(c, query, start, size));
        })
            .WithSummary("A page of the events that match the filters (limit 1 to 1000, default 100), with the total")
            .Produces<EventsPageResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/events.csv", (AnalysisHost host, HttpContext http, [AsParameters] EventParameters filters) =>
        {
            var query = filters.Query();
            var session = host.Open();
            try
            {
                // Checked before the first byte is written, so a bad filter is still a 400 problem.
                _ = query.ToFilter(session.Context.Actors);
            }
            catch
            {
                session.Discard();
                session.Dispose();
                throw;
            }

            return Results.Stream(async body =>
            {
                using (session)
                {
                    await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true);
                    // The store streams synchronously; the writer buffers and is flushed asynchronously below.
                    http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
                    session.Run(c => EventsPages.SafeCsv(c, query, writer));
                    await writer.FlushAsync().ConfigureAwait(false);
                }
            }, "text/csv; charset=utf-8", "events.csv");
        })
            .WithSummary("Every event that matches the filters, as the events CSV (text cells made safe for spreadsheets)")
            .Produces<Stream>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events.parquet", (AnalysisHost host, HttpContext http, [AsParameters] EventParameters filters) =>
        {
            var query = filters.Query();
            // Written by the same export as `events --format parquet` into a temporary file, deleted once sent.
            var path = Path.Combine(Path.GetTempPath(), $"crosscurrents-{Guid.NewGuid():N}.parquet");
            try
            {
                using var session = host.Open();
                var snapshot = session.Run(c => EventsAnalysis.Export(c, query, EventsFormat.Parquet, null, path));
                http.Response.Headers["X-Data-Snapshot"] = snapshot.Id;
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
                return Results.File(file, "application/vnd.apache.parquet", "events.parquet");
            }
            catch
            {
                File.Delete(path);
                throw;
            }
        })
            .WithSummary("Every event that matches the filters, as Parquet (the columns and order of `events --format parquet`); the data snapshot is in the X-Data-Snapshot header")
            .Produces<Stream>(StatusCodes.Status200OK, "application/vnd.apache.parquet").ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/events.geojson", (AnalysisHost host, [AsParameters] EventParameters filters, [FromQuery(Name = "limit")] string? limit) =>
        {
            var query = filters.Query();
            var size = QueryValues.Int(limit, "limit", 10_000, 1, EventsPages.MaxFeatures);
            return host.Json(c => EventsPages.GeoJson(c, query, size), "application/geo+json; charset=utf-8");
        })
            .WithSummary("The matching events that have coordinates, as a GeoJSON FeatureCollection (limit 1 to 50000, default 10000)")
            .Produces<EventsGeoJsonResult>(StatusCodes.Status200OK, "application/geo+json").ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/events/history", (AnalysisHost host, [FromQuery(Name = "id")] string? id) =>
            host.Json(c => EventsAnalysis.History(c, string.IsNullOrWhiteSpace(id) ? throw new FieldException("id", "id: give an event id, e.g. ucdp-ged:113774") : id)))
            .WithSummary("One event with its earlier values (what each newer release changed, and drops)")
            .Produces<EventHistoryResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/series", (AnalysisHost host, [AsParameters] EventParameters filters, [AsParameters] SeriesParameters p) =>
        {
            var request = new SeriesRequest(filters.Query(), QueryValues.Enum(p.By, "by", TimeResolution.Month), QueryValues.Enum(p.Measure, "measure", Measure.Events),
                QueryValues.Enum(p.Group, "group", Grouping.None), QueryValues.Int(p.Top, "top", 8, 1, 100));
            return QueryValues.Bool(p.WithReported, "withReported")
                ? host.Json(c => SeriesAnalysis.WithReported(c, request))
                : host.Json(c => SeriesAnalysis.Run(c, request));
        })
            .WithSummary("Events or deaths per day, week, month or year, by actor, province or dyad; uncovered periods are null, never 0")
            .ProducesOneOf(typeof(SeriesResult), typeof(SourcesResult)).ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);
    }
}

/// <summary>The options of <c>series</c> besides the filters.</summary>
internal sealed class SeriesParameters
{
    /// <summary>day, week, month (default) or year.</summary>
    [FromQuery(Name = "by")]
    public string? By { get; init; }

    /// <summary>events (default) or fatalities.</summary>
    [FromQuery(Name = "measure")]
    public string? Measure { get; init; }

    /// <summary>none (default), actor, province or dyad.</summary>
    [FromQuery(Name = "group")]
    public string? Group { get; init; }

    /// <summary>Largest groups kept (1 to 100, default 8).</summary>
    [FromQuery(Name = "top")]
    public string? Top { get; init; }

    /// <summary>true: the reported figures beside the event data (by month or year, no group).</summary>
    [FromQuery(Name = "withReported")]
    public string? WithReported { get; init; }
}
