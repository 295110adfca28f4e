using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Crosscurrents.Analysis;

/// <summary>
/// One set of JSON settings for every result's JSON (the CLI's <c>--json</c>, the API): camelCase names, kebab-case
/// enums, types from the source-generated <see cref="ResultJsonContext"/> (a type not registered there cannot be
/// written, so no anonymous payload slips in). JSON has no NaN or Infinity: a non-finite
/// number is written as null, and the document gets a <c>nonFinite</c> list saying where and why.
/// </summary>
public static class ResultJson
{
    /// <summary>Marks a non-finite number on its way through the serializer; replaced by null before output.</summary>
    private const string Marker = "\u0001non-finite:";

    public static readonly JsonSerializerOptions Options = Create(new NonFiniteAsMarker(), new NonFiniteSingleAsMarker());

    /// <summary>
    /// Serializes a command's result. A non-finite number becomes null, and the nearest object holding it gets a
    /// <c>nonFinite</c> list of {path, value, reason}; the shape of the output is otherwise unchanged.
    /// </summary>
    public static string Serialize<T>(T value) => Serialize(value, Options);

    /// <summary>As <see cref="Serialize{T}(T)"/>, with other options (e.g. another resolver in tests).</summary>
    public static string Serialize<T>(T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var node = JsonSerializer.SerializeToNode(value, options);
        var found = new List<(JsonObject? Owner, string Path, string Value)>();
        node = Clean(node, "$", null, found);
        foreach (var group in found.GroupBy(f => f.Owner))
        {
            var reasons = new JsonArray(group.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["value"] = f.Value,
                ["reason"] = Reason(f.Value),
            }).ToArray());
            if (group.Key is { } owner)
            {
                owner["nonFinite"] = reasons;
            }
            else
            {
                node = new JsonObject { ["result"] = node, ["nonFinite"] = reasons };
            }
        }

        return node?.ToJsonString(options) ?? "null";
    }

    private static string Reason(string value) => value switch
    {
        "NaN" => "not a number: the quantity is undefined for these data (e.g. no events in a period it divides by)",
        _ => $"{value}: the estimate or its interval is unbounded (e.g. a rate ratio with no events on one side, or a parameter at a bound)",
    };

    private static JsonNode? Clean(JsonNode? node, string path, JsonObject? owner, List<(JsonObject? Owner, string Path, string Value)> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    obj[key] = null; // detach, so the cleaned node can be set back
                    obj[key] = Clean(child, $"{path}.{key}", obj, found);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var child = array[i];
                    array[i] = null;
                    array[i] = Clean(child, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), owner, found);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith(Marker, StringComparison.Ordinal):
                found.Add((owner, path, text[Marker.Length..]));
                return null;
            default:
                return node;
        }
    }

    private static JsonSerializerOptions Create(params JsonConverter[] converters)
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = ResultJsonContext.Default,
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        foreach (var converter in converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    private sealed class NonFiniteAsMarker : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteStringValue(Marker + value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private sealed class NonFiniteSingleAsMarker : JsonConverter<float>
    {
        public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetSingle();

        public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options)
        {
            if (float.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteStringValue(Marker + value.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
