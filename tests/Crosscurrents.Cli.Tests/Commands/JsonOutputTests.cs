using Crosscurrents.Analysis;
using System.Text.Json;
using Crosscurrents.Cli.Commands;

namespace Crosscurrents.Cli.Tests.Commands;

/// <summary>JSON has no NaN or Infinity (issue 11: dynamics fit --json and claims check --json crashed on them).</summary>
public sealed class JsonOutputTests
{
    [Fact]
    public void Serialize_NonFiniteNumbers_AreNullWithAReasonInTheNearestObject()
    {
        var json = JsonDocument.Parse(ResultJson.Serialize(new
        {
            stream = "ttp",
            rateRatio = 1.5,
            ci95 = new[] { 0.2, double.PositiveInfinity },
            nested = new { share = double.NaN, low = (float)float.NegativeInfinity },
        })).RootElement;
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
        var json = JsonDocument.Parse(ResultJson.Serialize(new[] { new { id = "a", effect = double.PositiveInfinity }, new { id = "b", effect = 2.0 } })).RootElement;
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.Equal(JsonValueKind.Null, json[0].GetProperty("effect").ValueKind);
        Assert.Equal("$[0].effect", json[0].GetProperty("nonFinite")[0].GetProperty("path").GetString());
        Assert.False(json[1].TryGetProperty("nonFinite", out _));
    }

    [Fact]
    public void Serialize_FiniteOutput_IsUnchanged()
    {
        var value = new { a = 1.25, b = new[] { 1, 2 }, c = "x" };
        Assert.Equal(JsonSerializer.Serialize(value, ResultJson.Options), ResultJson.Serialize(value));
    }
}
