using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Fixtures;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Sources.Tests.Ucdp;

public sealed class UcdpCandidateImporterTests
{
    [Theory]
    [InlineData("GEDEvent_v25_0_3.csv", "ucdp-candidate")]
    [InlineData("ucdp_candidate_2025_10.csv", "ucdp-candidate")]
    [InlineData("GEDEvent_v25_1.csv", "ucdp-ged")]
    public void Detect_TellsCandidateFromGed_ByFileName(string name, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.File(name);
        GedFileGenerator.Write(path, 3, seed: 1);
        Assert.Equal(expected, EventImporters.Detect(path).Format);
    }

    [Fact]
    public void Read_CandidateFile_LabelsEventsAsCandidate_WithTheMonthlyRelease()
    {
        using var dir = new TempDirectory();
        var path = dir.File("GEDEvent_v25_0_3.csv");
        GedFileGenerator.Write(path, 10, seed: 2);
        var records = SourcesTestKit.ReadFile(new UcdpCandidateImporter(), path);
        Assert.All(records, r => Assert.StartsWith("ucdp-candidate:", r.Event!.Id, StringComparison.Ordinal));
        Assert.All(records, r => Assert.Equal("25.0.3", r.Event!.Source.Version));
    }
}
