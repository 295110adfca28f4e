using Crosscurrents.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crosscurrents.Web.Internal;

/// <summary>
/// Errors as RFC 9457 problem details: a usage error is a 400 with its message and the field it names; long work out of
/// time a 503; anything else a 500 with one line, never a stack trace.
/// </summary>
internal sealed class Problems(IProblemDetailsService problems, ILogger<Problems> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var (status, title, detail, field) = exception switch
        {
            FieldException f => (StatusCodes.Status400BadRequest, "Invalid parameter", f.Message, f.Field),
            UsageException u => (StatusCodes.Status400BadRequest, "Invalid request", QueryValues.AsParameters(u.Message), QueryValues.FieldOf(u.Message)),
            ArgumentException { ParamName: null } a => (StatusCodes.Status400BadRequest, "Invalid request", QueryValues.AsParameters(a.Message), QueryValues.FieldOf(a.Message)),
            InvalidDataException d => (StatusCodes.Status400BadRequest, "Invalid data", d.Message, null),
            BadHttpRequestException b => (b.StatusCode, b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Too large" : "Bad request", b.Message, null),
            Endpoints.JobNotFoundException j => (StatusCodes.Status404NotFound, "No such job", j.Message, null),
            WorkTimeoutException t => (StatusCodes.Status503ServiceUnavailable, "Took too long", t.Message, null),
            // The store's own errors (a missing or locked file) are for the operator; the type lives in the store layer,
            // which the host does not reference.
            _ when exception.GetType().Name == "StoreException" => (StatusCodes.Status503ServiceUnavailable, "Store unavailable", exception.Message, null),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", $"internal error ({exception.GetType().Name}); the server log has the details", null),
        };
        if (status >= 500)
        {
            log.LogError(exception, "{Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);
        }

        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = httpContext.Request.Path };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
            problem.Extensions["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [detail] };
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }
}
