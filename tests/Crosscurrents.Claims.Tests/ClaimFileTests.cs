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
}
