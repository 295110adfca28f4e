using System.Text.Json;

namespace Crosscurrents.Web.Tests.Endpoints;

/// <summary>The OpenAPI document describes every answer: each operation's success with a real schema (the result record,
/// its properties), streams with their content types, and the problems it can answer with.</summary>
[Collection(WebHostGroup.Name)]
public sealed class OpenApiDocumentTests(WebHostFixture fixture)
{
    /// <summary>Answers that are not JSON records: written as they stream, declared by their content type.</summary>
    private static readonly HashSet<string> Streams = new(StringComparer.Ordinal) { "text/csv", "application/vnd.apache.parquet", "text/event-stream", "text/html" };

    [Fact]
    public async Task EveryOperation_DeclaresItsSuccessWithASchemaWithProperties()
    {
        var (doc, operations) = await Operations();
        var failures = new List<string>();
        foreach (var (name, op) in operations)
        {
            var successes = op.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            if (successes.Count == 0)
            {
                failures.Add($"{name}: no success response");
            }

            foreach (var success in successes)
            {
                if (!success.Value.TryGetProperty("content", out var content) || !content.EnumerateObject().Any())
                {
                    failures.Add($"{name} {success.Name}: no content");
                    continue;
                }

                foreach (var media in content.EnumerateObject())
                {
                    var schema = media.Value.TryGetProperty("schema", out var s) ? Resolve(doc, s) : default;
                    if (media.Name.Contains("json", StringComparison.Ordinal))
                    {
                        if (!HasProperties(doc, schema))
                        {
                            failures.Add($"{name} {success.Name} {media.Name}: the schema has no properties");
                        }
                    }
                    else if (!Streams.Contains(media.Name) || schema.ValueKind != JsonValueKind.Object || schema.GetProperty("type").GetString() != "string")
                    {
                        failures.Add($"{name} {success.Name} {media.Name}: neither a JSON record nor a declared stream");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(operations.Count >= 25, $"only {operations.Count} operations");
    }

    [Fact]
    public async Task EveryOperation_DeclaresTheProblemsItCanAnswer()
    {
        var (_, operations) = await Operations();
        var failures = new List<string>();
        foreach (var (name, op) in operations)
        {
            var responses = op.GetProperty("responses");
            var expected = new List<string> { "429" };
            var parameters = op.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            if (parameters.Any(x => x.GetProperty("in").GetString() == "query") || op.TryGetProperty("requestBody", out _))
            {
                expected.Add("400");
            }

            if (!name.StartsWith("GET ", StringComparison.Ordinal))
            {
                expected.AddRange(["401", "403"]);
            }

            if (name.Contains("{id}", StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            if (op.TryGetProperty("requestBody", out _))
            {
                expected.Add("413");
            }

            foreach (var status in expected)
            {
                if (!responses.TryGetProperty(status, out var response) || !response.GetProperty("content").TryGetProperty("application/problem+json", out _))
                {
                    failures.Add($"{name}: no {status} problem");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task ResultSchemas_UseTheNamesAndEnumsOfTheJson()
    {
        var (doc, operations) = await Operations();
        var events = Resolve(doc, operations.Single(o => o.Name == "GET /api/events").Op.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        Assert.Equal(["snapshot", "total", "offset", "limit", "events"], events.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("integer", events.GetProperty("properties").GetProperty("total").GetProperty("type").GetString());
        var precision = doc.GetProperty("components").GetProperty("schemas").GetProperty("DatePrecision").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Contains("day", precision);
    }

    private async Task<(JsonElement Doc, List<(string Name, JsonElement Op)> Operations)> Operations()
    {
        using var client = fixture.Client();
        var doc = await Json.Get(client, "/openapi/v1.json");
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => ($"{op.Name.ToUpperInvariant()} {path.Name}", op.Value))).ToList();
        return (doc, operations);
    }

    private static JsonElement Resolve(JsonElement doc, JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            schema = doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    // An object with properties; an array of such objects; or one of several such schemas.
    private static bool HasProperties(JsonElement doc, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (schema.TryGetProperty("oneOf", out var alternatives) || schema.TryGetProperty("anyOf", out alternatives))
        {
            return alternatives.GetArrayLength() > 0 && alternatives.EnumerateArray().All(a => HasProperties(doc, Resolve(doc, a)));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            return HasProperties(doc, Resolve(doc, items));
        }

        return schema.TryGetProperty("properties", out var properties) && properties.EnumerateObject().Any();
    }
}
