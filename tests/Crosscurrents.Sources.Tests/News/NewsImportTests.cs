using Crosscurrents.Sources.News;

namespace Crosscurrents.Sources.Tests.News;

public sealed class NewsImportTests
{
    [Fact]
    public void Merge_ReportsOfTheSameEvent_BecomeOneEventKeepingEverySource()
    {
        var first = NewsTestKit.Coder.Code(new NewsDocument("r1", new DateOnly(2023, 1, 30), "t",
            "PESHAWAR, Jan 30 (Agency) - A suicide bomber struck a mosque in Peshawar on Monday, killing at least 59 people."));
        var second = NewsTestKit.Coder.Code(new NewsDocument("r2", new DateOnly(2023, 1, 31), "t",
            "PESHAWAR, Jan 31 (Agency) - The death toll from Monday's suicide bombing in Peshawar rose to 100, officials said."));
        var merged = NewsImport.Merge(first.Concat(second)).ToList();
        var e = Assert.Single(merged);
        Assert.Equal(100, e.Fatalities.Best);
        Assert.Equal(new DateOnly(2023, 1, 30), e.DateStart);
        Assert.Contains("r1", e.SourceText, StringComparison.Ordinal);
        Assert.Contains("r2", e.SourceText, StringComparison.Ordinal);
        Assert.StartsWith("news:", e.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentPlacesOrDays_StayApart()
    {
        var a = NewsTestKit.CodeNew("QUETTA, Sept 29 (Agency) - A suicide bomber struck Mastung on Friday, killing 52 people. In a separate attack, a blast in Hangu killed five worshippers.", "2023-09-29");
        Assert.Equal(2, NewsImport.Merge(a).Count());
    }
}
