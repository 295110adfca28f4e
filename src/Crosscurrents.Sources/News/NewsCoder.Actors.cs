using System.Text.RegularExpressions;

namespace Crosscurrents.Sources.News;

public sealed partial class NewsCoder
{
    private static readonly HashSet<string> Targets = new(StringComparer.Ordinal)
    {
        "pak-state", "pak-military", "pak-army", "pak-air-force", "pak-fc", "pak-fcons", "pak-police", "pak-intelligence", "civilians",
    };

    /// <summary>
    /// Who did it and to whom. A claim ("X claimed responsibility", "X said it carried out") is recorded apart from an
    /// attribution by officials ("officials attributed the attack to X", "blamed X") and from a denial ("X denied
    /// involvement"). The perpetrator is the claimant, else the group blamed, else a group named as attacking, else
    /// <c>unidentified</c>; a group that only denied is not the perpetrator.
    /// </summary>
    private (string Actor1, string? Actor2, string? Claimed, string? Attributed, string? Denied) FindActors(
        string text, List<(int Start, int End)> spans, string eventType, DateOnly date, List<Evidence> evidence)
    {
        string? claimed = null, attributed = null, denied = null, subject = null, target = null, other = null;
        foreach (var (start, end) in spans)
        {
            var sentence = text[start..end];
            foreach (Match m in Dictionaries.ActorPattern.Matches(sentence))
            {
                var id = Dictionaries.ResolveActor(m.Value, date);
                if (id is null)
                {
                    continue;
                }

                var after = sentence[(m.Index + m.Length)..Math.Min(sentence.Length, m.Index + m.Length + 70)];
                var before = sentence[Math.Max(0, m.Index - 60)..m.Index];
                if (claimed is null && ClaimAfter().IsMatch(after))
                {
                    claimed = id;
                    evidence.Add(new Evidence("claimed_by", sentence[m.Index..(m.Index + m.Length + ClaimAfter().Match(after).Length)], start + m.Index));
                }
                else if (denied is null && DenialAfter().IsMatch(after))
                {
                    denied = id;
                    evidence.Add(new Evidence("denied_by", m.Value, start + m.Index));
                }
                else if (attributed is null && AttributionBefore().IsMatch(before))
                {
                    attributed = id;
                    evidence.Add(new Evidence("attributed_to", m.Value, start + m.Index));
                }
                else if (Targets.Contains(id))
                {
                    target ??= id;
                }
                else if (subject is null && AttackVerbAfter().IsMatch(after))
                {
                    subject = id;
                    evidence.Add(new Evidence("actor1", m.Value, start + m.Index));
                }
                else
                {
                    other ??= id;
                }
            }
        }

        if (eventType is "ceasefire" or "talks" or "agreement")
        {
            // The conventions: a truce or talks are the Government of Pakistan's with the other party (the Afghan Taliban, the TTP).
            var party = new[] { claimed, subject, other, target, attributed }.FirstOrDefault(a => a is not null && !a.StartsWith("pak-", StringComparison.Ordinal));
            return ("pak-state", party, null, null, denied);
        }

        // An operation is the force the text names as acting: the CTD or police, the FC, else the military.
        var actor1 = eventType == "security_operation" ? (target is "pak-police" or "pak-fc" ? target : "pak-military") : claimed ?? attributed ?? subject;
        if (actor1 is null)
        {
            actor1 = eventType switch
            {
                // The conventions: strikes are the Pakistan military's; border clashes are opened by the Afghan side.
                "cross_border_strike" => "pak-military",
                "border_clash" => "afg-emirate",
                "security_operation" => "pak-military",
                "ceasefire" or "talks" or "agreement" => target ?? other ?? "unidentified",
                _ => "unidentified",
            };
        }

        var actor2 = eventType switch
        {
            "cross_border_strike" or "security_operation" => other ?? (target == actor1 ? null : target),
            "ceasefire" or "talks" or "agreement" => new[] { other, target, subject }.FirstOrDefault(a => a is not null && a != actor1),
            _ => target,
        };
        return (actor1, actor2 == actor1 ? null : actor2, claimed, attributed, denied);
    }

    // The alternation spells out "no comma / a comma / a parenthetical clause": written as two optional groups, the
    // same pattern is mis-matched by the .NET 10 regex compiler and source generator (the interpreter gets it right).
    [GeneratedRegex(@"^(?:\s*\([A-Z-]+\))?(?:,\s*|,[^,.]{0,120},\s*|\s*)(?:[\w-]+ ){0,4}?(?:claimed|has claimed|said (?:it|they) (?:had )?carried out|said (?:it|they) (?:was|were) behind|said it was holding|took responsibility|accepted responsibility|said in (?:a|an) (?:[\w-]+ )?statement that (?:[\w,-]+ ){0,8}had carried out)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ClaimAfter();

    [GeneratedRegex(@"^\s*(?:\([A-Z-]+\)\s*)?(?:,\s*)?(?:[\w']+ ){0,5}?(?:denied|rejected (?:any )?(?:role|involvement))\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex DenialAfter();

    [GeneratedRegex(@"(?:attributed (?:the attack |it |the bombing )?to|blamed|link(?:ed)? to|belonged to|a front for|was behind|were behind) (?:the )?$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex AttributionBefore();

    [GeneratedRegex(@"^\s*(?:\([A-Z-]+\)\s*)?(?:gunmen |militants |fighters |forces )?(?:stormed|attacked|opened fire|ambushed|bombed|struck|raided|abducted|kidnapped)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex AttackVerbAfter();
}
