using System.Diagnostics;
using System.Text;
using Crosscurrents.Sources.Acled;
using Crosscurrents.Sources.EventsCsv;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of every importer with mutated shipped data and random text (issue 11): no exception except a
/// file-level <see cref="InvalidDataException"/> naming the file, every record imported or rejected with field and
/// reason, and no accepted event with a control character or an implausible date.
/// </summary>
public sealed class ImporterFuzzTests
{
    private const string AcledSample =
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities\n" +
        "PAK1,2024-03-16,1,Battles,Armed clash,Military Forces of Pakistan (2018-),Tehrik-i-Taliban Pakistan (TTP),Pakistan,Khyber Pakhtunkhwa,Bannu,Bannu,32.98,70.6,1,Dawn,\"Attack, 3 killed\",3\n" +
        "PAK2,17 March 2024,2,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),Civilians (Pakistan),Pakistan,Balochistan,Quetta,Quetta,30.2,67.0,2,The News,,11\n";

    private const string EventsSample =
        "event_id,date_start,date_end,country,province,district,latitude,longitude,side_a,side_b,violence_type,fatalities_low,fatalities_best,fatalities_high\n" +
        "a,2023-01-30,2023-01-30,Pakistan,KP,Peshawar,34.0,71.5,TTP,police,1,80,84,101\n" +
        "b,2023-02-17,,Pakistan,Sindh,Karachi,24.86,67.0,TTP,police,1,,4,\n";

    public static TheoryData<string> Targets => ["ucdp-ged", "ucdp-candidate", "acled", "crosscurrents"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Importer_HostileInput_NeverThrowsAndAccountsForEveryRecord(string format)
    {
        var importer = EventImporters.ByName(format);
        var seedText = format switch
        {
            "acled" => AcledSample,
            "crosscurrents" => EventsSample,
            _ => FuzzInput.Head(RepositoryData.ShippedGedFile, 40),
        };
        var header = seedText[..(seedText.IndexOf('\n', StringComparison.Ordinal) + 1)];
        var random = new Random(format.Length * 7919);
        var clock = Stopwatch.StartNew();
        int cases = 0, fileErrors = 0, records = 0;
        while (clock.Elapsed < FuzzInput.Budget || cases < 50)
        {
            cases++;
            var text = random.Next(10) switch
            {
                0 => header + FuzzInput.Random(random, 3000),
                1 => FuzzInput.Mutate(seedText, random, 3),
                _ => header + FuzzInput.Mutate(seedText[header.Length..], random),
            };
            var bytes = random.Next(20) == 0 ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
            List<ImportRecord> read;
            try
            {
                using var stream = new MemoryStream(bytes);
                read = importer.Read(stream, SourcesTestKit.Context("fuzz.csv") with { Dates = ImportDateRange.Plausible(new DateOnly(2026, 1, 1)) }).ToList();
            }
            catch (InvalidDataException ex)
            {
                Assert.Contains("fuzz.csv", ex.Message, StringComparison.Ordinal);
                fileErrors++;
                continue;
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {cases}: {ex.GetType().Name}: {ex.Message}\ninput: {text[..Math.Min(text.Length, 2000)]}");
                throw;
            }

            records += read.Count;
            foreach (var r in read)
            {
                Assert.True((r.Event is null) != (r.Rejection is null), "a record is either imported or rejected");
                if (r.Rejection is { } rejection)
                {
                    Assert.False(string.IsNullOrEmpty(rejection.Field), rejection.ToString());
                    Assert.False(string.IsNullOrEmpty(rejection.Reason), rejection.ToString());
                    Assert.True(rejection.Line >= 2, rejection.ToString());
                }
                else
                {
                    var e = r.Event!;
                    Assert.DoesNotContain(e.Id, char.IsControl);
                    Assert.InRange(e.DateStart, ImportDateRange.FirstPlausible, new DateOnly(2027, 1, 1));
                }
            }

            Assert.Equal(read.Count(r => r.Event is not null).ToString(System.Globalization.CultureInfo.InvariantCulture),
                read.Where(r => r.Event is not null).Select(r => r.Event!.Id).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{format}: {cases} cases, {records} records, {fileErrors} file-level errors");
        Assert.True(cases >= 50);
    }
}
