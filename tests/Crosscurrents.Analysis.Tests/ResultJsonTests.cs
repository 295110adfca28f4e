using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crosscurrents.Analysis;

namespace Crosscurrents.Analysis.Tests;

/// <summary>JSON has no NaN or Infinity (issue 11: dynamics fit --json and claims check --json crashed on them), and
/// every result is written from source-generated metadata with one naming style (issue 10).</summary>
public sealed class ResultJsonTests
{
    private static readonly JsonSerializerOptions TestOptions = new(ResultJson.Options) { TypeInfoResolver = TestJsonContext.Default };

    [Fact]
    public void Serialize_NonFiniteNumbers_AreNullWithAReasonInTheNearestObject()
    {
        var json = JsonDocument.Parse(ResultJson.Serialize(new Payload("ttp", 1.5, [0.2, double.PositiveInfinity], new Nested(double.NaN, float.NegativeInfinity)), TestOptions)).RootElement;
        Assert.Equal(1.5, json.GetProperty("rateRatio").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("ci95")[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("nested").GetProperty("share").ValueKind);
        var top = Assert.Single(json.GetProperty("nonFinite").EnumerateArray());
        Assert.Equal("$.ci95[1]", top.GetProperty("path").GetString());
        Assert.Equal("Infinity", top.GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(top.GetProperty("reason").GetString()));
        var nested = json.GetProperty("nested").GetProperty("nonFinite").EnumerateArray().ToList();
        Assert.Equal(["NaN", "-Infinity"], nested.Select(n => n.GetProperty("value").GetString()));
    }

    [Fact]
    public void Serialize_ArrayOfVerdicts_KeepsItsShape()
    {
        var json = JsonDocument.Parse(ResultJson.Serialize(new[] { new Verdict("a", double.PositiveInfinity), new Verdict("b", 2.0) }, TestOptions)).RootElement;
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(JsonValueKind.Null, json[0].GetProperty("effect").ValueKind);
        Assert.Equal("$[0].effect", json[0].GetProperty("nonFinite")[0].GetProperty("path").GetString());
        Assert.False(json[1].TryGetProperty("nonFinite", out _));
    }

    [Fact]
    public void Serialize_FiniteOutput_IsUnchanged()
    {
        var value = new Verdict("x", 1.25);
        Assert.Equal(JsonSerializer.Serialize(value, TestOptions), ResultJson.Serialize(value, TestOptions));
    }

    [Fact]
    public void Serialize_ATypeNotInTheContext_IsRefused()
    {
        // No anonymous or unregistered payload can reach the output: the context is the only resolver.
        Assert.Throws<NotSupportedException>(() => ResultJson.Serialize(new { a = 1 }));
    }

    [Fact]
    public void EveryResultRecord_IsInTheSourceGeneratedContext()
    {
        var results = typeof(ResultJson).Assembly.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Result", StringComparison.Ordinal) && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null && !t.IsAbstract)
            .ToList();
        Assert.NotEmpty(results);
        var missing = results.Where(t => ResultJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "not in ResultJsonContext: " + string.Join(", ", missing));
    }

    [Fact]
    public void Names_AreCamelCase()
    {
        var json = ResultJson.Serialize(new Datasets.LinkRow("a:1", "b:2", 3, "same day"));
        Assert.Contains("\"report\"", json, StringComparison.Ordinal);
        Assert.Contains("\"incident\"", json, StringComparison.Ordinal);
        var series = ResultJson.Serialize(new Reported.ReportedYearRow(2024, null, [1, 2], 905));
        Assert.Contains("\"sumOfMonths\": null", series, StringComparison.Ordinal);
        Assert.Contains("\"missingMonths\"", series, StringComparison.Ordinal);
    }
}

public sealed record Payload(string Stream, double RateRatio, double[] Ci95, Nested Nested);

public sealed record Nested(double Share, float Low);

public sealed record Verdict(string Id, double Effect);

[JsonSerializable(typeof(Payload))]
[JsonSerializable(typeof(Verdict))]
[JsonSerializable(typeof(Verdict[]))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
