using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Cli.Tests.Commands;

public sealed class StudyCommandTests
{
    [Fact]
    public void Study_OperationStarts_ReportsARateRatioWithIntervalPlaceboAndProvenance()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var chart = cli.File("study.png");
        var json = cli.Json("study", "--stream", "ttp", "--kind", "military_operation", "--placebos", "100", "--chart", chart);
        var ratio = json.GetProperty("rateRatio").GetDouble();
        var ci = json.GetProperty("ci95").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.InRange(ratio, ci[0], ci[1]);
        Assert.InRange(json.GetProperty("placeboPValue").GetDouble(), 0.0, 1.0);
        Assert.Equal(100, json.GetProperty("placeboDraws").GetInt32());
        Assert.Equal(9, json.GetProperty("profile").GetArrayLength());
        Assert.True(json.GetProperty("interventions").GetArrayLength() >= 10);
        Assert.Matches("^[0-9a-f]{16}$", json.GetProperty("snapshot").GetString());
        Assert.Equal(1, json.GetProperty("seed").GetInt32());
        Assert.True(new FileInfo(chart).Length > 10_000);

        // Same seed, same answer.
        var again = cli.Json("study", "--stream", "ttp", "--kind", "military_operation", "--placebos", "100");
        Assert.Equal(json.GetProperty("placeboPValue").GetDouble(), again.GetProperty("placeboPValue").GetDouble());
    }

    [Fact]
    public void Study_UnknownStream_ListsTheStreams()
    {
        using var cli = new CliRunner();
        cli.Json("import", RepositoryData.ShippedGedFile, "--source-version", "22.1");
        var (exit, _, error) = cli.Run("study", "--stream", "nope");
        Assert.Equal(1, exit);
        Assert.Contains("unknown stream 'nope'", error, StringComparison.Ordinal);
        Assert.Contains("ttp", error, StringComparison.Ordinal);
    }
}
