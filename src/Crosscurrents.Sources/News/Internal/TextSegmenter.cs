using System.Text.RegularExpressions;

namespace Crosscurrents.Sources.News.Internal;

/// <summary>
/// Splits a report into paragraphs (blank lines, or single line breaks in tickers) and sentences, not splitting after
/// abbreviations, initials, "a.m." or decimal points. A paragraph that opens with an all-capitals heading ending in a
/// dash ("MACH, KACHHI DISTRICT (BALOCHISTAN) —", "ALSO THIS WEEK —") or a clock time ("10:15 —") carries the heading.
/// </summary>
internal static partial class TextSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "st", "no", "brig", "sgt", "prof", "rs", "sr", "jr", "gov", "sen",
        "a.m", "p.m", "u.s", "u.n", "d.i", "i", "e.g", "i.e", "vs", "approx", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co", "n", "s",
    };

    public static List<Segment> Split(string text, int from)
    {
        var result = new List<Segment>();
        var paragraph = 0;
        var i = from;
        while (i < text.Length)
        {
            // One paragraph: up to a blank line, or a line break followed by a clock time or an all-capitals heading.
            var end = NextParagraphBreak(text, i);
            var (heading, headingStart, bodyStart) = ReadHeading(text, i, end);
            var first = true;
            foreach (var (s, e) in Sentences(text, bodyStart, end).SelectMany(x => Clauses(text, x.Start, x.End)))
            {
                result.Add(new Segment(s, e, paragraph, first, heading, headingStart));
                first = false;
            }

            paragraph++;
            i = end;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return result;
    }

    private static int NextParagraphBreak(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }

            var j = i + 1;
            if (j < text.Length && (text[j] == '\n' || (text[j] == '\r' && j + 1 < text.Length && text[j + 1] == '\n')))
            {
                return i;
            }

            if (j < text.Length && LineHeading().IsMatch(text.AsSpan(j, Math.Min(40, text.Length - j))))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static (string? Heading, int Start, int Body) ReadHeading(string text, int start, int end)
    {
        var m = Heading().Match(text, start, Math.Min(end - start, 90));
        if (!m.Success)
        {
            return (null, -1, start);
        }

        var g = m.Groups["h"];
        return (g.Value, g.Index, m.Index + m.Length);
    }

    /// <summary>
    /// "In the Sepera district of Khost province, three women were killed ..., and in the Barmal district of Paktika
    /// province two women and three children died": two places with their own figures in one sentence are two clauses.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Clauses(string text, int start, int end)
    {
        var m = PlaceClause().Match(text, start, end - start);
        if (!m.Success && AndClause().Match(text, start, end - start) is { Success: true } and
            && Locative().IsMatch(text.AsSpan(start, and.Index - start)) && Locative().IsMatch(text.AsSpan(and.Index + and.Length, end - and.Index - and.Length)))
        {
            // "Gunmen killed three people in Kurram on Sunday, and a roadside bomb killed two soldiers in Orakzai a day later".
            m = and;
        }

        if (m.Success && CasualtyWord().IsMatch(text.AsSpan(start, m.Index - start)) && CasualtyWord().IsMatch(text.AsSpan(m.Index + m.Length, end - m.Index - m.Length)))
        {
            yield return (start, m.Index);
            yield return (m.Index + m.Groups["sep"].Length, end);
            yield break;
        }

        yield return (start, end);
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or ';'))
            {
                continue;
            }

            var next = i + 1;
            // A closing quote or bracket belongs to the sentence.
            while (next < end && text[next] is '"' or '\u201d' or '\'' or '\u2019' or ')')
            {
                next++;
            }

            if (next < end && !char.IsWhiteSpace(text[next]))
            {
                continue;
            }

            var after = next;
            while (after < end && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (c == ';')
            {
                // A semicolon ends a sentence only in tickers and lists where a new clause with its own subject follows.
                if (after >= end || !char.IsLower(text[after]) || !SemicolonClause().IsMatch(text.AsSpan(after, Math.Min(12, end - after))))
                {
                    continue;
                }
            }
            else if (c == '.')
            {
                var w = i;
                while (w > s && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] != '(')
                {
                    w--;
                }

                var word = text[w..i].TrimStart('"', '\u201c', '(');
                if (Abbreviations.Contains(word) || (word.Length == 1 && char.IsLetter(word[0])) || (after < end && char.IsLower(text[after])))
                {
                    continue;
                }
            }

            yield return (s, next);
            s = after;
            i = after - 1;
        }

        if (s < end && text.AsSpan(s, end - s).Trim().Length > 0)
        {
            yield return (s, end);
        }
    }

    [GeneratedRegex(@"\G\s*(?:(?<h>[A-Z][A-Z .,'()/&-]{2,80}?|\d{1,2}:\d\d)\s+[—–-]+\s+|(?<h>[A-Z][A-Z.'/-]{2,20}(?: [A-Z][A-Z.'/-]{1,20}){0,2}):\s+(?=[A-Z0-9]))", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:\d{1,2}:\d\d|[A-Z][A-Z ,]{3,}\b)", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex LineHeading();

    [GeneratedRegex(@"^(?:the|a|an|he|she|they|it|police|officials)\b", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex SemicolonClause();

    [GeneratedRegex(@"(?<sep>,? and |; |, while )(?=in (?:the )?[A-Z][a-z]+ (?:district|province|area)\b)", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex PlaceClause();

    [GeneratedRegex(@"(?<sep>, and )(?=(?:a|an|the|two|three|four|five|\d+) (?:[\w-]+ ){0,3}?(?:bomb|blast|explosion|gunmen|attackers|militants|suicide bomber|drone|IED)\b[^,;]{0,30}\b(?:killed|wounded|injured|struck|hit|went off|exploded)\b)", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex AndClause();

    [GeneratedRegex(@"\bin (?:the )?(?:neighbouring |nearby |adjoining )?[A-Z][a-z]+", RegexOptions.None, NewsCoder.MatchTimeoutMs)]
    private static partial Regex Locative();

    [GeneratedRegex(@"\b(?:killed|died|dead|martyred|wounded|injured|lost their lives)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex CasualtyWord();
}
