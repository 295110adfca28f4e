using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

/// <summary>changepoints and granger on the shipped data.</summary>
public sealed class AnalysisCommandsTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public AnalysisCommandsTests() => _cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Changepoints_OnTheTtpStream_FindTheRiseTheDeclineAndTheResurgence()
    {
        var chart = _cli.File("cp.png");
        var json = _cli.Json("changepoints", "--stream", "ttp", "--by", "month", "--bootstraps", "50", "--chart", chart);
        var segments = json.GetProperty("segments").EnumerateArray()
            .Select(s => (From: s.GetProperty("from").GetString()!, Mean: s.GetProperty("mean").GetDouble())).ToList();
        Assert.True(segments.Count >= 3);
        var peak = segments.MaxBy(s => s.Mean);
        Assert.InRange(int.Parse(peak.From[..4], System.Globalization.CultureInfo.InvariantCulture), 2008, 2010);
        Assert.True(segments[^1].Mean > segments[^2].Mean, "the last segment (resurgence) is above the one before it");
        Assert.All(json.GetProperty("changes").EnumerateArray(), c => Assert.InRange(c.GetProperty("support").GetDouble(), 0, 1));
        Assert.True(new FileInfo(chart).Length > 10_000);
    }

    [Fact]
    public void Granger_ReportsEveryOrderedPair_AndTheVar()
    {
        var chart = _cli.File("granger.svg");
        var json = _cli.Json("granger", "--streams", "ttp,baloch,isk", "--lags", "2", "--chart", chart);
        Assert.Contains("<svg", File.ReadAllText(chart), StringComparison.Ordinal);
        Assert.Equal(6, json.GetProperty("granger").GetArrayLength());
        Assert.All(json.GetProperty("granger").EnumerateArray(), t => Assert.InRange(t.GetProperty("p").GetDouble(), 0, 1));
        Assert.Equal(3, json.GetProperty("var").GetArrayLength());
        Assert.Equal(7, json.GetProperty("var")[0].GetProperty("coefficients").GetArrayLength());
        var (exit, _, error) = _cli.Run("granger", "--streams", "ttp");
        Assert.Equal(1, exit);
        Assert.Contains("at least two streams", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Granger_LagsTooManyForThePeriods_IsAOneLineError()
    {
        var (exit, _, error) = _cli.Run("granger", "--lags", "24", "--from", "2020");
        Assert.Equal(1, exit);
        Assert.Contains("too few", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
