using System.Globalization;
using System.Text.RegularExpressions;

namespace Crosscurrents.Sources.News;

public sealed partial class NewsCoder
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        ["a dozen"] = 12, ["two dozen"] = 24, ["a"] = 1, ["an"] = 1,
    };

    /// <summary>Deaths in the event: separate figures add up, a later total replaces them, parts of a total do not count.</summary>
    private static (int? Low, int? Best, int? High) CountDeaths(string text, List<(int Start, int End)> spans, List<Evidence> evidence)
    {
        (int? Low, int? Best, int? High)? total = null;
        (int? Low, int? Best, int? High)? sum = null;
        foreach (var (start, end) in spans)
        {
            var sentence = text[start..end];
            if (ClaimedFigure().IsMatch(sentence))
            {
                continue;
            }

            if (TollRose().Match(sentence) is { Success: true } toll && Quantity(toll.Groups["q"].Value) is { } t)
            {
                total = t;
                evidence.Add(new Evidence("killed", toll.Value, start + toll.Index));
                continue;
            }

            var used = new List<(int, int)>();
            foreach (var pattern in (Regex[])[KilledOneAndGroup(), KilledAfterVerb(), KilledSecondGroup(), KilledSecondGroupBefore(), KilledBeforeVerb(), AllKilled(), ShotDeadOne()])
            {
                foreach (Match m in pattern.Matches(sentence))
                {
                    var q = m.Groups["q"];
                    if (used.Any(u => q.Index < u.Item2 && q.Index + q.Length > u.Item1) || IsPartOfTotal(sentence, q.Index))
                    {
                        continue;
                    }

                    var value = Quantity(q.Value);
                    if (value is null && m.Groups["ref"].Success)
                    {
                        // "Eight gunmen attacked ... all of them were killed": the number is the subject's.
                        value = SubjectCount().Match(sentence) is { Success: true } subject ? Quantity(subject.Groups["q"].Value) : null;
                    }

                    if (pattern == KilledOneAndGroup() && value is { } group)
                    {
                        // "killed a former member of a peace committee and four police guards": one plus the group.
                        value = Add(group, (1, 1, 1));
                    }

                    if (value is { } v)
                    {
                        used.Add((q.Index, q.Index + Math.Max(1, q.Length)));
                        sum = Add(sum, v);
                        evidence.Add(new Evidence("killed", m.Value, start + m.Index));
                    }
                }
            }
        }

        return total ?? sum ?? (null, null, null);
    }

    private static int? CountInjured(string text, List<(int Start, int End)> spans, List<Evidence> evidence)
    {
        int? injured = null;
        foreach (var (start, end) in spans)
        {
            var sentence = text[start..end];
            foreach (Match m in Injured().Matches(sentence))
            {
                if (Quantity(m.Groups["q"].Value) is { Best: { } best })
                {
                    injured = (injured ?? 0) + best;
                    evidence.Add(new Evidence("injured", m.Value, start + m.Index));
                }
            }
        }

        return injured;
    }

    /// <summary>"including eight soldiers", "five of them children", "among them 14 soldiers": part of a total already counted.</summary>
    private static bool IsPartOfTotal(string sentence, int index)
    {
        var before = sentence[Math.Max(0, index - 16)..index];
        if (PartOfTotalBefore().IsMatch(before))
        {
            return true;
        }

        var after = sentence[index..Math.Min(sentence.Length, index + 24)];
        return OfThem().IsMatch(after);
    }

    private static (int? Low, int? Best, int? High) Add((int? Low, int? Best, int? High)? a, (int? Low, int? Best, int? High) b) =>
        a is not { } x ? b : (x.Low + b.Low, x.Best + b.Best, x.High + b.High);

    /// <summary>A quantity with its qualifier: exact n → (n, n, n); at least / more than n → (n, n, null);
    /// up to / as many as n → (null, n, n); n to m / between n and m → (n, n, m).</summary>
    private static (int? Low, int? Best, int? High)? Quantity(string phrase)
    {
        var m = QuantityPattern().Match(phrase.Trim());
        if (!m.Success)
        {
            return null;
        }

        var n = Number(m.Groups["n"].Value);
        if (n is null)
        {
            return null;
        }

        if (m.Groups["m"].Success && Number(m.Groups["m"].Value) is { } upper)
        {
            return (n, n, upper);
        }

        var qualifier = m.Groups["qual"].Value.ToLowerInvariant();
        return qualifier switch
        {
            "at least" or "more than" or "over" => (n, n, null),
            "up to" or "as many as" => (null, n, n),
            _ => (n, n, n),
        };
    }

    private static int? Number(string word)
    {
        if (int.TryParse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (NumberWords.TryGetValue(word.Trim(), out var w))
        {
            return w;
        }

        // "twenty-three"
        var parts = word.Split('-');
        return parts.Length == 2 && NumberWords.TryGetValue(parts[0], out var tens) && NumberWords.TryGetValue(parts[1], out var units) && tens >= 20 && units < 10
            ? tens + units
            : null;
    }

    private const string Num = @"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a dozen|two dozen)";
    private const string Qty = @"(?:(?:at least|more than|over|nearly|about|around|some|up to|as many as|almost|roughly|between) )?" + Num + @"(?: (?:to|and) " + Num + ")?";
    private const string Victims = @"(?:[\w'-]+ ){0,3}?(?:people|persons|soldiers|troops|policemen|police(?:men)? officers|officers|personnel|civilians|children|women|men|worshippers|passengers|militants|attackers|gunmen|terrorists|fighters|workers|labourers|members|guards|paramilitary troops|paramilitary soldiers|Chinese nationals|nationals|engineers|others|of its (?:soldiers|troops))";

    [GeneratedRegex(@"(?i:^(?<qual>at least|more than|over|nearly|about|around|some|up to|as many as|almost|roughly|between)?\s*)(?<n>\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|[A-Za-z]+(?: dozen)?)(?: (?:to|and) (?<m>\d[\d,]*|[A-Za-z]+))?", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex QuantityPattern();

    /// <summary>The second group in "killing five soldiers and thirteen civilians".</summary>
    [GeneratedRegex(@"\b(?:killing|killed) " + Num + @" (?:[A-Za-z'-]+ ){0,2}?(?:soldiers|troops|policemen|civilians|people|passengers|militants|attackers|workers) and (?<q>" + Num + @") (?:soldiers|troops|policemen|civilians|people|passengers|militants|attackers|workers)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex KilledSecondGroup();

    [GeneratedRegex(@"\b(?:killing|killed) (?:a|an) [^,.]{3,60}? and (?<q>" + Num + @") (?:[\w'-]+ )?(?:soldiers|troops|policemen|police guards|guards|civilians|people|passengers|workers)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex KilledOneAndGroup();

    /// <summary>The second group in "21 passengers and four soldiers had been killed".</summary>
    [GeneratedRegex(@"(?<![\w-])" + Num + @" (?:soldiers|troops|policemen|civilians|people|passengers|militants|attackers|workers) and (?<q>" + Num + @") (?:soldiers|troops|policemen|civilians|people|passengers|militants|attackers|workers) (?:were|had been|have been) killed\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex KilledSecondGroupBefore();

    [GeneratedRegex(@"\b(?:killing|killed|kills|shot dead|left) (?:the )?(?<q>" + Qty + @")\b(?! of them)", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex KilledAfterVerb();

    /// <summary>"four soldiers were killed", "20 to 25 people died".</summary>
    /// <remarks>
    /// Interpreted, not source-generated: the .NET 10 regex generator and <see cref="RegexOptions.Compiled"/> emit code that
    /// throws <see cref="IndexOutOfRangeException"/> when a lazy bounded loop (<c>(?:[\w'-]+ ){0,3}?</c> in Victims) has
    /// to backtrack into a preceding capture whose optional body is an alternation with backtracking branches (the
    /// <c>to/and</c> range in Qty), e.g. on "20 to 25 kilogrammes of explosives ". The interpreter matches it correctly;
    /// NonBacktracking cannot run the lookbehind. Minimal reproduction: <c>NewsCoderRegexTests</c>.
    /// </remarks>
    private static Regex KilledBeforeVerb() => KilledBeforeVerbInterpreted;

    private static readonly Regex KilledBeforeVerbInterpreted = new(
        @"(?<![\w-])(?<q>" + Qty + @") " + Victims + @"(?:,? [\w'-]+,?){0,6}? (?:were|was|have been|had been|are) (?:also )?(?:killed|shot dead|martyred)\b|(?<![\w-])(?<q>" + Qty + @") " + Victims + @"(?:,? [\w'-]+,?){0,4}? (?:died|were killed|dead)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(MatchTimeoutMs));

    [GeneratedRegex(@"\b[Aa]ll (?<q>" + Num + @") (?:attackers|militants|gunmen|assailants|terrorists) (?:were|had been) (?:killed|shot dead)\b|\b(?<ref>all of them) were (?:killed|shot dead)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex AllKilled();

    [GeneratedRegex(@"\bshot dead (?<q>a|an) ", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ShotDeadOne();

    [GeneratedRegex(@"\b(?:death toll|toll|number of (?:people|those) killed)\b[^.]{0,80}?\brose to (?<q>" + Qty + @")", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex TollRose();

    [GeneratedRegex(@"(?<q>" + Qty + @") (?:people |others |more |civilians |soldiers |persons )?(?:were |have been |had been )?(?:wounded|injured|hurt)\b|\bwounding (?<q>" + Qty + @")", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Injured();

    [GeneratedRegex(@"(?:including|among them|among whom|of whom)\s*$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex PartOfTotalBefore();

    [GeneratedRegex(@"^\S+ (?:of them|of whom)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex OfThem();

    [GeneratedRegex(@"(?<q>" + Num + @") (?:gunmen|militants|attackers|assailants|terrorists)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex SubjectCount();

    [GeneratedRegex(@"\b(?:said it had killed|said they had killed|a figure (?:officials|the military|the army) (?:rejected|denied))\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ClaimedFigure();
}
