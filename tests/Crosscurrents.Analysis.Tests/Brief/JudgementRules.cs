using System.Text.RegularExpressions;
using Crosscurrents.Analysis.Brief;
using Crosscurrents.Claims;

namespace Crosscurrents.Analysis.Tests.Brief;

using Verdict = Crosscurrents.Claims.Verdict;

/// <summary>The wording rules every set of key judgements must keep, whatever the data.</summary>
internal static partial class JudgementRules
{
    public static void Check(IReadOnlyList<KeyJudgement> judgements, IReadOnlyList<ClaimVerdict>? verdicts)
    {
        Assert.InRange(judgements.Count, 4, 8);
        foreach (var j in judgements)
        {
            // No judgement without a source; every number names one of them and is written with its interval.
            Assert.True(j.Sources.Count > 0 && j.Sources.All(s => s.Trim().Length > 0), $"{j.Topic}: no source");
            foreach (var n in j.Numbers)
            {
                Assert.Contains(n.Source, j.Sources);
                Assert.Contains(n.Phrase, j.Text, StringComparison.Ordinal);
                Assert.True((n.Interval is null) == (n.Lower is null) && (n.Interval is null) == (n.Upper is null), $"{j.Topic}: {n.What} has half an interval");
            }

            var phrases = verdicts?.Select(v => v.Claim.Summary ?? "").ToList() ?? [];
            var stray = NumbersNotFromResults(j, phrases);
            Assert.True(stray.Count == 0, $"{j.Topic}: numbers not from a result: {string.Join(", ", stray)} in \"{j.Text}\"");
            if (j.NotComputed is { } why)
            {
                // A part that was not computed says so and why, and shows no number in place of a result.
                Assert.Contains("cannot be given", j.Text, StringComparison.Ordinal);
                Assert.Contains(why.TrimEnd('.'), j.Text, StringComparison.Ordinal);
                Assert.Empty(j.Numbers);
            }
        }

        Assert.Equal(judgements.Count, judgements.Select(j => j.Topic).Distinct().Count());
        CheckClaims(judgements.Single(j => j.Topic == "claims"), verdicts);
        CheckTrend(judgements.Single(j => j.Topic == "level"));
    }

    /// <summary>Every claim is listed under its own verdict and under no other.</summary>
    private static void CheckClaims(KeyJudgement j, IReadOnlyList<ClaimVerdict>? verdicts)
    {
        if (verdicts is not { Count: > 0 })
        {
            Assert.NotNull(j.NotComputed);
            return;
        }

        var groups = new[] { Verdict.Supported, Verdict.Contradicted, Verdict.Inconclusive, Verdict.NotTestable }
            .Select(v => (Verdict: v, At: j.Text.IndexOf(BriefJudgements.GroupVerb(v) + " ", StringComparison.Ordinal)))
            .Where(g => g.At >= 0).OrderBy(g => g.At).ToList();
        foreach (var v in verdicts)
        {
            var phrase = v.Claim.Summary ?? throw new InvalidOperationException("test claims have summaries");
            var at = j.Text.IndexOf(phrase + (v.AsOfVerdict is { } a && a.Verdict != v.Verdict ? " (" : ""), StringComparison.Ordinal);
            Assert.True(at >= 0, $"claim {v.Claim.Id} is not listed");
            var group = groups.Last(g => g.At < at);
            Assert.True(group.Verdict == v.Verdict, $"claim {v.Claim.Id} ({v.Verdict.Text()}) is listed under {group.Verdict.Text()}");
            var count = j.Numbers.Single(n => n.What == $"claims {v.Verdict.Text()}");
            Assert.Equal(verdicts.Count(x => x.Verdict == v.Verdict), count.Value);
        }
    }

    /// <summary>A trend is called a rise or a fall only when its interval excludes no change.</summary>
    private static void CheckTrend(KeyJudgement j)
    {
        if (j.Numbers.SingleOrDefault(n => n.What == "change a year") is not { } trend)
        {
            return;
        }

        var (lo, hi) = (double.Parse(trend.Lower!.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture), double.Parse(trend.Upper!.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture));
        var words = lo > 0 ? "a clear rise" : hi < 0 ? "a clear fall" : "no clear trend";
        Assert.Contains("shows " + words, j.Text, StringComparison.Ordinal);
    }

    /// <summary>Numbers in the text that are not one of the judgement's numbers (or its interval), a date, an interval's
    /// level, part of a claim's phrase or an option's title, or part of a reason quoted from a result.</summary>
    public static IReadOnlyList<string> NumbersNotFromResults(KeyJudgement j, IEnumerable<string> claimPhrases)
    {
        var text = j.NotComputed is { } why ? j.Text.Replace(why.TrimEnd('.'), " ", StringComparison.Ordinal) : j.Text;

        // The words of others: claim phrases, source names ("UCDP GED 22.1"), reasons quoted from results, option titles.
        var names = j.Sources.Select(s => s.Split(" (")[0]);
        foreach (var words in claimPhrases.Concat(names).Where(p => p.Length > 0).OrderByDescending(p => p.Length))
        {
            text = text.Replace(words, " ", StringComparison.Ordinal);
        }

        text = Quoted().Replace(text, " ");
        text = Dates().Replace(text, " ");
        foreach (var phrase in j.Numbers.Select(n => n.Phrase).OrderByDescending(p => p.Length))
        {
            text = Regex.Replace(text, $@"(?<!\d|\d[.,]){Regex.Escape(phrase)}(?![\d%]|[.,]\d)", " ");
        }

        text = Levels().Replace(text, " ");
        return [.. Digits().Matches(text).Select(m => m.Value)];
    }

    // “…” quotes an option's title; reasons a part is missing, or a claim cannot be tested, come from the results.
    [GeneratedRegex(@"“[^”]*”|(?:could|cannot) be given \((?:[^()]|\([^()]*\))*\)|cannot test it: .*?(?=; in the simulations|\.$)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-\d{2}\b|\b\d{1,2} [A-Z][a-z]{2} \d{4}\b|\b[A-Z][a-z]{2} \d{4}\b|\b(?:19|20)\d{2}(?:–(?:19|20)\d{2})?\b")]
    private static partial Regex Dates();

    [GeneratedRegex(@"\b(?:95|90|50)% (?:interval|range|intervals)|\(90% if honest\)")]
    private static partial Regex Levels();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Digits();
}
