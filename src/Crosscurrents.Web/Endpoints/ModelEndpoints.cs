using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Dynamics;
using Crosscurrents.Analysis.Forecasting;
using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Core.Events;
using Crosscurrents.Models.Changepoints;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Models.Forecasting;
using Crosscurrents.Series.Counts;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Endpoints;

/// <summary>The models: Hawkes dynamics, event studies, changepoints, Granger tests and forecasts. Parameters, defaults
/// and ranges are the CLI's.</summary>
internal static class ModelEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/dynamics/fit", async (AnalysisHost host, HttpContext http, [AsParameters] DynamicsParameters p) =>
        {
            var request = p.Request();
            var fitted = await host.Long((c, progress, token) => DynamicsAnalysis.Run(c, request, progress(token)), http.RequestAborted).ConfigureAwait(false);
            return Write(fitted);
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("A multivariate Hawkes fit of daily counts: branching ratios with intervals, half-lives, background rate ratios, goodness of fit (cancelled after the host's fit timeout)")
            .Produces<DynamicsResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/dynamics/compare", async (AnalysisHost host, HttpContext http, [AsParameters] CompareParameters p) =>
        {
            var request = p.Request();
            var compared = await host.Long((c, _, _) => ModelComparison.Run(c, request), http.RequestAborted).ConfigureAwait(false);
            return Write(compared);
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("Models of one stream compared out of sample (as one, overdispersed days, split by province, split by kind of violence): held-out log scores, gains with a paired test, the model chosen")
            .Produces<ModelComparisonResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/study", (AnalysisHost host, [AsParameters] StudyParameters p) =>
        {
            var options = new EventStudyOptions(QueryValues.Int(p.Window, "window", 4, 1, 104), QueryValues.Int(p.Placebos, "placebos", 200, 0, 10_000), QueryValues.Int(p.Seed, "seed", 1, int.MinValue, int.MaxValue));
            var kinds = (string.IsNullOrWhiteSpace(p.Kind) ? "ceasefire_end" : p.Kind).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var request = new StudyRequest(Or(p.Stream, "ttp"), kinds, QueryValues.Enum(p.By, "by", TimeResolution.Week), options);
            return host.Json(c => StudyAnalysis.Run(c, request));
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("Event study of a stream around timeline interventions: after/before rate ratio, placebo test")
            .Produces<StudyResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/changepoints", (AnalysisHost host, [AsParameters] ChangepointsParameters p) =>
        {
            var options = new ChangepointOptions(QueryValues.Int(p.MinSegment, "minSegment", 6, 1, 520), QueryValues.OptionalDouble(p.Penalty, "penalty", 0, 1e6),
                QueryValues.Int(p.Bootstraps, "bootstraps", 200, 0, 10_000), QueryValues.Int(p.Seed, "seed", 1, int.MinValue, int.MaxValue));
            var request = new ChangepointsRequest(Or(p.Stream, "ttp"), QueryValues.Enum(p.By, "by", TimeResolution.Month), QueryValues.Enum(p.Measure, "measure", Measure.Events), options);
            return host.Json(c => ChangepointsAnalysis.Run(c, request));
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("Changepoints in a stream's counts (PELT, Poisson cost) with bootstrap ranges and the timeline near each")
            .Produces<ChangepointsResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/granger", (AnalysisHost host, [AsParameters] GrangerParameters p) =>
        {
            var request = new GrangerRequest(Or(p.Streams, "ttp,baloch"), QueryValues.Enum(p.By, "by", TimeResolution.Month), QueryValues.Int(p.Lags, "lags", 2, 1, 24),
                Date(p.From ?? "2007", "from", end: false), Date(p.To, "to", end: true));
            return host.Json(c => GrangerAnalysis.Run(c, request));
        })
            .WithSummary("Pairwise Granger F tests and a VAR between stream counts")
            .Produces<GrangerResult>().ProducesProblem(StatusCodes.Status400BadRequest)
            .CacheOutput(StoreResultsCache.Policy);

        api.MapGet("/forecast", async (AnalysisHost host, HttpContext http, [AsParameters] ForecastParameters p) =>
        {
            var request = p.Request();
            var origin = string.IsNullOrWhiteSpace(p.Origin) ? null : p.Origin;
            var forecast = await host.Long((c, progress, token) =>
            {
                var stages = progress(token);
                return ForecastAnalysis.Forecast(c, request, origin, Or(p.Model, Ensemble.Name), new ImmediateProgress<double>(f => stages.Report(("forecast", f))));
            }, http.RequestAborted).ConfigureAwait(false);
            return Write(forecast);
        })
            .RequireRateLimiting(WebServer.HeavyPolicy)
            .WithSummary("Probabilistic forecasts of monthly counts 1 to 24 months ahead, for every model and the ensemble")
            .Produces<ForecastResult>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .CacheOutput(StoreResultsCache.Policy);
    }

    internal static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    internal static DateOnly? Date(string? value, string field, bool end)
    {
        try
        {
            return DateInput.Parse(string.IsNullOrWhiteSpace(value) ? null : value, "--" + field, end);
        }
        catch (Core.UsageException ex)
        {
            throw new FieldException(field, ex.Message.Replace("--" + field, field, StringComparison.Ordinal));
        }
    }

    private static IResult Write<T>(T value) => Results.Text(ResultJson.Serialize(value), AnalysisHost.JsonType);
}

/// <summary>The options of <c>dynamics fit</c>.</summary>
internal sealed class DynamicsParameters
{
    /// <summary>Comma-separated streams (default ttp,baloch).</summary>
    [FromQuery(Name = "streams")]
    public string? Streams { get; init; }

    /// <summary>First day (default 2007).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Last day (default: the last event in the store).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Days in the 'after a ceasefire ended' window (0 to 365, default 30).</summary>
    [FromQuery(Name = "afterCeasefire")]
    public string? AfterCeasefire { get; init; }

    /// <summary>STREAM:DAYS, repeatable: a background covariate for the days after an event of STREAM.</summary>
    [FromQuery(Name = "windowAfter")]
    public string[]? WindowAfter { get; init; }

    /// <summary>Slope changes in the background trend (-1: chosen by BIC; default -1).</summary>
    [FromQuery(Name = "trendKnots")]
    public string? TrendKnots { get; init; }

    /// <summary>Parametric bootstrap replications (0 to 200 here; default 0).</summary>
    [FromQuery(Name = "bootstrap")]
    public string? Bootstrap { get; init; }

    /// <summary>Seed of the randomised residuals (default 1).</summary>
    [FromQuery(Name = "seed")]
    public string? Seed { get; init; }

    public DynamicsRequest Request() => new(ModelEndpoints.Or(Streams, "ttp,baloch"), ModelEndpoints.Date(From ?? "2007", "from", end: false), ModelEndpoints.Date(To, "to", end: true),
        QueryValues.Int(AfterCeasefire, "afterCeasefire", 30, 0, 365), WindowAfter is { Length: > 0 } w ? w : null,
        QueryValues.Int(TrendKnots, "trendKnots", -1, -1, DynamicsAnalysis.MaxKnots), QueryValues.Int(Bootstrap, "bootstrap", 0, 0, 200),
        QueryValues.Int(Seed, "seed", 1, int.MinValue, int.MaxValue));
}

/// <summary>The options of <c>dynamics compare</c>.</summary>
internal sealed class CompareParameters
{
    /// <summary>The stream whose models are compared (default ttp).</summary>
    [FromQuery(Name = "stream")]
    public string? Stream { get; init; }

    /// <summary>First day (default 2007).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Last day (default: the last event in the store).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Share of the covered days, at the end, held out for scoring (0.1 to 0.5, default 0.25).</summary>
    [FromQuery(Name = "testShare")]
    public string? TestShare { get; init; }

    /// <summary>Seed of the randomised residuals (default 1).</summary>
    [FromQuery(Name = "seed")]
    public string? Seed { get; init; }

    public ModelComparisonRequest Request() => new(ModelEndpoints.Or(Stream, "ttp"), ModelEndpoints.Date(From ?? "2007", "from", end: false), ModelEndpoints.Date(To, "to", end: true),
        QueryValues.OptionalDouble(TestShare, "testShare", 0.1, 0.5) ?? 0.25, QueryValues.Int(Seed, "seed", 1, int.MinValue, int.MaxValue));
}

/// <summary>The options of <c>study</c>.</summary>
internal sealed class StudyParameters
{
    /// <summary>Stream (default ttp).</summary>
    [FromQuery(Name = "stream")]
    public string? Stream { get; init; }

    /// <summary>Timeline kinds, comma-separated (default ceasefire_end).</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>week (default) or month.</summary>
    [FromQuery(Name = "by")]
    public string? By { get; init; }

    /// <summary>Periods in each window before and after (1 to 104, default 4).</summary>
    [FromQuery(Name = "window")]
    public string? Window { get; init; }

    /// <summary>Placebo draws (0 to 10000, default 200).</summary>
    [FromQuery(Name = "placebos")]
    public string? Placebos { get; init; }

    /// <summary>Seed of the placebo draws (default 1).</summary>
    [FromQuery(Name = "seed")]
    public string? Seed { get; init; }
}

/// <summary>The options of <c>changepoints</c>.</summary>
internal sealed class ChangepointsParameters
{
    /// <summary>Stream (default ttp).</summary>
    [FromQuery(Name = "stream")]
    public string? Stream { get; init; }

    /// <summary>week, month (default) or year.</summary>
    [FromQuery(Name = "by")]
    public string? By { get; init; }

    /// <summary>events (default) or fatalities.</summary>
    [FromQuery(Name = "measure")]
    public string? Measure { get; init; }

    /// <summary>Shortest segment in periods (1 to 520, default 6).</summary>
    [FromQuery(Name = "minSegment")]
    public string? MinSegment { get; init; }

    /// <summary>Penalty per change (0 to 1e6; default 2 ln n).</summary>
    [FromQuery(Name = "penalty")]
    public string? Penalty { get; init; }

    /// <summary>Bootstrap replications (0 to 10000, default 200).</summary>
    [FromQuery(Name = "bootstraps")]
    public string? Bootstraps { get; init; }

    /// <summary>Seed of the bootstrap (default 1).</summary>
    [FromQuery(Name = "seed")]
    public string? Seed { get; init; }
}

/// <summary>The options of <c>granger</c>.</summary>
internal sealed class GrangerParameters
{
    /// <summary>Two or more streams, comma-separated (default ttp,baloch).</summary>
    [FromQuery(Name = "streams")]
    public string? Streams { get; init; }

    /// <summary>week or month (default).</summary>
    [FromQuery(Name = "by")]
    public string? By { get; init; }

    /// <summary>Lag order (1 to 24, default 2).</summary>
    [FromQuery(Name = "lags")]
    public string? Lags { get; init; }

    /// <summary>First period (default 2007).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Last period.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }
}

/// <summary>The options of <c>forecast</c>.</summary>
internal sealed class ForecastParameters
{
    /// <summary>Stream (default ttp).</summary>
    [FromQuery(Name = "stream")]
    public string? Stream { get; init; }

    /// <summary>events (default), fatalities, picss-attacks or picss-killed.</summary>
    [FromQuery(Name = "target")]
    public string? Target { get; init; }

    /// <summary>none (default) or province.</summary>
    [FromQuery(Name = "by")]
    public string? By { get; init; }

    /// <summary>Only this province.</summary>
    [FromQuery(Name = "province")]
    public string? Province { get; init; }

    /// <summary>Months ahead (1 to 24, default 12).</summary>
    [FromQuery(Name = "horizon")]
    public string? Horizon { get; init; }

    /// <summary>Draws per forecast (10 to 10000, default 1000).</summary>
    [FromQuery(Name = "samples")]
    public string? Samples { get; init; }

    /// <summary>Master seed (default 1).</summary>
    [FromQuery(Name = "seed")]
    public string? Seed { get; init; }

    /// <summary>Forecast from this month, yyyy-MM (default: the last covered month).</summary>
    [FromQuery(Name = "origin")]
    public string? Origin { get; init; }

    /// <summary>Model shown first: ensemble (default), nb, zero, last, mean, conflictology.</summary>
    [FromQuery(Name = "model")]
    public string? Model { get; init; }

    /// <summary>The forecast request these parameters ask for (each value checked, a bad one is a 400 naming it).</summary>
    public ForecastRequest Request() =>
        new(ModelEndpoints.Or(Stream, "ttp"), ModelEndpoints.Or(Target, "events"), ModelEndpoints.Or(By, "none"), string.IsNullOrWhiteSpace(Province) ? null : Province,
            QueryValues.Int(Horizon, "horizon", 12, 1, 24), QueryValues.Int(Samples, "samples", 1000, 10, 10_000), QueryValues.Int(Seed, "seed", 1, int.MinValue, int.MaxValue));
}
