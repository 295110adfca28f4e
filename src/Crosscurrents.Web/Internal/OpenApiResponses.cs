using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace Crosscurrents.Web.Internal;

/// <summary>Success responses the OpenAPI document cannot say with one <c>Produces&lt;T&gt;</c>: an endpoint whose
/// parameters choose between result records (series with or without reported figures, a job's result by its kind).</summary>
internal static class OpenApiResponses
{
    /// <summary>A 200 JSON answer that is one of <paramref name="types"/> (declared as <c>oneOf</c> their schemas).</summary>
    public static RouteHandlerBuilder ProducesOneOf(this RouteHandlerBuilder endpoint, params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return endpoint.Produces(StatusCodes.Status200OK, types[0], "application/json").AddOpenApiOperationTransformer(async (operation, context, token) =>
        {
            var schemas = new List<IOpenApiSchema>();
            foreach (var type in types)
            {
                schemas.Add(await context.GetOrCreateSchemaAsync(type, null, token).ConfigureAwait(false));
            }

            if (operation.Responses is { } responses && responses.TryGetValue("200", out var ok) && ok.Content is { } content && content.TryGetValue("application/json", out var media))
            {
                media.Schema = new OpenApiSchema { OneOf = schemas };
            }
        });
    }
}
