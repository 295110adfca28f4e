using System.Globalization;
using Crosscurrents.Models.Forecasting.Scores;
using Crosscurrents.Models.Tests.Internal;

namespace Crosscurrents.Models.Tests.Forecasting.Scores;

/// <summary>
/// Against the independent NumPy/SciPy reference (tools/fixtures/forecast_scores.py: CRPS by integrating over the
/// empirical CDF), to 10 significant digits, and on cases whose answer is known by hand.
/// </summary>
public sealed class ForecastScoresTests
{
    private static readonly Dictionary<string, double[]> Samples = FixtureCsv.Rows("Forecasting", "score_samples.csv")
        .GroupBy(r => r["case"]).ToDictionary(g => g.Key, g => g.Select(r => Parse(r["value"])).ToArray());

    public static TheoryData<string> Cases() => [.. FixtureCsv.Rows("Forecasting", "scores.csv").Select(r => r["case"])];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Scores_MatchNumPyReference_To10SignificantDigits(string name)
    {
        var row = FixtureCsv.Rows("Forecasting", "scores.csv").Single(r => r["case"] == name);
        var samples = Samples[name];
        var y = Parse(row["observed"]);
        AssertClose(Parse(row["crps"]), ForecastScores.Crps(samples, y), "CRPS");
        AssertClose(Parse(row["ignorance"]), ForecastScores.Ignorance(samples, y), "ignorance");
        AssertClose(Parse(row["mis90"]), ForecastScores.IntervalScore(samples, y, 0.1), "MIS");
        var (l, u) = ForecastScores.Interval(samples, 0.9);
        AssertClose(Parse(row["lower90"]), l, "5% quantile");
        AssertClose(Parse(row["upper90"]), u, "95% quantile");
        Assert.Equal(row["covered50"] == "1", ForecastScores.Covers(samples, y, 0.5));
        Assert.Equal(row["covered90"] == "1", ForecastScores.Covers(samples, y, 0.9));
        AssertClose(Parse(row["brier"]), ForecastScores.Brier(samples, y), "Brier");
    }

    [Fact]
    public void Scores_OfPointMassAtZero_AreKnown()
    {
        var zeros = new double[100];
        Assert.Equal(3.0, ForecastScores.Crps(zeros, 3));
        Assert.Equal(0.0, ForecastScores.Crps(zeros, 0));
        Assert.Equal(60.0, ForecastScores.IntervalScore(zeros, 3, 0.1));
        Assert.Equal(-Math.Log2(1.0 / 111), ForecastScores.Ignorance(zeros, 3), 12);
        Assert.Equal(-Math.Log2(101.0 / 111), ForecastScores.Ignorance(zeros, 0), 12);
        Assert.Equal(1.0, ForecastScores.Brier(zeros, 3));
    }

    [Fact]
    public void Crps_OfTwoPointDistribution_IsKnown()
    {
        // X = 0 or 2 with probability ½: E|X − 1| = 1, E|X − X'| = 1, so CRPS = 1 − ½ = 0.5.
        Assert.Equal(0.5, ForecastScores.Crps([0, 2], 1), 12);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0.49, 0)]
    [InlineData(0.5, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(1000, 9)]
    [InlineData(1001, 10)]
    public void Bin_FollowsViewsEdges(double value, int bin) => Assert.Equal(bin, ForecastScores.Bin(value));

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-10 * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
}
