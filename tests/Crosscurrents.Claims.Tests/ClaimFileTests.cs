using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Claims.Tests;

public sealed class ClaimFileTests
{
    private static IReadOnlyList<Claim> Load(string yaml)
    {
        using var dir = new TempDirectory();
        var path = dir.File("claims.yaml");
        File.WriteAllText(path, yaml);
        return ClaimFile.Load(path, SyntheticWorld.Streams, RepositoryData.Actors, RepositoryData.Places);
    }

    [Fact]
    public void Load_TheShippedOpEdClaims_CoverEveryClaimTheIssueNames()
    {
        var claims = ClaimFile.Load(Path.Combine(RepositoryData.RepositoryRoot, "claims", "op-ed-2024.yaml"), SyntheticWorld.Streams, RepositoryData.Actors, RepositoryData.Places);
        foreach (var id in new[] { "peak-2022-2023", "resurgence-after-takeover", "negotiations-used-to-regroup", "retaliation-deters", "links-iskp", "links-bla", "sanctuaries-in-afghanistan" })
        {
            Assert.Contains(claims, c => c.Id == id);
        }

        Assert.Equal(ClaimFile.Tests.Order(), claims.Select(c => c.Test).Distinct().Order());
        var peak = Assert.IsType<PeakClaim>(claims.Single(c => c.Id == "peak-2022-2023"));
        Assert.Equal([2022, 2023], peak.ExpectYears);
        Assert.Equal(new DateOnly(2024, 3, 1), peak.AsOf);
        Assert.Equal("PICSS/militant_attacks/attacks", peak.Reported);
        Assert.Equal("TTP attacks peaked in 2022–2023", peak.Summary);
        Assert.All(claims, c => Assert.False(string.IsNullOrWhiteSpace(c.Summary), $"{c.Id} has no summary for the brief"));
        var deters = Assert.IsType<DetersClaim>(claims.Single(c => c.Id == "retaliation-deters"));
        Assert.Equal(("pak-strikes-afg", "ttp", 30), (deters.Source, deters.Target, deters.Window));
        Assert.Equal(LinkRelation.Excites, Assert.IsType<LinksClaim>(claims.Single(c => c.Id == "links-iskp")).Relation);
        Assert.Equal(ChangeDirection.Decrease, Assert.IsType<ChangeClaim>(claims.Single(c => c.Id == "operations-cleared-ttp")).Expect);
    }

    [Fact]
    public void Load_AFieldTheTestDoesNotUse_IsAcceptedAndIgnored()
    {
        var claim = Load("claims:\n  - id: a\n    text: t\n    test: excites\n    source: ttp\n    target: ttp\n    window: 9\n    expect: increase\n").Single();
        Assert.Equal(new ExcitesClaim { Id = "a", Text = "t", Source = "ttp", Target = "ttp" }, claim);
    }

    [Fact]
    public void Load_ASummary_IsKeptAsWritten_AndIsOptional()
    {
        var claims = Load("claims:\n  - id: a\n    text: t\n    summary: \"the group grew\"\n    test: excites\n    source: ttp\n    target: ttp\n  - id: b\n    text: t\n    test: excites\n    source: ttp\n    target: ttp\n");
        Assert.Equal(["the group grew", null], claims.Select(c => c.Summary));
        Assert.Throws<InvalidDataException>(() => Load("claims:\n  - id: a\n    text: t\n    summary: [a, b]\n    test: excites\n    source: ttp\n    target: ttp\n"));
    }

    [Theory]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: peek\n", "claim 'a', field 'test': 'peek' is not a test")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: peak\n    stream: tpp\n", "field 'stream': unknown stream 'tpp'; did you mean ttp")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: share\n    actor: Tehrik Taliban\n    at_least: 0.5\n", "field 'actor': unknown actor 'Tehrik Taliban'; did you mean")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: share\n    actor: ttp\n    provinces: [Khyber Pakhtunkwa]\n    at_least: 0.5\n", "unknown province 'Khyber Pakhtunkwa'; did you mean Khyber Pakhtunkhwa")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: peak\n    stream: ttp\n", "field 'from': the peak test needs from and to")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: peak\n    colour: red\n", "field 'colour': unknown field")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: change\n    stream: ttp\n    from: 20x0\n", "field 'from': '20x0' is not a year")]
    [InlineData("nothing: here\n", "expected a top-level 'claims:' list")]
    public void Load_BadClaim_NamesTheClaimAndTheField(string yaml, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load(yaml));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    private const string Deters = "claims:\n  - id: a\n    text: t\n    test: deters\n    source: ttp\n    target: ttp\n";

    [Theory]
    [InlineData(Deters + "    window: 0\n", "field 'window': '0': expected a whole number from 1 to 365")]
    [InlineData(Deters + "    window: -3\n", "field 'window': '-3': expected a whole number from 1 to 365")]
    [InlineData(Deters + "    window: 2.5\n", "field 'window'")]
    [InlineData(Deters + "    window: 1e12\n", "field 'window'")]
    [InlineData(Deters + "    window: .nan\n", "field 'window'")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: change\n    stream: ttp\n    from: 0000\n", "field 'from': '0000' is not a year")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: change\n    stream: ttp\n    from: 1850\n", "field 'from': '1850' is outside 1946 to 2100")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: peak\n    stream: [ttp, [bla]]\n", "field 'stream': expected a single value, found a list")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: after-vs-before\n    stream: ttp\n    expect: increase\n    kinds: [ceasefire_end, [a, b]]\n", "field 'kinds': expected a list of single values")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: peak\n    ? [x, y]\n    : 1\n", "a field name must be a plain word, not a list")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: share\n    actor: ttp\n    at_least: 7\n", "field 'at_least': expected a share from 0 to 1")]
    [InlineData("claims:\n  - id: a\n    text: t\n    test: peak\n    stream: ttp\n    from: 2007\n    to: 2010\n    expect_years: [0]\n", "field 'expect_years': '0' is not a year")]
    public void Load_HostileValue_IsRejectedWithFieldAndExpectation(string yaml, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load(yaml));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasBomb_IsRefusedBeforeItIsBuilt()
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        yaml.Append("claims: *a9\n");
        var ex = Assert.Throws<InvalidDataException>(() => Load(yaml.ToString()));
        Assert.Contains("aliases", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VeryDeepNesting_IsRefusedWithItsLine()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Load("claims: " + new string('[', 100_000) + new string(']', 100_000) + "\n"));
        Assert.Contains("levels deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SelfReferencingAlias_IsAnErrorNotARecursion()
    {
        Assert.Throws<InvalidDataException>(() => Load("claims: &a\n  - id: *a\n    text: t\n    test: peak\n"));
    }
}
