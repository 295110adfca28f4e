using System.Text;

namespace Crosscurrents.Cli.Tests;

/// <summary>The last-resort handler and the checks at the door (issue 11): no stack trace ever reaches the user.</summary>
public sealed class CliAppTests
{
    private const string Header = "event_id,date_start,country,province,side_a,side_b,fatalities_best,latitude,longitude\n";

    [Fact]
    public void LastResort_IsOneLineWithTheCommandTheTypeAndAHint()
    {
        var line = Crosscurrents.Reports.Console.ErrorLine.LastResort(new InvalidOperationException("boom\n   at Somewhere()"), ["series", "--by", "year"]);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("error: 'series' failed", line, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: boom", line, StringComparison.Ordinal);
        Assert.Contains("hint:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void LastResort_InsufficientStack_HintsAtTheInputSize()
    {
        var line = Crosscurrents.Reports.Console.ErrorLine.LastResort(new InsufficientExecutionStackException(), ["claims"]);
        Assert.Contains("too large", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_ParquetToAMissingFolder_IsOneLineWithAPathHint()
    {
        using var cli = new CliRunner();
        var path = cli.File("one.csv");
        File.WriteAllText(path, Header + "1,2023-01-30,Pakistan,KP,TTP,police,84,34.0,71.5\n");
        cli.Json("import", path);
        var (exit, _, error) = cli.Run("events", "--format", "parquet", "--out", cli.File("missing/x.parquet"));
        Assert.NotEqual(0, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("check the path", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EventDated9999_IsRejected_AndSeriesStillRuns()
    {
        using var cli = new CliRunner();
        var path = cli.File("future.csv");
        File.WriteAllText(path, Header + "1,2023-01-30,Pakistan,KP,TTP,police,84,34.0,71.5\n" + "2,9999-12-31,Pakistan,KP,TTP,police,4,34.0,71.5\n");
        var summary = cli.Json("import", path);
        Assert.Equal(1, summary.GetProperty("imported").GetInt32());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt32());
        Assert.Contains("outside the plausible dates", summary.GetProperty("rejections")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var (exit, _, error) = cli.Run("series", "--by", "year");
        Assert.True(exit == 0, error);
    }

    [Fact]
    public void Import_MaxDateWidened_AcceptsALaterDate()
    {
        using var cli = new CliRunner();
        var path = cli.File("later.csv");
        File.WriteAllText(path, Header + "1,2090-01-30,Pakistan,KP,TTP,police,84,34.0,71.5\n");
        Assert.Equal(1, cli.Json("import", path, "--max-date", "2100").GetProperty("imported").GetInt32());
    }

    [Fact]
    public void Import_MaxDate9999_IsRefused_SoNoSeriesCanBreak()
    {
        using var cli = new CliRunner();
        var path = cli.File("far.csv");
        File.WriteAllText(path, Header + "1,9999-12-31,Pakistan,KP,TTP,police,84,34.0,71.5\n");
        var (exit, _, error) = cli.Run("import", path, "--max-date", "9999-12-31");
        Assert.Equal(1, exit);
        Assert.Contains("wider than the widest range allowed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Latin1File_IsDetected_AndTheAccentKept()
    {
        using var cli = new CliRunner();
        var path = cli.File("latin.csv");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(Header + "1,2023-01-30,Pakistan,KP,TTP,caf\u00e9 guards,84,34.0,71.5\n"));
        var summary = cli.Json("import", path);
        Assert.Equal("windows-1252", summary.GetProperty("encoding").GetString());
        Assert.Equal(1, summary.GetProperty("imported").GetInt32());
        var (_, events, _) = cli.Run("events", "--format", "csv");
        Assert.Contains("caf\u00e9 guards", events, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownEncoding_IsAUsageError()
    {
        using var cli = new CliRunner();
        var path = cli.File("a.csv");
        File.WriteAllText(path, Header);
        var (exit, _, error) = cli.Run("import", path, "--encoding", "ebcdic");
        Assert.Equal(1, exit);
        Assert.Contains("--encoding", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NulInId_IsRejected_AndDoesNotReplaceAnotherEvent()
    {
        using var cli = new CliRunner();
        var path = cli.File("nul.csv");
        File.WriteAllText(path, Header + "113774,2023-01-30,Pakistan,KP,TTP,police,84,34.0,71.5\n");
        cli.Json("import", path);
        File.WriteAllText(path, Header + "113774\0x,2023-02-28,Pakistan,KP,TTP,army,1,34.0,71.5\n");
        var second = cli.Json("import", path);
        Assert.Equal(0, second.GetProperty("updated").GetInt32());
        Assert.Equal(1, second.GetProperty("rejected").GetInt32());
        Assert.Equal("event_id", second.GetProperty("rejections")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Import_DuplicateHeaderName_IsAOneLineError(bool forceFormat)
    {
        using var cli = new CliRunner();
        var path = cli.File("dup.csv");
        File.WriteAllText(path, Header.Replace("side_b", "side_a", StringComparison.Ordinal) + "1,2023-01-30,Pakistan,KP,TTP,police,84,34.0,71.5\n");
        var (exit, _, error) = forceFormat ? cli.Run("import", path, "--format", "crosscurrents") : cli.Run("import", path);
        Assert.Equal(1, exit);
        Assert.Contains("side_a", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FourMegabyteHeader_IsAShortError()
    {
        using var cli = new CliRunner();
        var path = cli.File("wide.csv");
        File.WriteAllText(path, Header.TrimEnd('\n') + "," + new string('h', 4 << 20) + "\n1,2023-01-30,Pakistan,KP,TTP,police,84,34.0,71.5,x\n");
        var (exit, _, error) = cli.Run("import", path);
        Assert.Equal(1, exit);
        Assert.True(error.Length < 4000, $"error is {error.Length} characters");
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
