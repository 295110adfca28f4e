namespace Crosscurrents.Claims.Tests;

public sealed class ClaimExplanationTests
{
    private static readonly string[] Jargon = ["branching", "rate ratio", "negative-binomial", "Poisson", "Hawkes", "robust", "Wald", "bootstrap", "CI"];

    private static ClaimVerdict V(Claim claim, Verdict verdict, double? estimate, double? lower = null, double? upper = null, string reason = "a technical reason", string source = "events") =>
        new(claim, verdict, "effect", estimate, lower, upper, reason, "0123456789abcdef", "coverage") { Source = source };

    private static Claim C(string test, string? expect = null, string? relation = null)
    {
        var direction = expect == "decrease" ? ChangeDirection.Decrease : ChangeDirection.Increase;
        return ClaimKinds.Parse(test) switch
        {
            ClaimKind.Peak => new PeakClaim { Id = "c", Text = "c", Stream = "ttp", ExpectYears = [2022, 2023] },
            ClaimKind.Change => new ChangeClaim { Id = "c", Text = "c", Stream = "ttp", Expect = direction },
            ClaimKind.AfterVsBefore => new AfterVsBeforeClaim { Id = "c", Text = "c", Stream = "ttp", Kinds = ["ceasefire_end"], Expect = direction },
            ClaimKind.Regroup => new RegroupClaim { Id = "c", Text = "c", Stream = "ttp", Expect = direction },
            ClaimKind.Excites => new ExcitesClaim { Id = "c", Text = "c", Source = "ttp", Target = "ttp" },
            ClaimKind.Deters => new DetersClaim { Id = "c", Text = "c", Source = "ttp", Target = "ttp" },
            ClaimKind.Share => new ShareClaim { Id = "c", Text = "c", Actor = "ttp", AtLeast = 0.5 },
            _ => new LinksClaim { Id = "c", Text = "c", Source = "ttp", Target = "bla", Relation = ClaimWords.ParseRelation(relation) ?? LinkRelation.Against },
        };
    }

    [Theory]
    [InlineData("peak", null, null, 2024.0, "the busiest year was 2024, while the claim names 2022 or 2023")]
    [InlineData("change", "increase", null, 2.59, "at 2.59 times the level of the earlier one (plausibly 2.19 to 3.07 times)")]
    [InlineData("regroup", "increase", null, 1.03, "1.03 times the level of the weeks before they began")]
    [InlineData("after-vs-before", "decrease", null, 0.4, "60% below the level of the weeks before (plausibly 56% to 64% below)")]
    [InlineData("excites", null, null, 0.46, "about 0.46 further events")]
    [InlineData("deters", null, null, 0.8, "20% below its usual level")]
    [InlineData("share", null, null, 0.74, "74% of the events")]
    [InlineData("links", null, "excites", 0.002, "one group's violence sets off the other's")]
    public void Sentence_SaysWhatTheDataShow_InPlainWords(string test, string? expect, string? relation, double estimate, string expected)
    {
        var lower = test == "change" ? 2.19 : estimate * 0.9;
        var upper = test == "change" ? 3.07 : estimate * 1.1;
        var sentence = ClaimExplanation.Sentence(V(C(test, expect, relation), Verdict.Supported, estimate, lower, upper));
        Assert.StartsWith("The data support this", sentence, StringComparison.Ordinal);
        Assert.Contains(expected, sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(Jargon, j => sentence.Contains(j, StringComparison.Ordinal));
    }

    [Fact]
    public void Sentence_NamesTheVerdict_AndTheSource_AndWhyAClaimCannotBeChecked()
    {
        Assert.StartsWith("The data go against this", ClaimExplanation.Sentence(V(C("peak"), Verdict.Contradicted, 2024, source: "PICSS militant_attacks (attacks), reported")), StringComparison.Ordinal);
        Assert.Contains("in the figures PICSS published", ClaimExplanation.Sentence(V(C("peak"), Verdict.Contradicted, 2024, source: "PICSS militant_attacks (attacks), reported")), StringComparison.Ordinal);
        Assert.StartsWith("The data cannot settle this", ClaimExplanation.Sentence(V(C("change", "increase"), Verdict.Inconclusive, 1.1, 0.8, 1.4)), StringComparison.Ordinal);
        var untestable = ClaimExplanation.Sentence(V(C("deters"), Verdict.NotTestable, null, reason: "not testable with events: no dataset covers Afghanistan; more detail"));
        Assert.Equal("This cannot be checked with the data at hand: no dataset covers Afghanistan.", untestable);
        var nested = ClaimExplanation.Sentence(V(C("deters"), Verdict.NotTestable, null, reason: "no day is covered (no dataset covers Afghanistan; events cover Pakistan)"));
        Assert.Equal("This cannot be checked with the data at hand: no day is covered (no dataset covers Afghanistan; events cover Pakistan).", nested);
    }
}
