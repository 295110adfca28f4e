namespace Crosscurrents.Claims.Tests;

/// <summary>The dispatcher: what it decides before a claim reaches its test.</summary>
public sealed class ClaimCheckerTests
{
    private static readonly DateOnly Start = new(2016, 1, 1);
    private static readonly DateOnly End = new(2021, 12, 31);

    [Theory]
    [InlineData("deters", 0)]
    [InlineData("deters", -5)]
    [InlineData("after-vs-before", 0)]
    [InlineData("after-vs-before", 10_000)]
    public async Task Check_WindowOutOfRange_IsNotTestable_InsteadOfHanging(string test, int window)
    {
        using var world = new SyntheticWorld();
        world.Add("ttp", Start, End, _ => 1.0, seed: 3);
        Claim claim = test == "deters"
            ? new DetersClaim { Id = "w", Text = "w", Source = "ttp", Target = "ttp", Window = window }
            : new AfterVsBeforeClaim { Id = "w", Text = "w", Stream = "ttp", Kinds = ["ceasefire_end"], Expect = ChangeDirection.Decrease, Window = window };
        var verdicts = await Task.Run(() => world.Check(claim), TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(Verdict.NotTestable, verdicts[0].Verdict);
        Assert.Contains("expected 1 to 365", verdicts[0].Reason, StringComparison.Ordinal);
    }
}
