using System.Globalization;
using Crosscurrents.Models.TimeSeries;

namespace Crosscurrents.Models.Tests.TimeSeries;

/// <summary>Against statsmodels on committed fixtures (tools/fixtures/granger_var.py).</summary>
public sealed class VectorAutoregressionTests
{
    [Theory]
    [InlineData("simulated", 1)]
    [InlineData("simulated", 2)]
    [InlineData("simulated", 3)]
    [InlineData("ged_monthly", 1)]
    [InlineData("ged_monthly", 2)]
    public void Fit_MatchesStatsmodelsVarCoefficients(string fixture, int lags)
    {
        var (columns, series) = Data(fixture);
        var coefficients = VectorAutoregression.Fit(series, lags);
        var rows = Rows($"{fixture}_var{lags}_params.csv");
        Assert.Equal(rows.Count, coefficients.GetLength(0));
        for (var r = 0; r < rows.Count; r++)
        {
            for (var e = 0; e < columns.Length; e++)
            {
                var expected = double.Parse(rows[r][columns[e]], CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(coefficients[r, e] - expected) <= 1e-8 * Math.Max(1, Math.Abs(expected)), $"{rows[r]["term"]}, equation {columns[e]}: statsmodels {expected}, ours {coefficients[r, e]}");
            }
        }
    }

    [Theory]
    [InlineData("simulated")]
    [InlineData("ged_monthly")]
    public void Granger_MatchesStatsmodelsSsrFTest(string fixture)
    {
        var (columns, series) = Data(fixture);
        foreach (var row in Rows($"{fixture}_granger.csv"))
        {
            var cause = series[Array.IndexOf(columns, row["cause"])];
            var effect = series[Array.IndexOf(columns, row["effect"])];
            var test = VectorAutoregression.Granger(cause, effect, int.Parse(row["lag"], CultureInfo.InvariantCulture));
            var f = double.Parse(row["f"], CultureInfo.InvariantCulture);
            var p = double.Parse(row["p"], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(test.F - f) <= 1e-8 * Math.Max(1, f), $"{row["cause"]}→{row["effect"]} lag {row["lag"]}: F {f} vs {test.F}");
            Assert.True(Math.Abs(test.PValue - p) <= 1e-6 * Math.Max(1e-12, p) + 1e-12, $"p {p} vs {test.PValue}");
            Assert.Equal(int.Parse(row["df_den"], CultureInfo.InvariantCulture), test.DfDenominator);
        }
    }

    private static (string[] Columns, List<double[]> Series) Data(string fixture)
    {
        var rows = Rows($"{fixture}_data.csv");
        var columns = rows[0].Keys.ToArray();
        return (columns, columns.Select(c => rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture)).ToArray()).ToList());
    }

    private static List<Dictionary<string, string>> Rows(string file) => Internal.FixtureCsv.Rows("TimeSeries", file);
}
