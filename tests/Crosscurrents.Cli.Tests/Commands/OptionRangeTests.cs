namespace Crosscurrents.Cli.Tests.Commands;

/// <summary>Options out of range (issue 11) are usage errors before any work: no crash, hang or out-of-memory.</summary>
public sealed class OptionRangeTests
{
    [Theory]
    [InlineData("--lags 0: expected a whole number from 1 to 24", "granger", "--lags", "0")]
    [InlineData("--lags 500: expected a whole number from 1 to 24", "granger", "--lags", "500")]
    [InlineData("'ttp' is given 2 times", "granger", "--streams", "ttp,ttp")]
    [InlineData("--window 10000: expected a whole number from 1 to 104", "study", "--window", "10000")]
    [InlineData("--window 0: expected a whole number from 1 to 104", "study", "--window", "0")]
    [InlineData("--placebos -1", "study", "--placebos", "-1")]
    [InlineData("--min-segment 0: expected a whole number from 1 to 520", "changepoints", "--min-segment", "0")]
    [InlineData("--bootstraps -5", "changepoints", "--bootstraps", "-5")]
    [InlineData("--penalty NaN", "changepoints", "--penalty", "NaN")]
    [InlineData("--stream 'ttp,bla': give exactly one stream", "changepoints", "--stream", "ttp,bla")]
    [InlineData("--trend-knots 1000: expected a whole number from -1 to 40", "dynamics", "fit", "--trend-knots", "1000")]
    [InlineData("--after-ceasefire -1", "dynamics", "fit", "--after-ceasefire", "-1")]
    [InlineData("'ttp' is given 2 times", "dynamics", "fit", "--streams", "ttp,baloch,ttp")]
    [InlineData("DAYS from 1 to 365", "dynamics", "fit", "--window-after", "ttp:100000")]
    [InlineData("--top 0: expected a whole number from 1 to 100", "series", "--top", "0")]
    [InlineData("--limit -1", "events", "--limit", "-1")]
    [InlineData("--min-fatalities -5", "events", "--min-fatalities", "-5")]
    public void OutOfRange_IsAUsageErrorNamingTheOptionAndTheRange(string message, params string[] args)
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run(args);
        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsTheRange()
    {
        using var cli = new CliRunner();
        var (_, output, _) = cli.Run("granger", "--help");
        Assert.Contains("1 to 24", output, StringComparison.Ordinal);
    }
}
