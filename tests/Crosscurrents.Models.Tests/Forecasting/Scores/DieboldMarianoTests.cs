using System.Globalization;
using Crosscurrents.Models.Forecasting.Scores;
using Crosscurrents.Models.Tests.Internal;

namespace Crosscurrents.Models.Tests.Forecasting.Scores;

/// <summary>Against the SciPy reference (tools/fixtures/forecast_scores.py) to 8 significant digits.</summary>
public sealed class DieboldMarianoTests
{
    public static TheoryData<string> Cases() => [.. FixtureCsv.Rows("Forecasting", "diebold_mariano.csv").Select(r => r["case"])];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Test_MatchesSciPyReference_To8SignificantDigits(string name)
    {
        var row = FixtureCsv.Rows("Forecasting", "diebold_mariano.csv").Single(r => r["case"] == name);
        var d = row["differences"].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var test = DieboldMariano.Test(d, int.Parse(row["horizon"], CultureInfo.InvariantCulture));
        AssertClose(double.Parse(row["mean"], CultureInfo.InvariantCulture), test.MeanDifference);
        AssertClose(double.Parse(row["statistic"], CultureInfo.InvariantCulture), test.Statistic);
        AssertClose(double.Parse(row["p_value"], CultureInfo.InvariantCulture), test.PValue);
        Assert.Equal(d.Length, test.Origins);
    }

    [Fact]
    public void Test_OfIdenticalForecasts_HasPValueOne()
    {
        var test = DieboldMariano.Test(new double[30], 1);
        Assert.Equal(0, test.MeanDifference);
        Assert.Equal(1, test.PValue);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-8 * Math.Max(1e-3, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
