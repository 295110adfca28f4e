namespace Crosscurrents.Claims.Tests;

public sealed class ClaimKindsTests
{
    [Fact]
    public void EveryKind_HasOneName_AndOneTest()
    {
        Assert.Equal(Enum.GetValues<ClaimKind>(), ClaimKinds.All);
        foreach (var kind in ClaimKinds.All)
        {
            Assert.Equal(kind, ClaimKinds.Parse(kind.Name()));
            Assert.Single(ClaimChecker.Tests, t => t.Kind == kind);
        }

        Assert.Equal(["peak", "change", "after-vs-before", "regroup", "excites", "deters", "share", "links"], ClaimKinds.Names);
        Assert.Null(ClaimKinds.Parse("peek"));
    }

    [Fact]
    public void Verdicts_AreWrittenAsBefore()
    {
        Assert.Equal(["supported", "contradicted", "inconclusive", "not testable"], Enum.GetValues<Verdict>().Select(v => v.Text()));
    }

    [Fact]
    public void ATest_RefusesAClaimOfAnotherKind()
    {
        var excites = ClaimChecker.Tests.Single(t => t.Kind == ClaimKind.Excites);
        var inputs = new ClaimInputs(null!, default, default, "", null);
        Assert.Throws<ArgumentException>(() => excites.Check(new ShareClaim { Id = "s", Text = "s", Actor = "ttp", AtLeast = 0.5 }, inputs));
    }
}
