using System.Text;
using Crosscurrents.Analysis;
using Crosscurrents.Analysis.Series;
using Crosscurrents.Core.Events;
using Crosscurrents.Series.Counts;
using Crosscurrents.Web.Internal;

namespace Crosscurrents.Web.Tests;

/// <summary>The API's JSON is byte for byte what <see cref="ResultJson"/> writes, whether the direct path or the
/// non-finite rewrite produces it.</summary>
public sealed class ResponseJsonTests
{
    [Theory]
    [InlineData(12.0, "Balochistan")]
    [InlineData(double.NaN, "Balochistan")]
    [InlineData(double.PositiveInfinity, "Balochistan")]
    [InlineData(3.5, "a\u0001b")]
    public void Serialize_IsResultJson_AsUtf8(double total, string name)
    {
        var result = new SeriesResult("abc", 3, TimeResolution.Month, Measure.Events, Grouping.Province, ["2020-01", "2020-02"], [true, false], "note",
            [new SeriesGroupValues(name, total, [1.0, null], [0.5, null], [double.NegativeInfinity, null])]);
        Assert.Equal(ResultJson.Serialize(result), Encoding.UTF8.GetString(ResponseJson.Serialize(result)));
    }

    [Fact]
    public void Serialize_OfAFiniteResult_HasNoNonFiniteNote()
    {
        var result = new SeriesResult("abc", 3, TimeResolution.Week, Measure.Fatalities, Grouping.None, ["2020-01-06"], [true], "note",
            [new SeriesGroupValues("all", 2, [2.0], [1.0], [3.0])]);
        var text = Encoding.UTF8.GetString(ResponseJson.Serialize(result));
        Assert.Equal(ResultJson.Serialize(result), text);
        Assert.DoesNotContain("nonFinite", text, StringComparison.Ordinal);
    }
}
