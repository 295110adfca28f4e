using System.Text;
using Crosscurrents.Sources.Acled;
using Crosscurrents.Sources.EventsCsv;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;

namespace Crosscurrents.Sources.Tests.Importing;

/// <summary>
/// Mutated CSVs fed to every importer: no crash, and every record in the file is either imported or rejected with
/// a reason (records out ≥ records in, counted independently by a plain CSV read; out = imported + rejected).
/// </summary>
public sealed class ImporterPropertyTests
{
    private static readonly string GedCsv = Generate(hdx: false);
    private static readonly string HdxCsv = Generate(hdx: true);

    private static readonly string AcledCsv =
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities\n" +
        "PAK1,2024-03-16,1,Battles,Armed clash,Military Forces of Pakistan (2018-),Tehrik-i-Taliban Pakistan (TTP),Pakistan,Khyber Pakhtunkhwa,Bannu,Bannu,32.98,70.6,1,Dawn,\"Attack, 3 killed\",3\n" +
        "PAK2,17 March 2024,2,Explosions/Remote violence,Suicide bomb,Unidentified Armed Group (Pakistan),Civilians (Pakistan),Pakistan,Balochistan,Quetta,Quetta,30.2,67.0,2,The News,,11\n" +
        "PAK3,2024-03-18,1,Violence against civilians,Attack,Balochistan Liberation Army,Civilians (Pakistan),Pakistan,Balochistan,Kech,Turbat,26.0,63.05,1,Dawn,\"multi\nline\",2\n";

    private static readonly string EventsCsv =
        "event_id,date_start,date_end,country,province,district,latitude,longitude,side_a,side_b,violence_type,fatalities_low,fatalities_best,fatalities_high\n" +
        "a,2023-01-30,2023-01-30,Pakistan,KP,Peshawar,34.0,71.5,TTP,police,1,80,84,101\n" +
        "b,2023-02-17,,Pakistan,Sindh,Karachi,24.86,67.0,TTP,police,1,,4,\n" +
        "c,2024-11-09,2024-11-09,Pakistan,Balochistan,Quetta,30.2,67.0,BLA,Civilians,3,26,26,32\n";

    [Property(MaxTest = 150)]
    public Property UcdpGed_MutatedCsv_AccountsForEveryRecord(NonEmptyArray<Mutation> mutations) =>
        Check(new UcdpGedImporter(), GedCsv, mutations.Get);

    [Property(MaxTest = 150)]
    public Property UcdpGedHdx_MutatedCsv_AccountsForEveryRecord(NonEmptyArray<Mutation> mutations) =>
        Check(new UcdpGedImporter(), HdxCsv, mutations.Get);

    [Property(MaxTest = 150)]
    public Property UcdpCandidate_MutatedCsv_AccountsForEveryRecord(NonEmptyArray<Mutation> mutations) =>
        Check(new UcdpCandidateImporter(), GedCsv, mutations.Get);

    [Property(MaxTest = 150)]
    public Property Acled_MutatedCsv_AccountsForEveryRecord(NonEmptyArray<Mutation> mutations) =>
        Check(new AcledImporter(), AcledCsv, mutations.Get);

    [Property(MaxTest = 150)]
    public Property EventsCsv_MutatedCsv_AccountsForEveryRecord(NonEmptyArray<Mutation> mutations) =>
        Check(new EventsCsvImporter(), EventsCsv, mutations.Get);

    [Fact]
    public void UnmutatedSamples_ImportWithoutRejections()
    {
        foreach (var (importer, csv) in new (IEventImporter, string)[]
        {
            (new UcdpGedImporter(), GedCsv), (new UcdpGedImporter(), HdxCsv), (new AcledImporter(), AcledCsv), (new EventsCsvImporter(), EventsCsv),
        })
        {
            var records = SourcesTestKit.ReadText(importer, csv);
            Assert.NotEmpty(records);
            Assert.All(records, r => Assert.True(r.Event is not null, r.Rejection?.ToString()));
        }
    }

    private static Property Check(IEventImporter importer, string csv, Mutation[] mutations)
    {
        var headerEnd = csv.IndexOf('\n', StringComparison.Ordinal) + 1;
        var body = new StringBuilder(csv[headerEnd..]);
        foreach (var m in mutations)
        {
            m.Apply(body);
        }

        var mutated = csv[..headerEnd] + body;
        var expected = CountRecords(mutated);
        var records = SourcesTestKit.ReadText(importer, mutated);
        var accounted = records.Count(r => r.Event is not null) + records.Count(r => r.Rejection is { Reason.Length: > 0, Field.Length: > 0 });
        // A quote error is rejected on its line and the lines it swallowed are read again, so the importer can return
        // more records than a plain read finds; never fewer, and each one is imported or rejected.
        return (records.Count >= expected && accounted == records.Count)
            .Label($"records in file {expected}, importer returned {records.Count}, accounted {accounted}");
    }

    /// <summary>Records in a CSV, counted by a plain RFC 4180 read, not counting the HXL hashtag row.</summary>
    private static int CountRecords(string csv)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromText(csv);
        var count = 0;
        foreach (var row in reader)
        {
            var fields = new List<string>();
            for (var i = 0; i < row.ColCount; i++)
            {
                if (row[i].ToString().Trim() is { Length: > 0 } field)
                {
                    fields.Add(field);
                }
            }

            if (fields.Count > 0 && fields.All(f => f[0] == '#'))
            {
                continue;
            }

            count++;
        }

        return count;
    }

    private static string Generate(bool hdx)
    {
        using var writer = new StringWriter();
        GedFileGenerator.Write(writer, 12, seed: 11, hdxLayout: hdx);
        return writer.ToString();
    }
}

/// <summary>One edit to a CSV body: replace, insert or delete a character at a position.</summary>
public sealed record Mutation(int Position, char Character, int Kind)
{
    private static readonly char[] Interesting = [',', '"', '\n', '\r', '-', '9', 'x', ' ', '.', '#', 'é'];

    public static Arbitrary<Mutation> Arbitrary() =>
        (from position in Gen.Choose(0, 5000)
         from pick in Gen.Choose(0, Interesting.Length)
         from any in ArbMap.Default.GeneratorFor<char>()
         from kind in Gen.Choose(0, 2)
         select new Mutation(position, pick < Interesting.Length ? Interesting[pick] : any, kind)).ToArbitrary();

    public void Apply(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var at = Position % text.Length;
        switch (Kind)
        {
            case 0:
                text[at] = Character;
                break;
            case 1:
                text.Insert(at, Character);
                break;
            default:
                text.Remove(at, 1);
                break;
        }
    }
}
