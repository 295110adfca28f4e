using System.Globalization;
using System.Text.RegularExpressions;

namespace Crosscurrents.Sources.News.Internal;

/// <summary>
/// The casualty grammar: reads the deaths and injuries a sentence reports. A figure is a number phrase ("at least
/// 19", "between 15 and 20", "a", "twenty-five", "four or five") with a victim noun ("soldiers", "FC personnel",
/// "khwarij", "a police sub-inspector"); coordinated figures form a list ("five boys, four girls and a woman"); the
/// list is governed by a verb after it (passive or intransitive: "were martyred", "lost their lives", "embraced
/// shahadat", "succumbed to their injuries") or before it (active: "killing two guards", "gunmen killed two
/// policemen", "wounding four"). Nominal forms: "the death toll rose to 15", "put the total number of dead at 11",
/// "ten bodies", "all of them were shot dead", "the bomber, who also died". Parts of a figure already given
/// ("including an officer", "three of them officers", "among the dead") are marked, not counted.
/// </summary>
internal static partial class CasualtyGrammar
{
    private static readonly Dictionary<string, CasualtyRole> Nouns = BuildNouns();

    private static readonly HashSet<string> GenericNouns = new(StringComparer.Ordinal) { "people", "persons", "civilians" };

    private static readonly HashSet<string> RelativeStarts = new(StringComparer.Ordinal)
    {
        "held", "who", "inside", "in", "aboard", "travelling", "traveling", "present", "holed", "on", "at", "near", "from",
    };

    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
    {
        "sepoy", "subedar", "havildar", "naik", "lance", "captain", "capt", "major", "lieutenant", "lt", "sipahi", "constable", "colonel", "brigadier", "inspector",
        "risaldar", "dafadar", "havaldar", "sepahi", "asi", "head",
    };

    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12, ["both"] = 2,
    };

    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "least", "than", "over", "nearly", "about", "around", "some", "almost", "roughly", "approximately", "estimated", "to", "many", "total", "of", "another",
    };

    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "also", "all", "reportedly", "later", "subsequently", "allegedly",
        "both", "then", "initially", "confirmed", "believed", "reported", "to", "be", "said", "on", "the", "spot", "instantly", "immediately", "eventually", "since",
    };

    private static readonly HashSet<string> ModifierStops = new(StringComparer.Ordinal)
    {
        "were", "was", "are", "is", "and", "in", "on", "at", "by", "had", "have", "has", "who", "which", "that", "when", "while", "with", "to",
        "from", "after", "before", "as", "for", "into", "or", "but", "if", "been", "the", "a", "an", "died", "killed", "injured", "wounded",
        "of", "them", "it", "they", "he", "she", "during", "near",
    };

    private static readonly string[][] KilledAfter = Phrases(
        "killed", "martyred", "shot dead", "dead", "died", "die", "lost their lives", "lost his life", "lost her life", "lost their life",
        "laid down their lives", "laid down his life", "embraced shahadat", "embraced martyrdom", "embraced shahadah", "succumbed", "perished",
        "eliminated", "sent to hell", "neutralised", "neutralized", "gunned down", "slain", "shot and killed", "found dead", "made the ultimate sacrifice",
        "beheaded", "executed", "burnt to death", "burned to death", "pronounced dead", "declared dead", "confirmed dead", "lost lives", "paid the ultimate price", "made the supreme sacrifice", "paid the ultimate sacrifice", "were martyred");

    private static readonly string[][] InjuredAfter = Phrases("wounded", "injured", "hurt", "sustained injuries", "suffered injuries", "critically injured", "seriously injured",
        "sustained minor injuries", "sustained serious injuries", "sustained critical injuries", "sustained severe injuries", "sustained multiple injuries", "sustained bullet injuries", "sustained splinter injuries", "sustained grievous injuries", "sustained head injuries", "suffered minor injuries", "suffered serious injuries", "suffered critical injuries", "suffered severe injuries", "suffered multiple injuries", "suffered bullet injuries", "suffered splinter injuries", "suffered grievous injuries", "suffered head injuries", "received minor injuries", "received serious injuries", "received critical injuries", "received severe injuries", "received multiple injuries", "received bullet injuries", "received splinter injuries", "received grievous injuries", "received head injuries", "received injuries");

    private static readonly string[][] KilledBefore = Phrases(
        "killing", "killed", "kills", "kill", "martyring", "martyred", "shot dead", "gunned down", "eliminated", "eliminating", "claimed the lives of",
        "claiming the lives of", "the deaths of", "shooting dead", "slaying", "massacred", "beheaded", "executed", "took the lives of", "dead including");

    private static readonly string[][] InjuredBefore = Phrases("wounding", "injuring", "wounded", "injured", "hurting", "leaving injured");

    private static readonly string[][] PartAfter = Phrases("among the dead", "among those killed", "among the victims", "among the injured", "among the wounded", "among the martyrs", "among those wounded");

    /// <summary>The casualty figures of one sentence (<paramref name="start"/>..<paramref name="end"/> of the text).</summary>
    public static List<Casualty> Read(string text, int start, int end)
    {
        var result = new List<Casualty>();
        if (end <= start)
        {
            return result;
        }

        // A group's claim of what it killed ("said its fighters had killed 50 hostages") is read like any figure; the
        // sentence is another account (IsAlternativeAccount), so it bounds the toll and does not add to it.
        var sentence = text[start..end];
        if (sentence.Contains('(', StringComparison.Ordinal))
        {
            // "Lance Naik Muhammad Asif (age 29, resident of District Chakwal) and Sepoy ...": an aside about a person
            // between the names and the verb; blanked, so offsets stay those of the text.
            sentence = PersonAside().Replace(sentence, m => new string(' ', m.Length));
        }

        var ownClaim = OwnClaim().IsMatch(sentence);

        if (NobodyKilled().Match(sentence) is { Success: true } nobody)
        {
            // "Nobody was killed": a toll of none for what the sentence names (deaths, injuries or both), and no figure.
            if (nobody.Groups["killed"].Success)
            {
                result.Add(new Casualty(true, 0, 0, 0, CasualtyRole.People, start + nobody.Index, nobody.Value, Total: true));
            }

            if (nobody.Groups["hurt"].Success)
            {
                result.Add(new Casualty(false, 0, 0, 0, CasualtyRole.People, start + nobody.Index, nobody.Value, Total: true));
            }

            return result;
        }

        var tokens = Tokenize(sentence);
        var used = new bool[tokens.Count];

        // Nominal totals first: "the death toll rose to 15", "put the total number of dead at 11".
        foreach (Match m in TollTotal().Matches(sentence))
        {
            var at = TokenAt(tokens, m.Groups["q"].Index);
            if (at >= 0 && ReadList(tokens, at, allowThe: true) is { Count: > 1 })
            {
                var list = ReadList(tokens, at, allowThe: true);
                var sum = list.Sum(u => u.Best);
                var victims = m.Value.Contains("victims", StringComparison.OrdinalIgnoreCase) || list.All(u => u.Role != CasualtyRole.Attacker);
                result.Add(new Casualty(true, sum, sum, sum, victims ? CasualtyRole.State : CasualtyRole.People, start + m.Index, m.Value, Total: true));
                Mark(used, list[0].From, list[^1].To);
            }
            else if (at >= 0 && ReadNumber(tokens, at) is { } q)
            {
                var victims = m.Value.Contains("victims", StringComparison.OrdinalIgnoreCase);
                if (StateTotal().IsMatch(m.Value))
                {
                    // "put the number of martyred personnel at three": the forces' total, not the incident's.
                    result.Add(new Casualty(true, q.Low, q.Best, q.High, CasualtyRole.State, start + m.Index, m.Value, RoleTotal: true));
                    Mark(used, at, q.Next);
                    continue;
                }

                result.Add(new Casualty(true, q.Low, q.Best, q.High, victims ? CasualtyRole.State : CasualtyRole.People, start + m.Index, m.Value, Total: true));
                Mark(used, at, q.Next);
                var list = ReadList(tokens, at);
                if (list.Count > 0)
                {
                    Mark(used, list[0].From, list[^1].To);
                }
            }
            else if (at >= 0)
            {
                // "put the number of victims at two guards and the police officer": the list is the total.
                var list = ReadList(tokens, at, allowThe: true);
                if (list.Count > 0)
                {
                    var sum = list.Sum(u => u.Best);
                    var victims = m.Value.Contains("victims", StringComparison.OrdinalIgnoreCase) || list.All(u => u.Role != CasualtyRole.Attacker);
                    result.Add(new Casualty(true, sum, sum, sum, victims ? CasualtyRole.State : CasualtyRole.People, start + m.Index, m.Value, Total: true));
                    Mark(used, list[0].From, list[^1].To);
                }
            }
        }

        foreach (Match m in InjuredDied().Matches(sentence))
        {
            // "one of the injured passengers succumbed to his injuries": a death more, moved from the injured.
            var at = TokenAt(tokens, m.Groups["q"].Index);
            if (at >= 0 && !used[at] && ReadNumber(tokens, at) is { } q)
            {
                result.Add(new Casualty(true, q.Low, q.Best, q.High, CasualtyRole.People, start + m.Index, m.Value, Additional: true));
                Mark(used, at, Math.Min(tokens.Count, TokenAt(tokens, m.Index + m.Length - 1) + 1));
            }
        }

        foreach (Match m in SupersededFigure().Matches(sentence))
        {
            // "the figure of 101 released a day earlier": the earlier account the sentence corrects.
            var at = TokenAt(tokens, m.Groups["q"].Index);
            if (at >= 0 && !used[at] && ReadNumber(tokens, at) is { } q)
            {
                result.Add(new Casualty(true, q.Low, q.Best, q.High, CasualtyRole.People, start + m.Index, m.Value, Total: true, Superseded: true));
                Mark(used, at, q.Next);
            }
        }

        foreach (Match m in Bodies().Matches(sentence))
        {
            var at = TokenAt(tokens, m.Groups["q"].Index);
            if (at >= 0 && !used[at] && ReadNumber(tokens, at) is { } q)
            {
                // "the body of one attacker was found": that person's role, and someone already counted when a figure came before.
                var single = m.Value.StartsWith("body", StringComparison.OrdinalIgnoreCase);
                // "the bodies of the two attackers": their role, so the two already counted are not counted again.
                var named = single || m.Value.StartsWith("bodies of", StringComparison.OrdinalIgnoreCase);
                var role = named && q.Next < tokens.Count && Nouns.TryGetValue(tokens[q.Next].Lower, out var r) ? r : CasualtyRole.People;
                // "six bodies had been brought in": everyone dead, a total like "six people".
                result.Add(new Casualty(true, q.Low, q.Best, q.High, role, start + m.Index, m.Value, Definite: single, Generic: !single && role == CasualtyRole.People));
                Mark(used, at, q.Next);
            }
        }

        foreach (Match m in BomberDied().Matches(sentence))
        {
            result.Add(new Casualty(true, 1, 1, 1, CasualtyRole.Attacker, start + m.Index, m.Value, Additional: true));
        }

        // Lists of figures, each governed by a verb after it or before it.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var list = ReadList(tokens, i);
            if (list.Count == 0)
            {
                // "a blast killed five and injured 12": a bare number right after an active verb.
                if (ReadNumber(tokens, i) is { } bare && tokens[i].Lower is not ("a" or "an") && PredicateBefore(tokens, i) is { } bareKilled
                    && (bare.Next >= tokens.Count || tokens[bare.Next].IsPunctuation || tokens[bare.Next].Lower is "and" or "in" or "on" or "at" or "when" or "while" or "after" or "near"))
                {
                    result.Add(new Casualty(bareKilled, bare.Low, bare.Best, bare.High, CasualtyRole.People, start + tokens[i].Start, sentence[tokens[i].Start..tokens[bare.Next - 1].End]));
                    Mark(used, i, bare.Next);
                    i = bare.Next - 1;
                }

                continue;
            }

            var from = list[0].From;
            var to = list[^1].To;
            var (killedAfter, part, afterEnd) = PredicateAfter(tokens, to);
            bool? killed = killedAfter;
            if (killed is null)
            {
                killed = PredicateBefore(tokens, from);
            }
            else if (from > 0 && tokens[from - 1].Lower == "of" && PredicateBefore(tokens, from) is null)
            {
                // "five members of one family ... were martyred": the complement of another figure's noun.
                i = to - 1;
                continue;
            }

            if (killed is null && list.Count == 1 && list[0].Wounded)
            {
                killed = false;
            }

            if (killed is null)
            {
                i = to - 1;
                continue;
            }

            Mark(used, from, to);
            if (killedAfter is not null && to < tokens.Count && tokens[to].Text is "," or "(" or "of" && afterEnd > to)
            {
                // "two sons of soil, Naik Imran Ali and Sepoy Muhammad Usman, embraced shahadat": the names are the same two.
                Mark(used, to, afterEnd);
            }

            if (to < tokens.Count && tokens[to].Text is "—" or "–" && tokens.FindIndex(to + 1, t => t.Text is "—" or "–") is > 0 and var dash && dash - to < 24)
            {
                // "Seven people — five policemen and two passers-by — had been killed": the breakdown between dashes is the same people.
                Mark(used, to, dash + 1);
            }

            foreach (var u in list)
            {
                // "including five civilians and a child": the whole list after "including" is the part.
                var isPart = part || u.Part || list[0].Part;
                result.Add(new Casualty(killed.Value, u.Low, u.Best, u.High, u.Role, start + tokens[u.From].Start, sentence[tokens[u.From].Start..tokens[u.To - 1].End],
                    Part: isPart, RoleTotal: u.All, Additional: u.Other, Definite: u.Definite && list.Count == 1, Generic: GenericNouns.Contains(tokens[u.To - 1].Lower) || (u.To >= 1 && GenericNouns.Contains(tokens[Math.Max(u.From, u.To - 1)].Lower))
                        || (tokens[u.From].Lower == "both" && tokens[u.To - 1].Lower is "men" or "them")));
            }

            // "were killed and 48 injured", "were killed and 13 wounded".
            if (killed.Value && afterEnd < tokens.Count - 1 && tokens[afterEnd].Lower == "and" && ReadNumber(tokens, afterEnd + 1) is { } inj)
            {
                var k = inj.Next;
                if (k < tokens.Count && tokens[k].Lower is "others" or "other" or "people" or "more")
                {
                    k++;
                }

                while (k < tokens.Count && tokens[k].Lower is "were" or "had" or "been" or "have")
                {
                    k++;
                }

                if (k < tokens.Count && MatchPhrase(tokens, k, InjuredAfter) > 0)
                {
                    result.Add(new Casualty(false, inj.Low, inj.Best, inj.High, CasualtyRole.People, start + tokens[afterEnd + 1].Start, sentence[tokens[afterEnd + 1].Start..tokens[k].End]));
                    Mark(used, afterEnd + 1, k + 1);
                }
            }

            i = Math.Max(i, to - 1);
        }

        // "shot all of them dead", "all of them were killed", "before shooting them dead": the figure named before.
        foreach (Match m in AllOfThem().Matches(sentence))
        {
            var before = tokens.Take(TokenAt(tokens, m.Index) is var t and >= 0 ? t : tokens.Count).ToList();
            for (var k = before.Count - 1; k >= 0; k--)
            {
                if (used[k])
                {
                    continue;
                }

                var list = ReadList(tokens, k);
                if (list.Count > 0 && list[^1].To <= before.Count)
                {
                    foreach (var u in list)
                    {
                        result.Add(new Casualty(true, u.Low, u.Best, u.High, u.Role, start + m.Index, m.Value));
                    }

                    break;
                }
            }
        }

        if (result.Count == 0 && NoCasualties().Match(sentence) is { Success: true } none)
        {
            // "there were no casualties there": nobody died and nobody was hurt; "no casualties among the troops": none of
            // them, which says nothing of the others.
            var among = AmongTroops().IsMatch(sentence.AsSpan(none.Index + none.Length));
            var role = among ? CasualtyRole.State : CasualtyRole.People;
            result.Add(new Casualty(true, 0, 0, 0, role, start + none.Index, none.Value, Total: !among));
            result.Add(new Casualty(false, 0, 0, 0, role, start + none.Index, none.Value, Total: !among));
        }

        if (NoOneElseHurt().Match(sentence) is { Success: true } zero)
        {
            result.Add(new Casualty(false, 0, 0, 0, CasualtyRole.People, start + zero.Index, zero.Value, Total: true));
        }

        foreach (Match m in BareFigure().Matches(sentence))
        {
            // Headline style: "Five worshippers martyred, 12 injured", "more than 50 injured shifted to hospitals".
            var at = start + m.Index;
            if (!result.Any(c => at >= c.Start && at < c.Start + c.Text.Length) && Words.GetValueOrDefault(m.Groups["q"].Value.ToLowerInvariant(), 0) is var w
                && (w > 0 || int.TryParse(m.Groups["q"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out w)) && w > 0)
            {
                var killed = m.Groups["v"].Value is not ("injured" or "wounded" or "hurt");
                // "Toll: one dead": the incident's total.
                var toll = killed && sentence.AsSpan(Math.Max(0, m.Index - 12), m.Index - Math.Max(0, m.Index - 12)).Contains("toll", StringComparison.OrdinalIgnoreCase);
                result.Add(new Casualty(killed, w, w, w, CasualtyRole.People, at, m.Value, Total: toll, Generic: true));
            }
        }

        if (ownClaim)
        {
            // "its fighters had killed 50 hostages": the claimants are the subject, not a figure.
            result.RemoveAll(c => c.Role == CasualtyRole.Attacker && (c.Text.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || c.Text.StartsWith("their ", StringComparison.OrdinalIgnoreCase)));
        }

        return result;
    }

    /// <summary>Whether the sentence gives a figure from another account than the official, latest one.</summary>
    public static bool IsAlternativeAccount(string sentence) => Alternative().IsMatch(sentence) || (OwnClaim().IsMatch(sentence) && !StateSays().IsMatch(sentence));

    /// <summary>Whether the sentence gives a later figure that supersedes the earlier ones.</summary>
    public static bool IsLaterAccount(string sentence) => Later().IsMatch(sentence);

    private static (bool? Killed, bool Part, int End) PredicateAfter(List<Token> tokens, int k)
    {
        // An apposition between the figure and its verb: ", including an officer,", ", three of them officers,", "(FC)".
        if (k < tokens.Count && tokens[k].Text == "(")
        {
            var close = tokens.FindIndex(k, t => t.Text == ")");
            if (close > 0 && close - k < 16)
            {
                k = close + 1;
            }
        }

        if (k + 1 < tokens.Count && tokens[k].Lower == "of" && !tokens[k + 1].IsPunctuation && tokens[k + 1].Lower is not ("them" or "whom" or "those" or "these"))
        {
            // "five members of one family, among them three children, were martyred": a short complement of the noun.
            var j = k + 1;
            while (j < tokens.Count && j - k <= 4 && !tokens[j].IsPunctuation && !VerbFollows(tokens, j))
            {
                j++;
            }

            if (j < tokens.Count && (tokens[j].Text == "," || VerbFollows(tokens, j)))
            {
                k = j;
            }
        }

        if (k < tokens.Count && tokens[k].Text is "," or "—" or "–")
        {
            // An apposition, possibly a list of names: up to the comma (or dash) after which the verb comes.
            var found = -1;
            for (var j = k + 1; j < tokens.Count && j - k <= 60 && found < 0; j++)
            {
                if (tokens[j].Lower is "was" or "were" or "is" or "are" or "had" or "has" or "when" or "while" or "after" or "before")
                {
                    // An apposition has no verb of its own: "Lt Col Junaid Tariq, aged 39, was leading ... while Major X ... embraced shahadat".
                    break;
                }

                if (tokens[j].Text is "," or "—" or "–" && VerbFollows(tokens, j + 1))
                {
                    found = j;
                }
            }

            var close = tokens.FindIndex(k + 1, t => t.Text == ",");
            k = found > 0 ? found + 1 : close > 0 && close - k <= 10 ? close + 1 : k + 1;
        }
        else if (k < tokens.Count && (RelativeStarts.Contains(tokens[k].Lower) || (tokens[k].Lower.Length > 5 && tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) && MatchPhrase(tokens, k, KilledBefore) == 0 && MatchPhrase(tokens, k, InjuredBefore) == 0)))
        {
            // "all 33 militants held in the compound had been killed", "a policeman escorting the vehicles lost his life":
            // a short relative or participial clause, then an auxiliary or the verb.
            for (var j = k + 1; j < tokens.Count && j - k <= 6; j++)
            {
                if (tokens[j].IsPunctuation || tokens[j].Lower is "and" or "but" or "while" or "before" or "after" or "when" or "as")
                {
                    break;
                }

                if (tokens[j].Lower is "had" or "have" or "has" or "were" or "was" || VerbFollows(tokens, j))
                {
                    k = j;
                    break;
                }
            }
        }

        var skipped = 0;
        while (k < tokens.Count && Skippable.Contains(tokens[k].Lower) && skipped < 5)
        {
            if (MatchPhrase(tokens, k, PartAfter) > 0)
            {
                break;
            }

            k++;
            skipped++;
        }

        if (k >= tokens.Count)
        {
            return (null, false, k);
        }

        if (MatchPhrase(tokens, k, PartAfter) is > 0 and var pl)
        {
            var killed = !tokens[k + pl - 1].Lower.StartsWith("inj", StringComparison.Ordinal) && !tokens[k + pl - 1].Lower.StartsWith("wound", StringComparison.Ordinal);
            return (killed, true, k + pl);
        }

        if (MatchPhrase(tokens, k, KilledAfter) is > 0 and var kl)
        {
            // "were killed by a bomb" yes; "killed two" (an active verb after a subject) is handled as active.
            if (tokens[k].Lower == "killed" && skipped == 0 && k + 1 < tokens.Count && ReadNumber(tokens, k + 1) is not null)
            {
                return (null, false, k);
            }

            return (true, false, k + kl);
        }

        if (MatchPhrase(tokens, k, InjuredAfter) is > 0 and var il)
        {
            if (skipped == 0 && k + 1 < tokens.Count && ReadNumber(tokens, k + 1) is not null)
            {
                return (null, false, k);
            }

            return (false, false, k + il);
        }

        return (null, false, k);
    }

    private static bool VerbFollows(List<Token> tokens, int k)
    {
        var n = 0;
        while (k < tokens.Count && Skippable.Contains(tokens[k].Lower) && n++ < 5)
        {
            k++;
        }

        return k < tokens.Count && (MatchPhrase(tokens, k, KilledAfter) > 0 || MatchPhrase(tokens, k, InjuredAfter) > 0 || MatchPhrase(tokens, k, PartAfter) > 0);
    }

    private static bool? PredicateBefore(List<Token> tokens, int from)
    {
        var k = from - 1;
        while (k >= 0 && tokens[k].Lower is "the" or "all" or "its" or "their" or "his" or "her")
        {
            k--;
        }

        if (k < 0)
        {
            return null;
        }

        foreach (var phrase in KilledBefore)
        {
            if (EndsWith(tokens, k, phrase))
            {
                return true;
            }
        }

        foreach (var phrase in InjuredBefore)
        {
            if (EndsWith(tokens, k, phrase))
            {
                return false;
            }
        }

        return null;
    }

    private static bool EndsWith(List<Token> tokens, int k, string[] phrase)
    {
        var s = k - phrase.Length + 1;
        if (s < 0)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (tokens[s + i].Lower != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int MatchPhrase(List<Token> tokens, int k, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (k + phrase.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var i = 0; i < phrase.Length && ok; i++)
            {
                ok = tokens[k + i].Lower == phrase[i];
            }

            if (ok)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private readonly record struct Unit(int From, int To, int Low, int Best, int High, CasualtyRole Role, bool Part, bool All, bool Other, bool Wounded = false, bool Definite = false, bool Comma = false);

    private static List<Unit> ReadList(List<Token> tokens, int i, bool allowThe = false)
    {
        var list = new List<Unit>();
        var first = ReadUnit(tokens, i, allowThe);
        if (first is null)
        {
            return list;
        }

        list.Add(first.Value);
        var k = first.Value.To;
        while (k < tokens.Count)
        {
            var j = k;
            if (tokens[j].Text == "," && j + 1 < tokens.Count && tokens[j + 1].Lower is "including" or "among" or "most" or "mostly")
            {
                // "Six policemen, including trainees, and the prayer leader": skip the inserted part.
                var close = tokens.FindIndex(j + 1, t => t.Text == ",");
                if (close < 0 || close - j > 10)
                {
                    break;
                }

                j = close;
            }

            var comma = false;
            if (tokens[j].Text == ",")
            {
                j++;
                comma = true;
            }

            if (j < tokens.Count && tokens[j].Lower == "and")
            {
                j++;
            }
            else if (j < tokens.Count - 1 && tokens[j].Lower == "as" && tokens[j + 1].Lower == "well")
            {
                j += 3;
            }

            if (j == k || j >= tokens.Count)
            {
                break;
            }

            if (comma && list.Count == 1 && list[0].Best >= 2 && char.IsUpper(tokens[j].Text[0]) && ReadNumber(tokens, j) is null)
            {
                // "two soldiers, Naik Imran Ali (...) and Sepoy Muhammad Usman (...), embraced shahadat": the names are an
                // apposition naming the two, not more victims.
                break;
            }

            var next = ReadUnit(tokens, j, allowThe: true);
            if (next is null && comma && list[^1].Best == 1 && char.IsUpper(tokens[j].Text[0]))
            {
                // "killed a former council member, Fazal Rabi, and his driver": skip the name and read on.
                var close = j;
                while (close < tokens.Count && close - j < 5 && !tokens[close].IsPunctuation && char.IsUpper(tokens[close].Text[0]))
                {
                    close++;
                }

                if (close < tokens.Count - 2 && tokens[close].Text == "," && tokens[close + 1].Lower == "and")
                {
                    next = ReadUnit(tokens, close + 2, allowThe: true);
                    comma = false;
                }
            }

            if (next is null || (next.Value.Part && !list[0].Part))
            {
                break;
            }

            list.Add(next.Value with { Comma = comma && tokens[j - 1].Lower != "and" });
            k = next.Value.To;
        }

        // "two civilians, a father and his daughter,": singulars after a comma that add up to the figure name its members.
        if (list.Count > 2 && list[0].Best >= 2 && list[1].Comma && list.Skip(1).All(u => u.Best == 1) && list.Count - 1 == list[0].Best)
        {
            list.RemoveRange(1, list.Count - 1);
        }

        // "killed its imam, a civilian": a singular after a bare comma at the end is an apposition, not another victim.
        if (list.Count > 1 && list[^1].Comma && list[^1].Best == 1 && tokens[list[^1].From].Lower is "a" or "an")
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }

    private static Unit? ReadUnit(List<Token> tokens, int i, bool allowThe)
    {
        if (Ranks.Contains(tokens[i].Lower) && !tokens[i].IsPunctuation && char.IsUpper(tokens[i].Text[0]))
        {
            // "Sepoy Saeed", "Subedar Major Khursheed Akram": a named member of the forces is one.
            var j = i + 1;
            while (j < tokens.Count && !tokens[j].IsPunctuation && char.IsUpper(tokens[j].Text[0]) && j - i < 5)
            {
                j++;
            }

            if (j > i + 1)
            {
                return new Unit(i, j, 1, 1, 1, CasualtyRole.State, false, false, false);
            }
        }

        if (tokens[i].Lower == "another" && i + 1 < tokens.Count && (Skippable.Contains(tokens[i + 1].Lower) || tokens[i + 1].Lower is "died" or "succumbed"))
        {
            return new Unit(i, i + 1, 1, 1, 1, CasualtyRole.People, false, false, true);
        }

        var all = i > 0 && tokens[i - 1].Lower == "all";
        var part = i > 0 && PartBefore(tokens, i);
        var other = i > 0 && tokens[i - 1].Lower is "another";
        int low, best, high, k;
        if (ReadNumber(tokens, i) is { } q)
        {
            (low, best, high, k) = (q.Low, q.Best, q.High, q.Next);
        }
        else if ((allowThe && tokens[i].Lower == "the") || tokens[i].Lower is "its" or "their" or "his" or "her")
        {
            (low, best, high, k) = (1, 1, 1, i + 1);
        }
        else
        {
            return null;
        }

        // "13 of the attackers", "two of his companions"; "five of them" is a part.
        if (k + 1 < tokens.Count && tokens[k].Lower == "of" && tokens[k + 1].Lower is "them" or "whom" or "the" or "his" or "their" or "its")
        {
            if (tokens[k + 1].Lower is "them" or "whom")
            {
                // "five of them children" after a figure is a part; "four of them, <names>, were shot dead" opening a
                // sentence refers back to people named before, and counts.
                var earlier = tokens.Take(i).Any(t => Value(t.Lower) is not null);
                var end = k + 2;
                var role = CasualtyRole.People;
                if (end < tokens.Count && Nouns.TryGetValue(tokens[end].Lower, out var r))
                {
                    role = r;
                    end++;
                }

                return new Unit(i, end, low, best, high, role, earlier, all, other);
            }

            if (k + 2 < tokens.Count && tokens[k + 2].Lower is "dead" or "injured" or "wounded" or "victims" or "martyrs" or "deceased")
            {
                return new Unit(i, k + 3, low, best, high, CasualtyRole.People, true, all, other);
            }

            k += 2;
        }

        var singular = best == 1;
        var modifiers = 0;
        var wounded = false;
        if (k < tokens.Count && tokens[k].Lower is "wounded" or "injured")
        {
            // "five wounded people were brought in".
            wounded = true;
            k++;
        }

        var head = -1;
        CasualtyRole headRole = CasualtyRole.People;
        for (var j = k; j < tokens.Count && modifiers <= 4; j++)
        {
            var w = tokens[j].Lower;
            if (Nouns.TryGetValue(w, out var role))
            {
                head = j;
                headRole = role;
                // Compounds: "police officers", "FC personnel": the last noun is the head.
                continue;
            }

            if (head >= 0 || tokens[j].IsPunctuation || (ModifierStops.Contains(w) && !(w == "of" && j + 1 < tokens.Count && tokens[j + 1].Lower == "police")))
            {
                break;
            }

            if (ReadNumber(tokens, j) is not null && j > k)
            {
                break;
            }

            modifiers++;
        }

        if (head < 0)
        {
            return null;
        }

        // "a Frontier Corps soldier", "an FC soldier": the article is one; "the" only in a list ("two guards and the police officer").
        if (singular && tokens[i].Lower is "a" or "an" or "the" && tokens[head].Lower.EndsWith('s') && !tokens[head].Lower.EndsWith("ss", StringComparison.Ordinal) && tokens[head].Lower != "police")
        {
            return null;
        }

        var otherAfter = k < tokens.Count && tokens[k].Lower is "other" or "others" or "more";
        var to = head + 1;
        if (to + 1 < tokens.Count && tokens[to].Lower is "of" or "from" && Value(tokens[to + 1].Lower) is null && tokens[to + 1].Lower is not ("them" or "whom"))
        {
            // "four members of the law enforcement agencies": the prepositional phrase belongs to the noun.
            var j = to + 1;
            // "Seven men from the Khanewal and Lodhran districts": names may be coordinated inside the phrase.
            while (j < tokens.Count && j - to <= 6 && !tokens[j].IsPunctuation && tokens[j].Lower is not ("were" or "was" or "had" or "have" or "lost" or "died")
                && !(tokens[j].Lower == "and" && !(j + 1 < tokens.Count && char.IsUpper(tokens[j + 1].Text[0])))
                && MatchPhrase(tokens, j, KilledAfter) == 0 && MatchPhrase(tokens, j, InjuredAfter) == 0)
            {
                j++;
            }

            if (j - to <= 6)
            {
                to = j;
            }
        }

        var definite = tokens[i].Lower is "the" or "its" or "their" or "his" or "her";
        return new Unit(i, to, low, best, high, headRole, part, all, other || otherAfter, wounded, definite);
    }

    private static bool PartBefore(List<Token> tokens, int i)
    {
        var p = tokens[i - 1].Lower;
        if (p is "including" or "includes" or "included")
        {
            return true;
        }

        return i > 1 && tokens[i - 2].Lower == "among" && p is "them" or "whom" or "those";
    }

    private readonly record struct Quantity(int Low, int Best, int High, int Next);

    private static Quantity? ReadNumber(List<Token> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return null;
        }

        var w = tokens[i].Lower;
        if (w == "between" && i + 3 < tokens.Count && Value(tokens[i + 1].Lower) is { } a && tokens[i + 2].Lower == "and" && Value(tokens[i + 3].Lower) is { } b)
        {
            return Range(a, b, i + 4);
        }

        // Qualifiers: "at least", "more than", "as many as", "up to", "about", "some", "an estimated", "a total of".
        var k = i;
        for (var n = 0; n < 3 && k < tokens.Count && (Qualifiers.Contains(tokens[k].Lower) || tokens[k].Lower is "at" or "more" or "up" or "as" or "an" or "a" or "just" or "well"); n++)
        {
            if (Value(tokens[k].Lower) is not null || (tokens[k].Lower is "a" or "an" && !(k + 1 < tokens.Count && Qualifiers.Contains(tokens[k + 1].Lower))))
            {
                break;
            }

            k++;
        }

        if (k >= tokens.Count)
        {
            return null;
        }

        if (k > i && !QualifierOk(tokens, i, k))
        {
            k = i;
        }

        var t = tokens[k].Lower;
        int value;
        var next = k + 1;
        if (t is "a" or "an" or "one")
        {
            if (next < tokens.Count && tokens[next].Lower == "dozen")
            {
                value = 12;
                next++;
            }
            else
            {
                value = 1;
            }
        }
        else if (Value(t) is { } v)
        {
            value = v;
            if (next < tokens.Count && tokens[next].Lower == "dozen")
            {
                value *= 12;
                next++;
            }
        }
        else if (t.Contains('-', StringComparison.Ordinal) && t.Split('-') is [var x, var y] && Value(x) is { } lo && Value(y) is { } hi && char.IsDigit(x[0]) && hi > lo)
        {
            return Range(lo, hi, next);
        }
        else
        {
            return null;
        }

        // "four or five", "10 to 12", "seven to eight".
        if (next + 1 < tokens.Count && tokens[next].Lower is "to" or "or" && Value(tokens[next + 1].Lower) is { } upper && upper > value)
        {
            return Range(value, upper, next + 2);
        }

        return new Quantity(value, value, value, next);
    }

    private static bool QualifierOk(List<Token> tokens, int i, int k)
    {
        var phrase = string.Join(' ', tokens.Skip(i).Take(k - i).Select(t => t.Lower));
        return phrase is "at least" or "more than" or "over" or "nearly" or "about" or "around" or "some" or "almost" or "roughly" or "approximately"
            or "an estimated" or "a total of" or "up to" or "as many as" or "just over" or "well over" or "another";
    }

    private static Quantity Range(int a, int b, int next) => new(a, (a + b + 1) / 2, b, next);

    private static int? Value(string w)
    {
        if (w.Length <= 6 && w.Length > 0 && char.IsDigit(w[0]) && int.TryParse(w.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        if (Words.TryGetValue(w, out var v) && w != "dozen")
        {
            return v;
        }

        var dash = w.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Words.TryGetValue(w[..dash], out var tens) && Words.TryGetValue(w[(dash + 1)..], out var units) && tens >= 20 && units < 10)
        {
            return tens + units;
        }

        return null;
    }

    private static void Mark(bool[] used, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(used.Length, to); i++)
        {
            used[i] = true;
        }
    }

    private static int TokenAt(List<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= offset)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Token(string Text, string Lower, int Start, int End, bool IsPunctuation);

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>(s.Length / 5);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < s.Length && (char.IsLetterOrDigit(s[j]) || ((s[j] is '-' or '\'' or '\u2019' or ',' or '.') && j + 1 < s.Length && char.IsLetterOrDigit(s[j + 1])
                    && (s[j] is not (',' or '.') || (char.IsDigit(s[j - 1]) && char.IsDigit(s[j + 1]))))))
                {
                    j++;
                }

                var text = s[i..j];
                var lower = text.ToLowerInvariant();
                if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal))
                {
                    lower = lower[..^2];
                }

                tokens.Add(new Token(text, lower, i, j, false));
                i = j;
            }
            else if (char.IsWhiteSpace(c) || c is '"' or '\u201c' or '\u201d' or '\u2018' or '\u2019' or '\'')
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(c.ToString(), c.ToString(), i, i + 1, true));
                i++;
            }
        }

        return tokens;
    }

    private static string[][] Phrases(params string[] phrases) =>
        phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length).ToArray();

    private static Dictionary<string, CasualtyRole> BuildNouns()
    {
        var d = new Dictionary<string, CasualtyRole>(StringComparer.Ordinal);
        foreach (var w in "militant militants attacker attackers gunman gunmen terrorist terrorists khwarij khawarij khariji kharijis kharji kharjis khwarji insurgent insurgents assailant assailants bomber bombers fighter fighters rebel rebels miscreants commander commanders hijackers hijacker kidnappers raiders infiltrators outlaws".Split(' '))
        {
            d[w] = CasualtyRole.Attacker;
        }

        foreach (var w in "soldier soldiers troops trooper troopers personnel policeman policemen police constable constables officer officers guard guards jawan jawans sepoy sepoys commando commandos cop cops levies rangers paramilitaries paramilitary sub-inspector sub-inspectors inspector inspectors superintendent dsp sho fc sailors airmen khasadar khasadars lawmen risaldar risaldars dafadar dafadars havildar havildars naik naiks subedar subedars".Split(' '))
        {
            d[w] = CasualtyRole.State;
        }

        foreach (var w in ("people persons person civilian civilians child children boy boys girl girls woman women passenger passengers miner miners worker workers labourer labourers " +
            "laborers trader traders worshipper worshippers worshipers student students teacher teachers national nationals engineer engineers barber barbers resident residents " +
            "bystander bystanders passer-by passers-by driver drivers pupil pupils villager villagers player players cricketers cricketer tourist tourists pilgrim pilgrims " +
            "imam lawyer lawyers journalist journalists doctor doctors others relatives members member companions companion daughter son sons daughters wife brother family " +
            "cadets cadet trainees trainee candidate supporters shopkeepers vendors farmers employees official officials men man leader tehsildar " +
            "adult adults infant infants toddler toddlers elder elders guest guests mourner mourners patient patients nurse nurses sister sisters father mother " +
            "husband uncle nephew cousin brothers wives customers spectators devotees commuters porters hostage hostages watchman watchmen labourer " +
            "bodyguard bodyguards nephew nephews niece grandson granddaughter uncle cousins " +
            "volunteer volunteers rescuer rescuers vaccinator vaccinators shepherd shepherds schoolteacher schoolteachers lecturer professor principal headmaster clerk shopkeeper vendor farmer employee contractor contractors cleric clerics scholar scholars judge judges councillor councillors politician politicians activist activists tailor mechanic pedestrian pedestrians motorist motorists").Split(' '))
        {
            d[w] = CasualtyRole.People;
        }

        return d;
    }

    [GeneratedRegex(@"\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|people killed|those killed|victims|fatalities))\b[^.;:]{0,140}?\b(?:rose|rises|has risen|had risen|risen|climbed|climbs|reached|reaches|had reached|has reached|jumped|jumps|increased|increases|went up|mounted|surged)\b(?: to)? (?<q>\S)|\b(?:revised|lowered|corrected|raised|brought down|updated) (?:the )?(?:death )?toll\b[^.;:]{0,100}?\b(?:down |up )?to (?<q>\S)|\bput (?:the )?(?:total )?(?:death toll|toll|(?:number|figure|count|tally)(?! of (?:the )?(?:injured|wounded|people (?:injured|wounded|hurt)|those (?:injured|wounded|hurt)))|number of (?:the )?(?:dead|deaths|people killed|those killed|victims|fatalities))\b[^.;:]{0,80}?\bat (?<q>\S)|\b(?:had |have |has )?(?:counted|recorded) (?<q>\S)[^.;:\s]{0,12} (?:dead|deaths|bodies|fatalities)\b|\b(?:death toll|toll|own count|own tally|own figure|count|tally) (?:stood|stands|was|is|now stands) at (?<q>\S)|\b(?:taking|bringing|pushing|raising) the (?:death )?toll to (?<q>\S)", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex TollTotal();

    [GeneratedRegex(@"\b(?<q>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) bodies\b|\bbodies of (?:the )?(?<q>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b(?=[^.]{0,60}\b(?:found|recovered|retrieved|brought|shifted|handed|dumped|lying))|\bbody of (?<q>a|an|one)\b(?=[^.]{0,100}\b(?:was|were|had been) (?:found|recovered|retrieved|dumped))", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex Bodies();

    [GeneratedRegex(@"\b(?:personnel|soldiers|policemen|troops|officers|jawans|constables|FC men|Levies men)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex StateTotal();

    [GeneratedRegex(@"\b(?:the|an earlier|its earlier|their earlier) (?:figure|toll|count|tally) of (?<q>\d+)\b(?=[^.;]{0,80}\b(?:earlier|before|initially|first|previously|had counted|double|twice|wrong|incorrect))", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex SupersededFigure();

    [GeneratedRegex(@"\b(?<q>one|two|three|four|five|\d+) of the (?:injured|wounded)(?: [a-z]+)? (?:later |also )?(?:died|succumbed|passed away)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex InjuredDied();

    [GeneratedRegex(@"\b(?:the|a) (?:suicide )?(?:bomber|attacker),? (?:who )?(?:had )?(?:also )?(?:died|was killed|was also killed)\b|\bkilling (?:him|her)self\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex BomberDied();

    [GeneratedRegex(@"\b(?:shot|shooting|killed|killing|gunned) (?:all of )?them (?:dead|down)\b|\ball of them (?:were|had been) (?:killed|shot dead)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex AllOfThem();

    [GeneratedRegex(@"\b(?:no other (?:person|people)|nobody else|no one else|no(?: other)? soldiers? or civilians?|no civilians? or soldiers?|nobody|no police (?:official|personnel|man)s?|no policemen|no security personnel)\b[^.]{0,20}?\b(?:was|were) (?:hurt|harmed|injured|wounded)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex NoOneElseHurt();

    [GeneratedRegex(@"\b(?:said|claimed|claiming|saying)\b[^.]{0,80}?\b(?:it|they|its fighters|its men|its militants|its cadres)\b(?: had (?:carried out|""?\w+""?) [^.,]{0,40}? and)? (?:had )?(?:killed|martyred)\b|\bclaimed (?:to have )?killed\b|\bclaim(?:ed|ing) that\b[^.]{0,60}\b(?:had been|were|have been) killed\b|\bclaim(?:ed|s|ing)? (?:responsibility|the (?:attack|bombing|blast|assault|ambush|killing|raid))\b[^.]{0,100}?(?:\band said|,? saying|,? says|\band says)\b[^.]{0,60}?\b(?:(?:had been|were|have been|was) )?killed\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex OwnClaim();

    [GeneratedRegex(@"(?<![\w.:/-])(?<!\b(?:aged|the|The|all|All|those|these) )(?<q>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?<v>injured|wounded|hurt|dead|killed|martyred)\b(?!\s+(?:in|on|at|during|since|so far|this|last|over)\b)(?!\s+[a-z]+s\b)", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex BareFigure();

    // "The CTD said on Wednesday that it had killed three militants": the state's own figure, not a group's claim.
    [GeneratedRegex(@"\b(?:military|army|ISPR|CTD|Counter-Terrorism Department|police|security forces|troops|Levies|Frontier Corps|FC|media wing|Inter-Services Public Relations|officials)\b[^.]{0,60}\b(?:said|says|stated)\b[^.]{0,40}?\b(?:it|they|troops) (?:had )?killed\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex StateSays();

    [GeneratedRegex(@"\b(?:there (?:were|was) no|caused no|causing no|reported no|with no|without any|no) (?:casualties|deaths|loss of life)\b|\bno one was (?:killed or (?:hurt|injured|harmed)|harmed)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex NoCasualties();

    [GeneratedRegex(@"\((?:age|aged|\d{2},)\b[^()]{0,80}\)|\((?:a )?resident of\b[^()]{0,60}\)", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex PersonAside();

    [GeneratedRegex(@"^\s*(?:were |was )?(?:suffered |reported )?among (?:the |our |own )?(?:troops|soldiers|security (?:forces|personnel)|forces|police|policemen|personnel|jawans)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex AmongTroops();

    [GeneratedRegex(@"^\W*(?:but |and )?(?:nobody|no one|no-one|none)(?: else| of them)? (?:was|were|has been|had been|got) (?:(?<killed>killed)|(?<hurt>hurt|harmed|injured|wounded))(?: (?:or|and|nor) (?:(?<killed>killed)|(?<hurt>hurt|harmed|injured|wounded)))?(?: in the (?:attack|blast|explosion|incident|firing))?(?:\W*$|, (?!(?:but|while|although|though|except)\b))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, NewsCoder.MatchTimeoutMs)]
    private static partial Regex NobodyKilled();

    [GeneratedRegex(@"\b(?:had said|had put|had earlier|earlier put|had initially|initially|early (?:[\w-]+ ){0,3}reports|some (?:media )?(?:outlets|reports|media)|different (?:figures|account)|gave (?:a |somewhat |slightly |very )?different|told (?:Afghan|local|foreign) media|unconfirmed reports|Earlier on|Earlier in the day|earlier in the day|claimed (?:the attack|responsibility|the ambush|the bombing) and said|a figure (?:the|that|which|officials)|had been reported (?:killed|dead)|(?:was|were) (?:initially|first) reported|Sources (?:in|within|close to) (?:the )?[A-Z][\w-]*|(?:party's|group's|family's|its|their) own (?:count|tally|figure|list)|(?:Initial|initial|First|first) reports)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"\b(?:later|rose to|has risen|had reached|has reached|updated|revised)\b", RegexOptions.IgnoreCase, NewsCoder.MatchTimeoutMs)]
    private static partial Regex Later();
}
