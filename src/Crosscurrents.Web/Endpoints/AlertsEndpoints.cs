using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Forecasting;
using Crosscurrents.Models.Forecasting;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Endpoints;

/// <summary><c>GET /api/alerts</c>: the CLI's <c>alerts</c> (the options of <c>forecast</c>, one month ahead, plus the
/// event and the costs that set the cut-off), with the backtest's reliability beside the alerts.</summary>
internal static class AlertsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/alerts", async (AnalysisHost host, HttpContext http, [AsParameters] ForecastParameters p, [AsParameters] AlertParameters a) =>
        {
            var request = new AlertsRequest(p.Request() with { Horizon = 1 }, a.Rule(), ModelEndpoints.Or(p.Model, Ensemble.Name), string.IsNullOrWhiteSpace(a.From) ? null : a.From);
            var alerts = await host.Long((c, progress, token) =>
            {
                var stages = progress(token);
                return AlertsAnalysis.Run(c, request, new ImmediateProgress<double>(f => stages.Report(("alerts", f))));
            }, http.RequestAborted).ConfigureAwait(false);
            return Results.Text(ResultJson.Serialize(alerts), AnalysisHost.JsonType);
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("Early-warning alerts: the probability of at least N next month in each unit, an alert where it reaches the cut-off the costs of a miss and a false alarm set, with drivers and the backtest's reliability (same JSON as `alerts --json`)")
            .Produces<AlertsResult>(StatusCodes.Status200OK, "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .CacheOutput(StoreResultsCache.Policy);
    }
}

/// <summary>The options of <c>alerts</c> beyond those of <c>forecast</c>.</summary>
internal sealed class AlertParameters
{
    /// <summary>The event: at least this many events (or deaths) in a unit next month (1 to 1000000, default 5).</summary>
    [FromQuery(Name = "atLeast")]
    public string? AtLeast { get; init; }

    /// <summary>Cost of an event that was not alerted (relative; default 1).</summary>
    [FromQuery(Name = "missCost")]
    public string? MissCost { get; init; }

    /// <summary>Cost of an alert with no event (relative; default 1).</summary>
    [FromQuery(Name = "falseAlarmCost")]
    public string? FalseAlarmCost { get; init; }

    /// <summary>First backtest origin, yyyy-MM (default 2010-01 for events, 2021-01 for PICSS).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    public AlertRule Rule() => new(QueryValues.Int(AtLeast, "atLeast", 5, 1, 1_000_000),
        QueryValues.OptionalDouble(MissCost, "missCost", 1e-6, 1e6) ?? 1, QueryValues.OptionalDouble(FalseAlarmCost, "falseAlarmCost", 1e-6, 1e6) ?? 1);
}
