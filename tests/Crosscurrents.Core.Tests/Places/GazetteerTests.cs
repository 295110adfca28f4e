using Crosscurrents.Core.Places;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Core.Tests.Places;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = RepositoryData.Places;

    [Theory]
    [InlineData("Federally Administered Tribal Areas", "Khyber agency", "Khyber Pakhtunkhwa", "Khyber")]
    [InlineData("Federally Administered Tribal Areas", "North Waziristan", "Khyber Pakhtunkhwa", "North Waziristan")]
    [InlineData("Federally Administered Tribal Areas", "FR Kohat", "Khyber Pakhtunkhwa", "Kohat")]
    [InlineData("Khyber Pakhtunkwa province", "Dera Ismail Khan district", "Khyber Pakhtunkhwa", "Dera Ismail Khan")]
    [InlineData("KPK", "D.I. Khan", "Khyber Pakhtunkhwa", "Dera Ismail Khan")]
    [InlineData("Balochistan province", "Jafarabad Distrcit", "Balochistan", "Jafarabad")]
    [InlineData("Azad Jammu & Kashmir", "Kotli district", "Azad Jammu and Kashmir", "Kotli")]
    public void Resolve_NormalisesSourceNames_ToCurrentProvinceAndDistrict(string province, string district, string expectedProvince, string expectedDistrict)
    {
        var (p, d) = Places.Resolve("Pakistan", province, district);
        Assert.Equal(expectedProvince, p);
        Assert.Equal(expectedDistrict, d);
    }

    [Fact]
    public void Resolve_FataWithoutDistrict_IsKhyberPakhtunkhwa() =>
        Assert.Equal(("Khyber Pakhtunkhwa", (string?)null), Places.Resolve("Pakistan", "Federally Administered Tribal Areas", null));

    [Fact]
    public void Resolve_DistrictAlone_FindsItsProvince() =>
        Assert.Equal(("Khyber Pakhtunkhwa", "North Waziristan"), Places.Resolve("Pakistan", null, "N. Waziristan"));

    [Fact]
    public void Resolve_UnknownNames_PassThroughWithoutTheGenericSuffix() =>
        Assert.Equal(("Nowhere", "Elsewhere"), Places.Resolve("Pakistan", "Nowhere province", "Elsewhere district"));

    [Fact]
    public void FormerAgencies_KeepTheirPre2018Names()
    {
        var khyber = Places.Find("Pakistan", "Khyber Pakhtunkhwa", "Khyber");
        Assert.NotNull(khyber);
        Assert.Equal("Khyber Agency", khyber.FormerName);
        Assert.Equal("Federally Administered Tribal Areas", khyber.FormerProvince);
    }

    [Theory]
    [InlineData("Khost")]
    [InlineData("Paktika")]
    [InlineData("Kunar")]
    [InlineData("Nangarhar")]
    public void AfghanProvincesHostingSanctuaries_HaveCoordinates(string province)
    {
        var place = Places.Find("Afghanistan", province);
        Assert.NotNull(place);
        Assert.InRange(place.Latitude!.Value, 29, 39);
        Assert.InRange(place.Longitude!.Value, 60, 75);
    }

    [Fact]
    public void EveryPakistaniDistrict_LiesInsideThePakistanBoundingBox()
    {
        foreach (var p in Places.Places.Where(p => p.Country == "Pakistan" && p.Latitude is not null))
        {
            Assert.InRange(p.Latitude!.Value, 23.5, 37.2);
            Assert.InRange(p.Longitude!.Value, 60.8, 77.9);
        }
    }
}
