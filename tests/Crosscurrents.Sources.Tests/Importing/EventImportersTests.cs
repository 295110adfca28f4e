using Crosscurrents.Sources.Importing;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.Importing;

public sealed class EventImportersTests
{
    [Fact]
    public void Detect_ShippedHdxFile_IsUcdpGed() =>
        Assert.Equal("ucdp-ged", EventImporters.Detect(RepositoryData.ShippedGedFile).Format);

    [Theory]
    [InlineData("event_id_cnty,event_date,event_type,actor1,actor2,country,latitude,longitude,fatalities\n", "acled")]
    [InlineData("event_id,date_start,country,side_a,fatalities_best\n", "crosscurrents")]
    public void Detect_RecognisesEachFormatByItsHeader(string header, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.csv");
        File.WriteAllText(path, header);
        Assert.Equal(expected, EventImporters.Detect(path).Format);
    }

    [Fact]
    public void Detect_UnknownHeader_IsRefusedWithTheListOfKnownFormats()
    {
        using var dir = new TempDirectory();
        var path = dir.File("gtd.csv");
        File.WriteAllText(path, "eventid,iyear,imonth,iday,country_txt,gname,nkill\n1,2014,12,16,Pakistan,TTP,150\n");
        var ex = Assert.Throws<FormatNotRecognisedException>(() => EventImporters.Detect(path));
        Assert.Contains("gtd.csv", ex.Message, StringComparison.Ordinal);
        foreach (var importer in EventImporters.All)
        {
            Assert.Contains(importer.Format, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ByName_UnknownFormat_ListsTheKnownOnes()
    {
        var ex = Assert.Throws<FormatNotRecognisedException>(() => EventImporters.ByName("gdelt"));
        Assert.Contains("ucdp-ged", ex.Message, StringComparison.Ordinal);
    }
}
