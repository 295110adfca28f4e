using Crosscurrents.Core.Events;
using Crosscurrents.Sources.News.Internal;

namespace Crosscurrents.Sources.Tests.News.Internal;

/// <summary>Time expressions resolved against the publication date, as the dev set's conventions (section 4) say.</summary>
public sealed class TimeExpressionsTests
{
    [Theory]
    [InlineData("late on Friday night", "2025-10-11", "2025-10-10", DatePrecision.Day)]
    [InlineData("on Sunday", "2022-12-21", "2022-12-18", DatePrecision.Day)]
    [InlineData("Last Sunday morning", "2023-08-20", "2023-08-13", DatePrecision.Day)]
    [InlineData("during the night of 19/20 September", "2024-09-20", "2024-09-19", DatePrecision.Day)]
    [InlineData("On night 31 January/1 February 2025", "2025-02-01", "2025-01-31", DatePrecision.Day)]
    [InlineData("Earlier in the week", "2024-02-02", "2024-01-29", DatePrecision.Week)]
    [InlineData("Last month", "2021-09-06", "2021-08-01", DatePrecision.Month)]
    [InlineData("In July", "2022-12-15", "2022-07-01", DatePrecision.Month)]
    [InlineData("In April last year", "2023-08-20", "2022-04-01", DatePrecision.Month)]
    [InlineData("the December 2014 massacre", "2025-11-12", "2014-12-01", DatePrecision.Month)]
    [InlineData("Date of report: 15-05-2022", "2022-05-16", "2022-05-15", DatePrecision.Day)]
    public void Find_ResolvesAgainstThePublicationDate(string text, string published, string expected, DatePrecision precision)
    {
        var t = TimeExpressions.Find(text, 0, text.Length, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture))[0];
        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), precision), (t.Date, t.Precision));
    }

    [Theory]
    [InlineData("the military said on Thursday")]
    [InlineData("The TTP on Monday confirmed that")]
    [InlineData("accused Pakistan on Tuesday of bombing a house")]
    public void Find_TheDayOfAStatement_IsMarkedSpeech(string text) =>
        Assert.True(TimeExpressions.Find(text, 0, text.Length, new DateOnly(2025, 11, 25))[0].Speech);

    [Fact]
    public void Find_AComingDate_IsNotLastYear() =>
        Assert.Empty(TimeExpressions.Find("before the February 8 general election", 0, 38, new DateOnly(2024, 2, 2)));
}
