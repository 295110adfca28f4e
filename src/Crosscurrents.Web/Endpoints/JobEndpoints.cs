using System.Text.Json;
using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Dynamics;
using Microsoft.AspNetCore.Mvc;
using Crosscurrents.Analysis.Scenarios;
using Crosscurrents.Analysis.Forecasting;
using Crosscurrents.Web.Internal;
using Microsoft.AspNetCore.Http;

namespace Crosscurrents.Web.Endpoints;

/// <summary>
/// Long work as jobs: <c>POST /api/jobs/dynamics-fit</c> starts a fit (same parameters as <c>GET /api/dynamics/fit</c>),
/// <c>GET /api/jobs/{id}</c> shows its state, <c>/events</c> streams its progress as server-sent events,
/// <c>/result</c> gives the result once it is done, and <c>DELETE</c> cancels it. Starting and cancelling need an
/// analyst (or admin) key.
/// </summary>
internal static class JobEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/jobs/dynamics-fit", (Jobs jobs, [AsParameters] DynamicsParameters p) =>
        {
            var request = p.Request();
            return Started(jobs.Start("dynamics-fit", (c, progress, token) => DynamicsAnalysis.Run(c, request, progress(token)), r => ResultJson.Serialize(r)));
        })
            .RequireRole(ApiRole.Analyst)
            .WithSummary("Start a Hawkes fit as a job (needs an API key with role analyst or admin); follow it at /api/jobs/{id}/events (server-sent events)")
            .Produces<JobInfo>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/jobs/backtest", (Jobs jobs, [AsParameters] ForecastParameters p, [FromQuery(Name = "from")] string? from, [FromQuery(Name = "to")] string? to) =>
        {
            var request = p.Request();
            return Started(jobs.Start("backtest", (c, progress, token) =>
            {
                var stages = progress(token);
                return ForecastAnalysis.Backtest(c, request, Blank(from), Blank(to), new ImmediateProgress<double>(f => stages.Report(("backtest", f))));
            }, r => ResultJson.Serialize(r)));
        })
            .RequireRole(ApiRole.Analyst)
            .WithSummary("Start a rolling-origin forecast backtest as a job (the options of /api/forecast, plus from and to as yyyy-MM); same result as `backtest --json`")
            .Produces<JobInfo>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapPost("/jobs/scenarios", (Jobs jobs, [FromQuery(Name = "options")] string? options, [FromQuery(Name = "paths")] string? paths, [FromQuery(Name = "seed")] string? seed) =>
        {
            var request = new ScenarioRequest(ShippedScenarios(options), QueryValues.Int(paths, "paths", 10_000, 100, 20_000), QueryValues.Int(seed, "seed", 1, int.MinValue, int.MaxValue));
            return Started(jobs.Start("scenarios", (c, progress, token) =>
            {
                var stages = progress(token);
                return ScenarioAnalysis.Run(c, request, new ImmediateProgress<double>(f => stages.Report(("simulating scenarios", f))));
            }, r => ResultJson.Serialize(r)));
        })
            .RequireRole(ApiRole.Analyst)
            .WithSummary("Start the policy scenarios shipped with the program (options: comma-separated names, default all; paths 100 to 20000) against the status quo as a job; same result as `scenario run --json`")
            .Produces<JobInfo>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/jobs/{id}", (Jobs jobs, string id) => Results.Text(Info(Find(jobs, id)), AnalysisHost.JsonType))
            .WithSummary("A job's state: running (stage, fraction), succeeded, failed or cancelled")
            .Produces<JobInfo>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/jobs/{id}/result", (Jobs jobs, string id) =>
        {
            var job = Find(jobs, id);
            return job.Status switch
            {
                JobStatus.Succeeded => Results.Text(job.Result!, AnalysisHost.JsonType),
                JobStatus.Running => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not finished", detail: $"job {id} is still running ({job.Stage ?? "starting"}, {job.Fraction:P0})"),
                _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "No result", detail: $"job {id} {job.Status.ToString().ToLowerInvariant()}: {job.Error}"),
            };
        })
            .WithSummary("The result of a finished job: the same JSON as the synchronous endpoint")
            .ProducesOneOf(typeof(DynamicsResult), typeof(BacktestRunResult), typeof(ScenarioRunResult)).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/jobs/{id}/events", async (Jobs jobs, string id, HttpContext http) =>
        {
            var job = Find(jobs, id);
            var response = http.Response;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-store";
            var token = http.RequestAborted;
            (string? Stage, double Fraction)? last = null;
            while (!token.IsCancellationRequested)
            {
                var info = job.Info();
                if (last != (info.Stage, info.Fraction) && info.Stage is not null)
                {
                    last = (info.Stage, info.Fraction);
                    await Send(response, "progress", JsonSerializer.Serialize(new JobProgress(info.Stage, info.Fraction), WebJsonContext.Default.JobProgress).ReplaceLineEndings(""), token).ConfigureAwait(false);
                }

                if (info.Status != JobStatus.Running)
                {
                    await Send(response, info.Status.ToString().ToLowerInvariant(), Info(job).ReplaceLineEndings(""), token).ConfigureAwait(false);
                    return;
                }

                try
                {
                    await Task.WhenAny(job.Work, Task.Delay(TimeSpan.FromMilliseconds(250), token)).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        })
            .WithSummary("A job's progress as server-sent events: 'progress' {stage, fraction}, then 'succeeded', 'failed' or 'cancelled' with the job")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete("/jobs/{id}", async (Jobs jobs, string id) =>
        {
            var job = Find(jobs, id);
            await job.Cancel.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(job.Work, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
            return Results.Text(Info(job), AnalysisHost.JsonType);
        })
            .RequireRole(ApiRole.Analyst)
            .WithSummary("Cancel a job (needs an API key with role analyst or admin; the work stops at its next progress report)")
            .Produces<JobInfo>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Started(Jobs.Job? job) => job is null
        ? Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many jobs", detail: $"{Jobs.MaxRunning} jobs are running; wait for one to finish or cancel one")
        : Results.Text(Info(job), AnalysisHost.JsonType, statusCode: StatusCodes.Status202Accepted);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>The shipped scenario files named (file names without .yaml), or all of them; never a path.</summary>
    private static IReadOnlyList<string> ShippedScenarios(string? names)
    {
        var shipped = Workspace.ShippedScenarioFiles.ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(names))
        {
            return [.. shipped.Values];
        }

        var chosen = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return chosen.Length > 16
            ? throw new FieldException("options", $"{chosen.Length} options: at most 16")
            : [.. chosen.Select(n => shipped.TryGetValue(n, out var file) ? file
                : throw new FieldException("options", $"'{n}' is not a shipped scenario; expected one of {string.Join(", ", shipped.Keys.Order(StringComparer.Ordinal))}"))];
    }

    private static Jobs.Job Find(Jobs jobs, string id) =>
        jobs.Find(id) ?? throw new JobNotFoundException(id);

    private static string Info(Jobs.Job job) => JsonSerializer.Serialize(job.Info(), WebJsonContext.Default.JobInfo);

    private static async Task Send(HttpResponse response, string name, string data, CancellationToken token)
    {
        await response.WriteAsync($"event: {name}\ndata: {data}\n\n", token).ConfigureAwait(false);
        await response.Body.FlushAsync(token).ConfigureAwait(false);
    }
}

/// <summary>No job with that id (never started, or dropped from the kept jobs): a 404 problem.</summary>
internal sealed class JobNotFoundException(string id) : Exception($"no job '{id}' (jobs are kept in memory while the host runs, the last {Jobs.MaxKept})");
