using System.Text;
using Crosscurrents.Sources.EventsCsv;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Generators;

namespace Crosscurrents.Sources.Tests.Importing;

/// <summary>Hostile files (issue 11): every bad record is rejected with line, field and reason; nothing crashes or is lost.</summary>
public sealed class CsvEventImporterTests
{
    private const string Header =
        "event_id,date_start,date_end,country,province,district,latitude,longitude,side_a,side_b,violence_type,fatalities_low,fatalities_best,fatalities_high\n";

    private static string Row(string id, string date = "2023-01-30", string sideB = "police") =>
        $"{id},{date},{date},Pakistan,KP,Peshawar,34.0,71.5,TTP,{sideB},1,1,2,3\n";

    private static List<ImportRecord> Read(string csv, ImportContext? context = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return new EventsCsvImporter().Read(stream, context ?? SourcesTestKit.Context("test.csv")).ToList();
    }

    [Fact]
    public void Read_NulInsideId_IsRejectedWithLineAndField_NotTruncated()
    {
        var records = Read(Header + Row("113774") + Row("113774\0x"));
        Assert.Equal(2, records.Count);
        Assert.NotNull(records[0].Event);
        var rejection = records[1].Rejection!;
        Assert.Equal(3, rejection.Line);
        Assert.Equal("event_id", rejection.Field);
        Assert.Contains("U+0000", rejection.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', rejection.Record);
    }

    [Fact]
    public void Read_GedIdsFiveAndFiveNulB_GiveOneEventAndOneRejection()
    {
        using var writer = new StringWriter();
        GedFileGenerator.Write(writer, 1, seed: 5, hdxLayout: false, firstId: 5);
        var file = writer.ToString();
        var headerEnd = file.IndexOf('\n', StringComparison.Ordinal) + 1;
        var row = file[headerEnd..];
        Assert.StartsWith("5,", row, StringComparison.Ordinal);
        var csv = file + "5\0b" + row[1..];
        var records = SourcesTestKit.ReadText(new UcdpGedImporter(), csv);
        Assert.Single(records, r => r.Event is not null);
        Assert.Equal("ucdp-ged:5", records.Single(r => r.Event is not null).Event!.Id);
        Assert.Equal("id", records.Single(r => r.Rejection is not null).Rejection!.Field);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1850-06-01")]
    [InlineData("2099-01-01")]
    [InlineData("9999-12-31")]
    public void Read_ImpossibleDate_IsRejectedWithTheRange(string date)
    {
        var context = SourcesTestKit.Context("test.csv") with { Dates = ImportDateRange.Plausible(new DateOnly(2026, 12, 1)) };
        var rejection = Assert.Single(Read(Header + Row("a", date), context)).Rejection!;
        Assert.Equal("date_start", rejection.Field);
        Assert.Contains("1946-01-01 to 2027-12-01", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WidenedRange_AcceptsAnOldDate()
    {
        var context = SourcesTestKit.Context("test.csv") with { Dates = new ImportDateRange(new DateOnly(1800, 1, 1), new DateOnly(2030, 1, 1)) };
        Assert.NotNull(Assert.Single(Read(Header + Row("a", "1850-06-01"), context)).Event);
    }

    [Fact]
    public void Read_DuplicateHeaderName_IsAFileErrorNamingTheColumn()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(Header.Replace("side_b", "side_a", StringComparison.Ordinal) + Row("a")));
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("side_a", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FourMegabyteHeader_IsAFileError()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(Header.TrimEnd('\n') + "," + new string('h', 4 << 20) + "\n" + Row("a")));
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FieldOverSepsLimit_IsAFileErrorWithTheLine()
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read(Header + Row("a") + "b,\"" + new string('x', 17_000_000) + "\n"));
        Assert.Contains("after line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("quote", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StrayQuote_IsRejectedWhereItStarts_AndTheRowsAfterItImport()
    {
        var body = new StringBuilder();
        body.Append(Row("bad", sideB: "pol\"ice"));
        for (var i = 0; i < 28; i++)
        {
            body.Append(Row($"good{i}"));
        }

        body.Append(Row("closer", sideB: "x\"y"));
        body.Append(Row("last"));
        var records = Read(Header + body);
        Assert.Equal(31, records.Count);
        Assert.Equal(29, records.Count(r => r.Event is not null));
        var first = records[0].Rejection!;
        Assert.Equal(2, first.Line);
        Assert.Equal("side_b", first.Field);
        Assert.Contains("stray quote", first.Reason, StringComparison.Ordinal);
        Assert.Equal(32, records.Single(r => r.Event?.Source.SourceId == "last").Line);
        Assert.Equal([2, 31], records.Where(r => r.Rejection is not null).Select(r => r.Line));
    }

    [Fact]
    public void Read_UnclosedQuotedField_RejectsItsLine_AndReadsTheRest()
    {
        var records = Read(Header + Row("a") + "b,\"2023-01-30,2023-01-30,Pakistan,KP,Peshawar,34.0,71.5,TTP,police,1,1,2,3\n" + Row("c") + Row("d"));
        Assert.Equal(["a", "c", "d"], records.Where(r => r.Event is not null).Select(r => r.Event!.Source.SourceId));
        Assert.Equal(3, records.Single(r => r.Rejection is not null).Rejection!.Line);
    }

    [Fact]
    public void Read_QuotedMultilineField_IsStillOneRecord()
    {
        var records = Read(Header + "a,2023-01-30,2023-01-30,Pakistan,KP,Peshawar,34.0,71.5,TTP,\"po\"\"li\nce\",1,1,2,3\n" + Row("b"));
        Assert.Equal(2, records.Count(r => r.Event is not null));
        Assert.Equal("po\"li\nce", records[0].Event!.SideB.Name);
    }

    [Fact]
    public void Read_DuplicateIdInOneFile_RejectsTheSecondNamingTheFirstLine()
    {
        var records = Read(Header + Row("a") + Row("b") + Row("a", sideB: "army"));
        Assert.Equal(2, records.Count(r => r.Event is not null));
        Assert.Equal("police", records[0].Event!.SideB.Name);
        var rejection = records[2].Rejection!;
        Assert.Equal(4, rejection.Line);
        Assert.Contains("already on line 2", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1BytesWithoutEncoding_IsAFileErrorSuggestingEncoding()
    {
        var bytes = Encoding.Latin1.GetBytes(Header + Row("a", sideB: "Peshawar caf\u00e9"));
        using var stream = new MemoryStream(bytes);
        var ex = Assert.Throws<InvalidDataException>(() => new EventsCsvImporter().Read(stream, SourcesTestKit.Context("test.csv")).ToList());
        Assert.Contains("--encoding", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Latin1WithStatedEncoding_KeepsTheAccent()
    {
        var bytes = Encoding.Latin1.GetBytes(Header + Row("a", sideB: "caf\u00e9"));
        using var stream = new MemoryStream(bytes);
        var context = SourcesTestKit.Context("test.csv") with { Encoding = TextEncodings.ByName("latin1") };
        Assert.Equal("caf\u00e9", Assert.Single(new EventsCsvImporter().Read(stream, context)).Event!.SideB.Name);
    }

    [Fact]
    public void Detect_Latin1File_IsWindows1252_AndUtf8FileIsUtf8()
    {
        using var dir = new Crosscurrents.Testing.Fixtures.TempDirectory();
        var latin = dir.File("latin.csv");
        var utf8 = dir.File("utf8.csv");
        File.WriteAllBytes(latin, Encoding.Latin1.GetBytes(Header + Row("a", sideB: "caf\u00e9")));
        File.WriteAllText(utf8, Header + Row("a", sideB: "caf\u00e9"), new UTF8Encoding(false));
        Assert.Equal("windows-1252", TextEncodings.Describe(TextEncodings.Detect(latin)));
        Assert.Equal("utf-8", TextEncodings.Describe(TextEncodings.Detect(utf8)));
    }
}

/// <summary>The quote check jumps between quotes and commas; it must find what a look at every character finds.</summary>
public sealed class QuoteProblemTests
{
    [Fact]
    public void QuoteProblem_AgreesWithACharacterByCharacterReading_OnRandomRecords()
    {
        var random = new Random(2026);
        const string alphabet = "ab,,\"\"\r\n ";
        for (var n = 0; n < 200_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(Reference(text) == CsvEventImporter.QuoteProblem(text), $"record «{text}»");
        }
    }

    /// <summary>The rule as first written: one character at a time.</summary>
    private static (int Field, string Reason)? Reference(ReadOnlySpan<char> raw)
    {
        var field = 0;
        var atFieldStart = true;
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        if (i + 1 < raw.Length && raw[i + 1] is not (',' or '\r' or '\n'))
                        {
                            return (field, $"text after the closing quote (at '{raw[(i + 1)..Math.Min(raw.Length, i + 11)]}'); a quote inside a quoted field must be doubled");
                        }
                    }
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    field++;
                    atFieldStart = true;
                    continue;
                case '"' when atFieldStart:
                    quoted = true;
                    break;
                case '"':
                    return (field, "a stray quote inside an unquoted field; quote the whole field and double the quote (\"\")");
            }

            atFieldStart = false;
        }

        return null;
    }
}
