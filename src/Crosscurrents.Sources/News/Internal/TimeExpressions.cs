using System.Globalization;
using System.Text.RegularExpressions;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Sources.News.Internal;

/// <summary>
/// Finds time expressions and resolves them against the publication date: a weekday is the latest such day on or
/// before it ("last Sunday" strictly before); night expressions go to the evening's day unless a clock time after
/// midnight is given ("3 o'clock on Monday morning" → Monday); "night of 19/20 September" → the 19th; "last month",
/// "In July", "In April last year", "December 2014" → the 1st of the month; "earlier in the week" → that week's
/// Monday; "N days after/before" relates to the incident the sentence speaks of.
/// </summary>
internal static partial class TimeExpressions
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static List<TimeMention> Find(string text, int start, int end, DateOnly published)
    {
        var result = new List<TimeMention>();
        foreach (Match m in Expression().Matches(text[start..end]))
        {
            var at = start + m.Index;
            var afterEnd = Math.Min(end, at + m.Length + 16);
            var speech = SpeechBefore().IsMatch(text.AsSpan(Math.Max(start, at - 30), at - Math.Max(start, at - 30)))
                || SpeechAfter().IsMatch(text.AsSpan(at + m.Length, afterEnd - at - m.Length));
            // "In the night between Monday and Tuesday, at about 2.30 a.m.": a clock time after midnight dates it by the second day.
            var afterMidnight = (m.Groups["nb1"].Success || m.Groups["nd"].Success) && AfterMidnight().IsMatch(text.AsSpan(at + m.Length, Math.Min(end, at + m.Length + 40) - at - m.Length));
            var mention = Resolve(m, published, at, afterMidnight);
            if (mention is not null)
            {
                result.Add(mention with { Speech = speech });
            }
        }

        return result;
    }

    private static TimeMention? Resolve(Match m, DateOnly published, int at, bool afterMidnight)
    {
        var g = m.Groups;
        if (g["nb1"].Success || g["wd"].Success)
        {
            var target = Enum.Parse<DayOfWeek>(g["nb1"].Success ? (afterMidnight ? g["nb2"].Value : g["nb1"].Value) : g["wd"].Value, ignoreCase: true);
            var back = ((int)published.DayOfWeek - (int)target + 7) % 7;
            if (back == 0 && g["last"].Success)
            {
                back = 7;
            }

            return new TimeMention(published.AddDays(-back), DatePrecision.Day, at, m.Value);
        }

        if (g["dmon"].Success || g["mday"].Success)
        {
            var month = MonthOf(g["dmon"].Success ? g["dmon"].Value : g["mmon"].Value);
            var day = int.Parse(g["dmon"].Success ? g["dday"].Value : g["mday"].Value, CultureInfo.InvariantCulture);
            var yearGroup = g["dmon"].Success ? g["dyear"] : g["myear"];
            return Day(published, month, day, yearGroup.Success ? int.Parse(yearGroup.Value, CultureInfo.InvariantCulture) : null, at, m.Value);
        }

        if (g["nd"].Success)
        {
            var month = MonthOf(g["nmon"].Value);
            var day = int.Parse(g["nd"].Value, CultureInfo.InvariantCulture);
            var night = Day(published, month, day, g["nyear"].Success ? int.Parse(g["nyear"].Value, CultureInfo.InvariantCulture) : null, at, m.Value);
            return afterMidnight && night is not null ? night with { Date = night.Date.AddDays(1) } : night;
        }

        if (g["numd"].Success)
        {
            var day = int.Parse(g["numd"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(g["numm"].Value, CultureInfo.InvariantCulture);
            return Day(published, month, day, int.Parse(g["numy"].Value, CultureInfo.InvariantCulture), at, m.Value);
        }

        if (g["mon"].Success)
        {
            var month = MonthOf(g["mon"].Value);
            int year;
            if (g["year"].Success)
            {
                year = int.Parse(g["year"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                year = published.Year - (g["lastyear"].Success ? 1 : 0);
                if (!g["lastyear"].Success && month > published.Month)
                {
                    year--;
                }
            }

            return year is < 1900 or > 2100 ? null : new TimeMention(new DateOnly(year, month, 1), DatePrecision.Month, at, m.Value);
        }

        var word = m.Value.ToLowerInvariant();
        if (g["thismonth"].Success)
        {
            return new TimeMention(new DateOnly(published.Year, published.Month, 1), DatePrecision.Month, at, m.Value);
        }

        if (word.Contains("last month", StringComparison.Ordinal))
        {
            var d = published.AddMonths(-1);
            return new TimeMention(new DateOnly(d.Year, d.Month, 1), DatePrecision.Month, at, m.Value);
        }

        if (word.Contains("week", StringComparison.Ordinal))
        {
            var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7));
            return new TimeMention(word.Contains("last", StringComparison.Ordinal) ? monday.AddDays(-7) : monday, DatePrecision.Week, at, m.Value);
        }

        if (g["prev"].Success)
        {
            return new TimeMention(published.AddDays(-1), DatePrecision.Day, at, m.Value, OffsetDays: 1);
        }

        if (g["ago"].Success || g["offset"].Success)
        {
            var n = NumberWord(g["ago"].Success ? g["agon"].Value : g["offn"].Value);
            if (n is null)
            {
                return null;
            }

            return g["ago"].Success
                ? new TimeMention(published.AddDays(-n.Value), DatePrecision.Day, at, m.Value)
                : new TimeMention(published.AddDays(-n.Value), DatePrecision.Day, at, m.Value, OffsetDays: n.Value);
        }

        if (word.Contains("overnight", StringComparison.Ordinal) || word.Contains("yesterday", StringComparison.Ordinal) || word.Contains("last night", StringComparison.Ordinal))
        {
            return new TimeMention(published.AddDays(-1), DatePrecision.Day, at, m.Value);
        }

        if (word.Contains("today", StringComparison.Ordinal) || word.StartsWith("this ", StringComparison.Ordinal) || word.Contains("tonight", StringComparison.Ordinal))
        {
            return new TimeMention(published, DatePrecision.Day, at, m.Value);
        }

        return null;
    }

    private static TimeMention? Day(DateOnly published, int month, int day, int? year, int at, string text)
    {
        var y = year ?? published.Year;
        if (month < 1 || y is < 1900 or > 2100 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && date > published)
        {
            // A date a few weeks ahead is a coming event ("before the February 8 election"), not last year's.
            if (date.DayNumber - published.DayNumber <= 60)
            {
                return null;
            }

            date = date.AddYears(-1);
        }

        return new TimeMention(date, DatePrecision.Day, at, text);
    }

    private static int MonthOf(string name) => Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;

    private static int? NumberWord(string w) => w.ToLowerInvariant() switch
    {
        "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        _ => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    [GeneratedRegex(
        @"\b(?:the )?night (?:between|of) (?<nb1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) and (?<nb2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" +
        @"|\b(?:(?<last>last|Last) )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" +
        @"|\b(?:the )?night (?:of )?(?<nd>\d{1,2})/\d{1,2} (?<nmon>" + Month + @")(?: (?<nyear>(?:19|20)\d\d))?\b" +
        @"|\b(?<dday>\d{1,2})(?:/\d{1,2}| and \d{1,2})? (?<dmon>" + Month + @")\b\.?(?: (?<dyear>(?:19|20)\d\d))?" +
        @"|\b(?<mmon>" + Month + @")\.? (?<mday>\d{1,2})\b(?!:)(?:, (?<myear>(?:19|20)\d\d))?" +
        @"|\b(?<numd>\d{1,2})-(?<numm>\d{1,2})-(?<numy>(?:19|20)\d\d)\b" +
        @"|\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?: (?<year>(?:19|20)\d\d)| (?<lastyear>last year))?\b(?! \d)" +
        @"|\b(?:last|Last) month\b|\b(?<thismonth>(?:earlier|Earlier) this month)\b|\b(?:earlier|Earlier) (?:in|this) (?:the )?week\b|\b(?:last|Last) week\b" +
        @"|\b(?<ago>(?<agon>two|three|four|five|six|\d) days ago)\b" +
        @"|\b(?<offset>(?<offn>a|one|two|three|four|five|six|\d) days? (?:after|before|earlier))\b" +
        @"|\b(?<prev>the (?:previous|preceding) day|the day before)\b" +
        @"|\b(?:overnight|yesterday|last night|today|this morning|this afternoon|this evening|tonight)\b",
        RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex Expression();

    [GeneratedRegex(@"\b(?:said|says|told|announced|added|confirmed|reported|statement|conference|press|accused|accusing|denied|claimed)\b(?:[^,.]{0,5}|\s+(?:Pakistan|Afghanistan|Kabul|Islamabad|the [a-z]+|[A-Z][a-z]+)\s+on\s+)$|\b(?:rose|risen|climbed|jumped|reached|increased|revised|put) (?:[\w-]+ ){0,6}?to (?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:on\s+|by\s+)?$", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex SpeechBefore();

    [GeneratedRegex(@"^,?\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:said|says|confirmed|announced|told|accused|denied|claimed|reported|rejected|condemned|revised|declared|summoned|vowed|warned|urged|protested|acknowledged|issued|released|updated)\b", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"^,?\s*(?:at\s+)?(?:about|around|approximately|roughly)?\s*(?:0?[0-5](?:[.:][0-5]\d)?\s*(?:a\.m\.|am\b|o'clock)|midnight\b|after midnight)", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex AfterMidnight();
}
