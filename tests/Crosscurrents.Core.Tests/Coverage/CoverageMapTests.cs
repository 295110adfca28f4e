using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Core.Tests.Coverage;

public sealed class CoverageMapTests
{
    private static DatasetCoverage C(string dataset, Completeness level, string from, string to, string[] countries, string[]? provinces = null, ViolenceType[]? kinds = null) =>
        new(dataset, level, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            countries, provinces, kinds, "stated", "test");

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Covers_AdjacentReleasesJoin_AndAGapIsNotCovered()
    {
        var map = new CoverageMap([C("ged", Completeness.Complete, "1989-01-01", "2021-12-31", ["Pakistan"]), C("ged", Completeness.Complete, "2022-01-01", "2022-12-31", ["Pakistan"]),
            C("acled", Completeness.Complete, "2024-01-01", "2024-06-30", ["Pakistan"])]);
        var pakistan = new CoverageScope("Pakistan");
        Assert.True(map.Covers(pakistan, D("2021-06-01"), D("2022-06-30")));
        Assert.False(map.Covers(pakistan, D("2022-06-01"), D("2024-01-31")));
        Assert.Equal([(D("1989-01-01"), D("2022-12-31")), (D("2024-01-01"), D("2024-06-30"))], map.CoveredRuns(pakistan, DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public void Covers_ASampleNeverCovers()
    {
        var map = new CoverageMap([C("news", Completeness.Sample, "2022-01-01", "2025-12-31", ["Pakistan"])]);
        Assert.False(map.Covers(new CoverageScope("Pakistan"), D("2023-01-01"), D("2023-01-31")));
        Assert.Empty(map.StudyCountries);
        Assert.Contains("no complete source covers", map.Describe(new CoverageScope("Pakistan")), StringComparison.Ordinal);
    }

    [Fact]
    public void Covers_APartialDatasetCoversItsProvinceOnly()
    {
        var map = new CoverageMap([C("kp", Completeness.Partial, "2023-01-01", "2023-12-31", ["Pakistan"], ["Khyber Pakhtunkhwa"])]);
        Assert.True(map.Covers(new CoverageScope("Pakistan", "Khyber Pakhtunkhwa"), D("2023-03-01"), D("2023-03-31")));
        Assert.False(map.Covers(new CoverageScope("Pakistan", "Balochistan"), D("2023-03-01"), D("2023-03-31")));
        Assert.False(map.Covers(new CoverageScope("Pakistan"), D("2023-03-01"), D("2023-03-31")));
    }

    [Fact]
    public void Covers_WithoutACountry_NeedsEveryCoveredCountry()
    {
        var map = new CoverageMap([C("ged", Completeness.Complete, "1989-01-01", "2021-12-31", ["Pakistan"]), C("afg", Completeness.Complete, "2022-01-01", "2024-12-31", ["Afghanistan"])]);
        Assert.False(map.Covers(CoverageScope.Everywhere, D("1990-01-01"), D("1990-12-31")));
        Assert.False(map.Covers(CoverageScope.Everywhere, D("2023-01-01"), D("2023-12-31")));
        Assert.True(map.Covers(new CoverageScope("Afghanistan"), D("2023-01-01"), D("2023-12-31")));
        Assert.Empty(map.CoveredRuns(CoverageScope.Everywhere, DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public void Covers_AKindOnlyDatasetCoversThatKind()
    {
        var map = new CoverageMap([C("os", Completeness.Partial, "2010-01-01", "2010-12-31", ["Pakistan"], kinds: [ViolenceType.OneSided])]);
        Assert.True(map.Covers(new CoverageScope("Pakistan", Kind: ViolenceType.OneSided), D("2010-02-01"), D("2010-02-28")));
        Assert.False(map.Covers(new CoverageScope("Pakistan", Kind: ViolenceType.StateBased), D("2010-02-01"), D("2010-02-28")));
        Assert.False(map.Covers(new CoverageScope("Pakistan"), D("2010-02-01"), D("2010-02-28")));
    }

    [Fact]
    public void LongestRun_IntersectsTheScopesOfSeveralStreams()
    {
        var map = new CoverageMap([C("ged", Completeness.Complete, "1989-01-01", "2021-12-31", ["Pakistan"]), C("afg", Completeness.Complete, "2015-01-01", "2024-12-31", ["Afghanistan"])]);
        var run = map.LongestRun([new CoverageScope("Pakistan"), new CoverageScope("Afghanistan")], D("2007-01-01"), D("2025-01-01"));
        Assert.Equal((D("2015-01-01"), D("2021-12-31")), run);
    }

    [Fact]
    public void Rules_AGedReleaseCoversWholeYears_CandidateWholeMonths_NewsIsASample()
    {
        var seen = new ImportObservation(D("1989-01-25"), D("2021-12-30"), ["Pakistan"], [ViolenceType.StateBased]);
        var ged = CoverageRules.Derive("ucdp-ged", "ucdp-ged", seen);
        Assert.Equal((Completeness.Complete, D("1989-01-01"), D("2021-12-31")), (ged.Completeness, ged.From!.Value, ged.To!.Value));
        var candidate = CoverageRules.Derive("ucdp-candidate", "ucdp-candidate", seen with { First = D("2025-01-03"), Last = D("2025-03-14") });
        Assert.Equal((D("2025-01-01"), D("2025-03-31")), (candidate.From!.Value, candidate.To!.Value));
        Assert.Equal(Completeness.Sample, CoverageRules.Derive("news-coder", "news", seen).Completeness);
        Assert.Equal(Completeness.Sample, CoverageRules.Derive("crosscurrents", "custom", seen).Completeness);
    }

    [Fact]
    public void Rules_StatedCoverageWins_AndCountryCodesBecomeNames()
    {
        var seen = new ImportObservation(D("2022-03-01"), D("2023-11-02"), ["Pakistan"], []);
        var stated = CoverageRules.Derive("acled", "acled", seen, new StatedCoverage(D("2022-01-01"), D("2023-12-31"), ["PAK", "AFG"]));
        Assert.Equal("stated", stated.Origin);
        Assert.Equal(["Pakistan", "Afghanistan"], stated.Countries);
        Assert.Equal((D("2022-01-01"), D("2023-12-31")), (stated.From!.Value, stated.To!.Value));
        Assert.Equal(Completeness.Partial, CoverageRules.Derive("acled", "acled", seen, new StatedCoverage(Provinces: ["Balochistan"])).Completeness);
    }

    [Theory]
    [InlineData("2022-01-01..2023-12-31", "2022-01-01", "2023-12-31")]
    [InlineData("2022..2023", "2022-01-01", "2023-12-31")]
    [InlineData("2022-02..2022-02", "2022-02-01", "2022-02-28")]
    [InlineData("2024", "2024-01-01", "2024-12-31")]
    public void ParseRange_ReadsDaysMonthsAndYears(string text, string from, string to) =>
        Assert.Equal((D(from), D(to)), CoverageRules.ParseRange(text));

    [Theory]
    [InlineData("2023-05..2023-01")]
    [InlineData("yesterday")]
    [InlineData("2022-13-01..2023-01-01")]
    [InlineData("0000..2020")]
    public void ParseRange_RefusesWhatIsNotARange(string text) =>
        Assert.Throws<FormatException>(() => CoverageRules.ParseRange(text));
}
