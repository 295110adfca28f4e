using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Datasets;
using Crosscurrents.Analysis.Reference;
using Crosscurrents.Analysis.Reported;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Endpoints;

/// <summary>The datasets and their coverage, the reported figures, and the reference data (actors, places, timeline).</summary>
internal static class DataEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/datasets", (AnalysisHost host, [FromQuery(Name = "links")] string? links) =>
            host.Json(c => DatasetsAnalysis.Run(c, QueryValues.Bool(links, "links"))))
            .WithSummary("The datasets in the store and what each covers (days, countries, kinds; complete, partial or sample)")
            .Produces<DatasetsResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/reported", (AnalysisHost host, [AsParameters] ReportedParameters p) => host.Json(c => ReportedAnalysis.Run(c, p.Request())))
            .WithSummary("Figures as publishers reported them (PICSS, PIPS, UCDP country-year), gaps left as gaps")
            .Produces<ReportedResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/actors", (AnalysisHost host) => Write(ReferenceAnalysis.Actors(host.Reference())))
            .WithSummary("The actor registry").Produces<IReadOnlyList<ActorRow>>();
        api.MapGet("/places", (AnalysisHost host) => Write(ReferenceAnalysis.Places(host.Reference())))
            .WithSummary("The gazetteer").Produces<IReadOnlyList<Core.Places.Place>>();
        api.MapGet("/periods", (AnalysisHost host, [FromQuery(Name = "kind")] string? kind) =>
            host.Json(c => ReferenceAnalysis.Periods(c, string.IsNullOrWhiteSpace(kind) ? null : kind)))
            .WithSummary("The timeline (ceasefires, talks, operations, strikes)").Produces<IReadOnlyList<Core.Periods.Period>>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);
    }

    private static IResult Write<T>(T value) => Results.Text(ResultJson.Serialize(value), "application/json; charset=utf-8");
}

/// <summary>Which published figures (as <c>crosscurrents reported</c>).</summary>
internal sealed class ReportedParameters
{
    /// <summary>PICSS, PIPS or UCDP (default PICSS).</summary>
    [FromQuery(Name = "publisher")]
    public string? Publisher { get; init; }

    /// <summary>militant_attacks, all_violent_incidents, terrorist_attacks, organized_violence, ... (default militant_attacks).</summary>
    [FromQuery(Name = "measure")]
    public string? Measure { get; init; }

    /// <summary>attacks, killed, injured; deaths_best, deaths_low, deaths_high (default attacks).</summary>
    [FromQuery(Name = "quantity")]
    public string? Quantity { get; init; }

    /// <summary>Country (default Pakistan).</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    /// <summary>A province's figures (default: national; provinces are never added up).</summary>
    [FromQuery(Name = "province")]
    public string? Province { get; init; }

    /// <summary>true: the first published figure instead of the latest revision.</summary>
    [FromQuery(Name = "firstRelease")]
    public string? FirstRelease { get; init; }

    public ReportedRequest Request() => new(Or(Publisher, "PICSS"), Or(Measure, "militant_attacks"), Or(Quantity, "attacks"), Or(Country, "Pakistan"),
        string.IsNullOrWhiteSpace(Province) ? null : Province, QueryValues.Bool(FirstRelease, "firstRelease"));

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
