using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class SeriesCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public SeriesCommandTests() => _cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Series_YearlyFatalities_MatchTheSourceTotals()
    {
        var json = _cli.Json("series", "--by", "year", "--measure", "fatalities");
        var periods = json.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).ToList();
        var best = json.GetProperty("groups")[0].GetProperty("best").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.Equal(7460, best[periods.IndexOf("2009")]);
        Assert.Equal(448, best[periods.IndexOf("2021")]);
        var low = json.GetProperty("groups")[0].GetProperty("low").EnumerateArray().Select(v => v.GetDouble()).ToList();
        var high = json.GetProperty("groups")[0].GetProperty("high").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.All(Enumerable.Range(0, best.Count), i => Assert.InRange(best[i], low[i], high[i]));
    }

    [Theory]
    [InlineData("actor", "png")]
    [InlineData("province", "svg")]
    [InlineData("dyad", "png")]
    public void Series_Grouped_WritesTheChart(string group, string extension)
    {
        var chart = _cli.File("chart." + extension);
        var (exit, output, error) = _cli.Run("series", "--by", "month", "--group", group, "--top", "4", "--from", "2007", "--to", "2015", "--chart", chart, "--periods");
        Assert.True(exit == 0, error);
        Assert.True(new FileInfo(chart).Length > 10_000);
        Assert.Contains("2009-01", output, StringComparison.Ordinal);
        Assert.Contains("other", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_Weekly_ForOneDistrict()
    {
        var json = _cli.Json("series", "--by", "week", "--district", "North Waziristan", "--from", "2014-06-01", "--to", "2014-07-31");
        Assert.Equal("2014-W22", json.GetProperty("periods")[0].GetString());
        Assert.Equal(10, json.GetProperty("periods").GetArrayLength());
    }
}
