using Crosscurrents.Sources.News;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.News;

public sealed class NewsReaderTests
{
    [Fact]
    public void Read_Jsonl_ReadsEveryRecord()
    {
        var docs = NewsReader.Read(NewsTestKit.GoldFile).ToList();
        Assert.Equal(62, docs.Count);
        Assert.Equal(("g001", new DateOnly(2023, 1, 30)), (docs[0].Id, docs[0].Date));
    }

    [Fact]
    public void Read_TextWithHeaders_AndHtml()
    {
        using var dir = new TempDirectory();
        var txt = dir.File("report.txt");
        File.WriteAllText(txt, "Title: Blast in Quetta\nDate: 2024-11-09\nURL: https://example.org/x\nQUETTA, Nov 9 (Agency) - A bomb killed two people.\n");
        var t = NewsReader.Read(txt).Single();
        Assert.Equal(("Blast in Quetta", new DateOnly(2024, 11, 9), "https://example.org/x"), (t.Title, t.Date, t.Url));
        Assert.StartsWith("QUETTA, Nov 9", t.Text, StringComparison.Ordinal);

        var html = dir.File("report.html");
        File.WriteAllText(html, "<html><head><title>Blast</title><meta name=\"date\" content=\"2024-11-09\"><script>x=1</script></head><body><p>QUETTA, Nov 9 (Agency) - A bomb killed <b>two</b> people &amp; hurt five.</p></body></html>");
        var h = NewsReader.Read(html).Single();
        Assert.Equal("QUETTA, Nov 9 (Agency) - A bomb killed two people & hurt five.", h.Text);
        Assert.Equal(new DateOnly(2024, 11, 9), h.Date);
    }

    [Fact]
    public void Read_BadJsonl_NamesFileLineAndField()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.jsonl");
        File.WriteAllText(path, "{\"id\":\"a\",\"date\":\"2024-01-01\",\"text\":\"x\"}\n{\"id\":\"b\",\"date\":\"01/02/2024\",\"text\":\"y\"}\n");
        var ex = Assert.Throws<InvalidDataException>(() => NewsReader.Read(path).ToList());
        Assert.Contains("bad.jsonl, line 2, field 'date'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextWithoutDate_AsksForOne()
    {
        using var dir = new TempDirectory();
        var path = dir.File("nodate.txt");
        File.WriteAllText(path, "A bomb exploded.");
        Assert.Throws<InvalidDataException>(() => NewsReader.Read(path).ToList());
        Assert.Equal(new DateOnly(2024, 5, 1), NewsReader.Read(path, new DateOnly(2024, 5, 1)).Single().Date);
    }

    [Theory]
    [InlineData("[1, 2, 3]", "array")]
    [InlineData("42", "number")]
    [InlineData("\"text\"", "string")]
    [InlineData("null", "null")]
    public void ReadAll_JsonlLineThatIsNotAnObject_IsAnErrorForThatLine_AndTheNextLineIsRead(string line, string kind)
    {
        using var dir = new TempDirectory();
        var path = dir.File("roots.jsonl");
        File.WriteAllText(path, line + "\n{\"id\":\"b\",\"date\":\"2024-01-01\",\"text\":\"y\"}\n");
        var results = NewsReader.ReadAll(path).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Contains(kind, results[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("b", results[1].Document!.Id);
    }

    [Fact]
    public void ReadAll_DeeplyNestedLine_IsAnError()
    {
        using var dir = new TempDirectory();
        var path = dir.File("deep.jsonl");
        File.WriteAllText(path, new string('[', 5000) + new string(']', 5000) + "\n");
        Assert.Equal("read", Assert.Single(NewsReader.ReadAll(path)).Error!.Stage);
    }

    [Fact]
    public void TryCode_InternalError_IsAnErrorRecordForThatDocument()
    {
        var (events, error) = NewsTestKit.Coder.TryCode(new Crosscurrents.Sources.News.NewsDocument("broken", new DateOnly(2024, 1, 1), "t", null!), "x.jsonl");
        Assert.Empty(events);
        Assert.Equal("broken", error!.DocId);
        Assert.Equal("code", error.Stage);
        Assert.Equal("x.jsonl", error.File);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void ReadAll_ImplausibleDate_IsAnErrorForThatLine(string date)
    {
        using var dir = new TempDirectory();
        var path = dir.File("dates.jsonl");
        File.WriteAllText(path, $"{{\"id\":\"a\",\"date\":\"{date}\",\"text\":\"A bomb killed two people.\"}}\n");
        var error = Assert.Single(NewsReader.ReadAll(path)).Error!;
        Assert.Equal("a", error.DocId);
        Assert.Contains("outside the plausible dates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_HugeTextFile_IsAnErrorNotAnOutOfMemory()
    {
        using var dir = new TempDirectory();
        var path = dir.File("huge.txt");
        using (var file = File.Create(path))
        {
            file.SetLength(NewsReader.MaxDocumentBytes + 1L);
        }

        var error = Assert.Single(NewsReader.ReadAll(path, new DateOnly(2024, 1, 1))).Error!;
        Assert.Contains("bytes", error.Message, StringComparison.Ordinal);
    }
}
