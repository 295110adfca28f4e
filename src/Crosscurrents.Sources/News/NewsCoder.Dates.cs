using System.Globalization;
using System.Text.RegularExpressions;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Sources.News;

public sealed partial class NewsCoder
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj",
        "Capt", "St", "No", "Brig", "Sgt", "Prof", "Rs", "I", "D", "D.I", "U.S", "U.N",
    };

    /// <summary>"PESHAWAR, Jan 30 (Agency) -": the place and date every wire report opens with.</summary>
    private Dateline? ReadDateline(NewsDocument document)
    {
        var m = DatelinePattern().Match(document.Text);
        if (!m.Success)
        {
            return null;
        }

        var month = Array.IndexOf(MonthNames, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month < 1 || day < 1 || day > DateTime.DaysInMonth(document.Date.Year, month))
        {
            return null;
        }

        // The dateline has no year: take the publication year, or the year before for a late-December dateline read in January.
        var date = new DateOnly(document.Date.Year, month, day);
        if (date > document.Date.AddDays(2))
        {
            date = date.AddYears(-1);
        }

        var placeText = m.Groups["place"].Value.Trim();
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(placeText.ToLowerInvariant());
        var place = Dictionaries.PlacesByName.GetValueOrDefault(title);
        return new Dateline(date, place, placeText, m.Groups["place"].Index, m.Value.TrimEnd(), m.Index + m.Length);
    }

    /// <summary>Sentence boundaries as (start, end) offsets, not splitting after abbreviations and initials.</summary>
    private static List<(int Start, int End)> Sentences(string text, int from)
    {
        var result = new List<(int, int)>();
        var start = from;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var next = i + 1;
            if (next < text.Length && !char.IsWhiteSpace(text[next]))
            {
                continue;
            }

            var wordStart = i;
            while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text[wordStart..i];
            if (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
            {
                continue;
            }

            result.Add((start, next));
            start = next;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            i = start - 1;
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            result.Add((start, text.Length));
        }

        return result;
    }

    /// <summary>
    /// The event's date from the first date expression in its sentences: a weekday ("late on Saturday", "Sunday's
    /// bombing", "the early hours of Tuesday") is the latest such day on or before the dateline; "overnight" and
    /// "yesterday" the day before; "last week" a week before, with week precision. A weekday right after "said" is
    /// when someone spoke, not when the event happened.
    /// </summary>
    private static (DateOnly Date, DatePrecision Precision, string Text, int Start)? FindDate(string text, List<(int Start, int End)> spans, DateOnly reference)
    {
        foreach (var (start, end) in spans)
        {
            foreach (Match m in DateExpression().Matches(text[start..end]))
            {
                var absolute = start + m.Index;
                if (SaidBefore().IsMatch(text[Math.Max(0, absolute - 12)..absolute]))
                {
                    continue;
                }

                if (m.Groups["weekday"].Success)
                {
                    var target = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
                    var back = ((int)reference.DayOfWeek - (int)target + 7) % 7;
                    return (reference.AddDays(-back), DatePrecision.Day, m.Value, absolute);
                }

                if (m.Groups["month"].Success)
                {
                    var month = Array.IndexOf(MonthNames, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
                    var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                    if (month >= 1 && day >= 1 && day <= DateTime.DaysInMonth(reference.Year, month))
                    {
                        var date = new DateOnly(reference.Year, month, day);
                        return (date > reference ? date.AddYears(-1) : date, DatePrecision.Day, m.Value, absolute);
                    }

                    continue;
                }

                var word = m.Value.ToLowerInvariant();
                if (word.Contains("last week", StringComparison.Ordinal))
                {
                    return (reference.AddDays(-7), DatePrecision.Week, m.Value, absolute);
                }

                if (word.Contains("overnight", StringComparison.Ordinal) || word.Contains("yesterday", StringComparison.Ordinal))
                {
                    return (reference.AddDays(-1), DatePrecision.Day, m.Value, absolute);
                }

                if (word.Contains("today", StringComparison.Ordinal))
                {
                    return (reference, DatePrecision.Day, m.Value, absolute);
                }
            }
        }

        return null;
    }

    private sealed record Dateline(DateOnly Date, NewsPlace? Place, string PlaceText, int PlaceStart, string Text, int End);

    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Z .'\-]+?)(?:, [A-Z][A-Za-z .]+?)?, (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?<day>\d{1,2})(?: \([^)]*\))?\s*[-–—]+\s*", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b(?:(?:late|early) on |on |in the early hours of |early )?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b|\b(?:on )?(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (?<day>\d{1,2})\b|\b(?:overnight|yesterday|today|last week)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"\b(?:said|told|announced|added|confirmed|reported)\s*$", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex SaidBefore();
}
