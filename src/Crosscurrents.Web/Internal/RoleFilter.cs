using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Crosscurrents.Web.Internal;

/// <summary>
/// Writes need an API key with a role: none or an unknown key is a 401 problem, too low a role a 403. Every write that
/// passes is written to the audit log beside the database (time, key name, role, method, path). The endpoint's
/// OpenAPI description gets the 401 and 403 problems.
/// </summary>
internal static class RoleFilter
{
    public static RouteHandlerBuilder RequireRole(this RouteHandlerBuilder endpoint, ApiRole role) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var host = http.RequestServices.GetRequiredService<AnalysisHost>();
            var given = http.Request.Headers[ApiKeys.Header].ToString();
            if (string.IsNullOrEmpty(given) && http.Request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                given = auth["Bearer ".Length..].Trim();
            }

            if (ApiKeys.Find(host.KeysFile, given) is not { } key)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key needed",
                    detail: string.IsNullOrEmpty(given) ? $"this endpoint writes: send an API key with role {Name(role)} or higher in {ApiKeys.Header}" : "the API key is not known");
            }

            if (key.Role < role)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Role too low", detail: $"key '{key.Name}' has role {Name(key.Role)}; this endpoint needs {Name(role)}");
            }

            var time = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            await File.AppendAllTextAsync(host.Workspace.DatabasePath + ".audit.log",
                string.Create(CultureInfo.InvariantCulture, $"{time:O}\t{key.Name}\t{Name(key.Role)}\t{http.Request.Method}\t{http.Request.Path}{http.Request.QueryString}\n"), http.RequestAborted).ConfigureAwait(false);
            return await next(context).ConfigureAwait(false);
        }).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    private static string Name(ApiRole role) => role.ToString().ToLowerInvariant();
}
