using System.Diagnostics;
using System.Text;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Reported;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.Fuzz;

/// <summary>Seeded fuzzing of the reported-figures reader with its shipped files mutated (issue 11).</summary>
public sealed class ReportedFuzzTests
{
    public static TheoryData<string> Files => ["pak_militancy_monthly_reported.csv", "organizedviolencecy_v25_1_pak_afg.csv"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_HostileFile_GivesFiguresAndRejectionsOrAFileError(string name)
    {
        var seedText = FuzzInput.Head(Path.Combine(RepositoryData.DataDirectory, "reported", name), 30);
        var random = new Random(name.Length);
        var clock = Stopwatch.StartNew();
        var cases = 0;
        using var dir = new TempDirectory();
        var path = dir.File(name);
        while (clock.Elapsed < FuzzInput.Budget || cases < 50)
        {
            cases++;
            var header = seedText[..(seedText.IndexOf('\n', StringComparison.Ordinal) + 1)];
            File.WriteAllText(path, random.Next(5) == 0 ? FuzzInput.Mutate(seedText, random, 3) : header + FuzzInput.Mutate(seedText[header.Length..], random), new UTF8Encoding(false));
            try
            {
                if (ReportedImport.Detect(path) is null)
                {
                    continue;
                }

                var result = ReportedImport.Read(path);
                Assert.All(result.Rejections, r => Assert.False(string.IsNullOrEmpty(r.Field)));
                Assert.All(result.Figures, f => Assert.InRange(f.PeriodStart.Year, 1900, 2100));
                Assert.All(result.Figures, f => Assert.True(double.IsFinite(f.Value)));
            }
            catch (Exception ex) when (ex is InvalidDataException or FormatNotRecognisedException)
            {
                Assert.Contains(name, ex.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Detect_DuplicateHeaderName_IsNotReportedFigures_InsteadOfACrash()
    {
        using var dir = new TempDirectory();
        var path = dir.File("dup.csv");
        File.WriteAllText(path, "id,id,date_start\n1,2,2020-01-01\n");
        Assert.Null(ReportedImport.Detect(path));
    }

    [Fact]
    public void Read_CountryYearWithYear99999_IsARejection()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cy.csv");
        File.WriteAllText(path, "country_id_cy,country_cy,year_cy,sb_total_deaths_best_cy\n770,Pakistan,99999,5\n770,Pakistan,2020,5\n");
        var result = ReportedImport.Read(path);
        Assert.Equal("year_cy", Assert.Single(result.Rejections).Field);
        Assert.Single(result.Figures);
    }
}
