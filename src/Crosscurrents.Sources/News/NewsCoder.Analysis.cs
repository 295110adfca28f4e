using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Crosscurrents.Sources.News.Internal;

namespace Crosscurrents.Sources.News;

public sealed partial class NewsCoder
{
    private static readonly SearchValues<string> CasualtyWords = SearchValues.Create(
        ["kill", "dead", "die", "martyr", "wound", "injur", "hurt", "toll", "bodies", "body", "number", "figure", "tally", "neutrali", "lost", "lives", "shahadat", "martyrdom", "eliminat", "hell", "succumb",
         "harm", "perish", "slain", "gunned", "sacrifice", "casualt", "behead", "execut", "massacr", "death"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> TimeWords = SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
         "month", "week", "days", "day ", "previous day", "preceding day", "night", "overnight", "yesterday", "today", "tonight", "morning"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ClaimStems = SearchValues.Create(
        ["claim", "saying", "whether", "suspect", "speculat", "modus", "looking into"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// The dateline every report style opens with: "PESHAWAR, Jan 30 (Agency) -", "KARACHI, Pakistan (XX) —",
    /// "BANNU:", "Quetta (Staff Reporter) —", "BREAKING — SWAT:". It gives a place to fall back on (the event's own
    /// place comes first) and, when it has one, the date the relative expressions are read against.
    /// </summary>
    private Dateline? ReadDateline(NewsDocument document)
    {
        var m = DatelinePattern().Match(document.Text);
        if (!m.Success)
        {
            return null;
        }

        var date = document.Date;
        if (m.Groups["month"].Success)
        {
            var month = Array.IndexOf(MonthNames, m.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : document.Date.Year;
            if (month >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                // No year: the publication year, or the year before for a late-December dateline read in January.
                date = new DateOnly(year, month, day);
                if (!m.Groups["year"].Success && date > document.Date.AddDays(2))
                {
                    date = date.AddYears(-1);
                }
            }
        }

        var placeGroup = m.Groups["place"];
        var first = placeGroup.Value.Split('/')[0].Trim();
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(first.ToLowerInvariant());
        var place = Dictionaries.PlacesByName.GetValueOrDefault(first) ?? Dictionaries.PlacesByName.GetValueOrDefault(title);
        return new Dateline(date, place, first, placeGroup.Index, m.Value.TrimEnd(), m.Index + m.Length);
    }

    private List<SentenceFacts> Analyse(string text, int from, DateOnly reference)
    {
        var segments = TextSegmenter.Split(text, from);
        var facts = segments.Select(s => new SentenceFacts(s)).ToList();
        if (facts.Count == 0)
        {
            return facts;
        }

        // Patterns, places and times run once over the whole text; their matches are dealt to the sentences.
        foreach (var pattern in Dictionaries.Patterns)
        {
            foreach (Match m in pattern.Pattern.Matches(text, from))
            {
                Owner(facts, m.Index)?.Triggers.Add(new TriggerMatch(pattern.EventType, pattern.Priority, m.Value, m.Index, pattern.Opens));
            }
        }

        foreach (Match m in Dictionaries.PlacePattern.Matches(text, from))
        {
            if (Dictionaries.PlacesByName.TryGetValue(m.Value, out var place) && Owner(facts, m.Index) is { } owner && PlaceScore(text, m, place, owner) is { } score)
            {
                owner.Places.Add(new PlaceMention(place, m.Index, m.Value, score));
            }
        }

        foreach (var f in facts)
        {
            // Most sentences have no time expression: a vectorised search for the words they start with decides.
            if (text.AsSpan(f.Start, f.End - f.Start).IndexOfAny(TimeWords) >= 0 || text.AsSpan(f.Start, f.End - f.Start).IndexOfAnyInRange('0', '9') >= 0)
            {
                f.Times.AddRange(TimeExpressions.Find(text, f.Start, f.End, reference));
            }
        }

        // A correction: what the wrong version said is withdrawn, not another account.
        var correction = Correction().IsMatch(text);
        foreach (var f in facts)
        {
            // A passing mention of an earlier event ("..., two days after an attack in North Waziristan killed seven
            // soldiers") is cut away: its places, figures and triggers are not this sentence's event's.
            if (ContextOpening().Match(text, f.Start, f.End - f.Start) is { Success: true } context && f.Triggers.Any(t => t.Start >= context.Index + context.Length))
            {
                // "The raids came days after a pre-dawn attack on a security post in Makeen ...": the sentence is the earlier event's.
                f.Context = true;
                f.Triggers.RemoveAll(t => t.Start < context.Index + context.Length);
            }
            else if (BackgroundMarker().Match(text, f.Start, f.End - f.Start) is { Success: true } cut)
            {
                // The cut starts at the comma and spaces before the marker, if any (matched from the word, so the scan is fast).
                var at = cut.Index;
                while (at > f.Start && char.IsWhiteSpace(text[at - 1]))
                {
                    at--;
                }

                at = at > f.Start && text[at - 1] == ',' ? at - 1 : at;
                var close = text.IndexOf(',', cut.Index + cut.Length, Math.Min(60, f.End - cut.Index - cut.Length));
                var parenthetical = text[at] == ',' && close > 0 && close < f.End - 2;
                var (from0, to0) = parenthetical ? (at, close) : (at, f.End);
                f.Places.RemoveAll(p => p.Start >= from0 && p.Start < to0);
                f.Triggers.RemoveAll(t => t.Start >= from0 && t.Start < to0);
                f.Times.RemoveAll(t => t.Start >= from0 && t.Start < to0);
                f.CutFrom = from0;
                f.CutTo = to0;
            }

            f.Triggers.Sort((a, b) => b.Priority != a.Priority ? b.Priority.CompareTo(a.Priority) : a.Start.CompareTo(b.Start));
            var sentence = text.AsSpan(f.Start, f.End - f.Start);
            if (sentence.IndexOfAny(CasualtyWords) >= 0)
            {
                if (!(correction && Withdrawn().IsMatch(sentence)))
                {
                    f.Casualties.AddRange(CasualtyGrammar.Read(text, f.Start, f.End).Where(c => c.Start < f.CutFrom || c.Start >= f.CutTo));
                }

                var s = sentence.ToString();
                f.Alternative = CasualtyGrammar.IsAlternativeAccount(s);
                f.Later = CasualtyGrammar.IsLaterAccount(s);
                if (!f.Casualties.Any(c => c.Killed) && (HeDied().Match(s) is { Success: true } died))
                {
                    // "Two men shot him in the back ... He died on the spot.": the victim named before; someone already counted if a figure came first.
                    f.Casualties.Add(new Casualty(true, 1, 1, 1, CasualtyRole.People, f.Start + died.Index, died.Value, Definite: true));
                }
                else if (!f.Casualties.Any(c => c.Killed) && SingularObject().Match(s) is { Success: true } obj && !NotAVictim.Contains(obj.Groups["n"].Value))
                {
                    // "gunmen shot dead a government schoolteacher, Abdul Karim, outside his home": one victim, whatever the noun.
                    f.Casualties.Add(new Casualty(true, 1, 1, 1, CasualtyRole.People, f.Start + obj.Index, obj.Value));
                }
                else if (!f.Casualties.Any(c => c.Killed) && SingularVerb().Match(s) is { Success: true } verb)
                {
                    // Only then the costlier look for its singular subject, in the words before the verb.
                    var from0 = Math.Max(0, verb.Index - 140);
                    var window = s[from0..(verb.Index + verb.Length)];
                    if (SingularVictim().Match(window) is { Success: true } one)
                    {
                        f.Casualties.Add(new Casualty(true, 1, 1, 1, CasualtyRole.People, f.Start + from0 + one.Index, one.Value));
                    }
                    else if (PronounVictim().Match(s) is { Success: true } he)
                    {
                        // "The constable was hit ... and shifted to hospital, where he was pronounced dead."
                        f.Casualties.Add(new Casualty(true, 1, 1, 1, CasualtyRole.People, f.Start + he.Index, he.Value));
                    }
                }
            }

            if (f.Segment.Timed)
            {
                // A ticker line is the news at its time: its figures supersede the earlier lines'.
                f.Later = true;
            }

            f.Cue = NewEventCue().IsMatch(sentence);
            f.Aggregate = Aggregate().IsMatch(sentence);
            f.ClaimOrSpeculation = sentence.IndexOfAny(ClaimStems) >= 0 && ClaimWords().IsMatch(sentence);
        }

        for (var i = 1; i < facts.Count; i++)
        {
            // "... claimed responsibility through its Amaq news agency. It said five Taliban members had been killed.": the claim's figure.
            if (facts[i - 1].ClaimOrSpeculation && !facts[i].Alternative && facts[i].Casualties.Count > 0 && ClaimantSays().IsMatch(text.AsSpan(facts[i].Start, facts[i].End - facts[i].Start)))
            {
                facts[i].Alternative = true;
            }
        }

        return facts;
    }

    private static SentenceFacts? Owner(List<SentenceFacts> facts, int offset)
    {
        int lo = 0, hi = facts.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < facts[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= facts[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return facts[mid];
            }
        }

        return null;
    }

    /// <summary>
    /// How strongly a place name names the event's place: a town or an explicit district ("Noshki district") over a
    /// bare district, a district over a province, a province over a country; none for a place people came from or went
    /// to ("moved to Karachi", "from Punjab"), a road named after a town ("the Quetta–Taftan highway"), or an
    /// institution ("Khyber Teaching Hospital").
    /// </summary>
    private static readonly HashSet<string> Capitals = new(StringComparer.Ordinal) { "Islamabad", "Kabul", "Beijing", "Washington", "New Delhi", "Delhi", "Tehran", "Moscow", "Doha" };

    private static readonly HashSet<string> NotAVictim = new(StringComparer.Ordinal)
    {
        "number", "total", "bomb", "blast", "suicide", "militant", "terrorist", "gunman", "attacker", "bomber", "commander", "fighter", "insurgent", "dozen", "few", "lot",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "In", "At", "On", "The", "Near", "From", "To", "And", "But", "Upper", "Lower", "North", "South", "East", "West", "Central", "Northern", "Southern",
        "Eastern", "Western", "District", "Province", "Greater", "Old", "New", "General", "Tehsil", "Town", "City", "Outside", "Inside", "Across", "Of", "By", "For",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "District", "Province", "Division", "Agency", "Valley", "Cantonment", "City", "Town", "Tehsil", "Region", "Pass", "Road", "Highway", "Bazaar",
        "Pakistan", "Afghanistan", "Police", "On", "In", "At", "The", "And", "But", "Security", "Officials", "Deputy",
    };

    private int? PlaceScore(string text, Match m, NewsPlace place, SentenceFacts owner)
    {
        var before = text.AsSpan(Math.Max(owner.Start, m.Index - 12), m.Index - Math.Max(owner.Start, m.Index - 12));
        var afterLength = Math.Min(owner.End, m.Index + m.Length + 24) - (m.Index + m.Length);
        var after = text.AsSpan(m.Index + m.Length, Math.Max(0, afterLength));
        var explicitDistrict = DistrictAfter().IsMatch(after) || DistrictBefore().IsMatch(before);
        if (Capitals.Contains(m.Value) && !LocativeBefore().IsMatch(before))
        {
            // "Islamabad accuses Kabul": the capital stands for the government.
            return null;
        }

        if (!explicitDistrict && NameBefore().Match(before.ToString()) is { Success: true } name && !Dictionaries.PlacesByName.ContainsKey(name.Groups["w"].Value) && !NotNames.Contains(name.Groups["w"].Value))
        {
            // "Mangal Bagh": a capitalised word before the place name makes it part of another name.
            return null;
        }
        if (!place.Town && NameAfter().Match(after.ToString()) is { Success: true } next && !PlaceWords.Contains(next.Groups["w"].Value) && !Dictionaries.PlacesByName.ContainsKey(next.Groups["w"].Value))
        {
            // "the Bagh Maidan area", "the Thall Scouts": a district's name followed by another name is part of that name.
            return null;
        }

        if (place.District is null && !place.Town && ProvinceInstitution().IsMatch(after))
        {
            // "the Khyber Pakhtunkhwa police", "the Balochistan government": an institution, not the place.
            return null;
        }

        var longBefore = text.AsSpan(Math.Max(owner.Start, m.Index - 40), m.Index - Math.Max(owner.Start, m.Index - 40));
        if (BorderWith().IsMatch(longBefore) || Origin().IsMatch(longBefore))
        {
            // "close to the border with Orakzai district": a neighbour, not the place.
            return null;
        }

        if (!explicitDistrict && (MovementBefore().IsMatch(before) || NotAPlaceAfter().IsMatch(after)))
        {
            return null;
        }

        var score = place.Town ? 3 : place.District is not null ? 2 : place.Province.Length > 0 && place.Name != place.Country ? 1 : 0;
        return score + (explicitDistrict ? 2 : 0);
    }

    private sealed record Dateline(DateOnly Date, NewsPlace? Place, string PlaceText, int PlaceStart, string Text, int End);

    [GeneratedRegex(@"^\s*(?:(?:BREAKING|UPDATE(?: \d+)?|LIVE|URGENT|FLASH)\s*[-–—:]+\s*)?(?<place>[A-Z][A-Za-z.'/-]+(?: [A-Z][A-Za-z.'/-]+){0,3})(?:, (?:Pakistan|Afghanistan)|, [A-Z][a-z]+(?: [A-Z][a-z]+)?(?=:))?(?:,? (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?<day>\d{1,2})(?:,? (?<year>(?:19|20)\d\d))?|,? (?<day>\d{1,2}) (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,? (?<year>(?:19|20)\d\d))?)?(?: \([^)\n]{0,40}\))?\s*(?:[-–—]+|:)\s+", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"\b(?:(?:a|one|two|three|four|five|six|several|a few|\d+) (?:days?|weeks?|months?) (?:after|before)|hours after|which came after|comes? (?:days|weeks|months) after|came (?:days|weeks|months) after|after a series of|the deadliest since)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex BackgroundMarker();

    [GeneratedRegex(@"\G(?:[A-Z][\w'-]*|the|The)(?:\s+[\w'-]+){0,3}?\s+(?:had\s+|have\s+|has\s+)?(?:risen|soared|grown|escalated|worsened|mounted|come|came|comes|followed|follows|follow)\s+(?:(?:days|weeks|hours|a day|two days|three days|a week|shortly|soon|just|only)\s+)?(?:after|since)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ContextOpening();

    [GeneratedRegex(@"\b(?:kill|dead|die|martyr|wound|injur|hurt|toll|bodies|lives|shahadat|martyrdom|eliminat|hell|succumb|harm|perish|slain|gunned|sacrifice|casualt|behead|execut|massacr|death)", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex CasualtyWord();

    [GeneratedRegex(@"\b(?:was|is|been) (?:also |later )?(?:shot dead|killed|martyred|gunned down|shot and killed|pronounced dead|declared dead)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex SingularVerb();

    [GeneratedRegex(@"^(?:He|She) (?:later )?(?:died|was killed|was martyred|succumbed|passed away|embraced shahadat)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex HeDied();

    [GeneratedRegex(@"\b(?:shot dead|gunned down|shot and killed|assassinated|stabbed to death)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?<n>[a-z]+)\b(?=,|\.|\s+(?:in|at|near|outside|on|and|who|while|as|from|of)\b)|\b(?:declared|pronounced) (?:his|her|their|the) (?:[\w-]+ ){0,2}?(?<n>[a-z]+) dead\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex SingularObject();

    [GeneratedRegex(@"(?<!\b(?:whether|if|not|any|none|them|who|which)\b[^,.]{0,40})(?:\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}|\b(?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,3}[a-z]+)(?:, [^,]{1,90},)? (?:was|is|has been|had been) (?:also )?(?:shot dead|killed|martyred|gunned down|shot and killed)\b$", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex SingularVictim();

    [GeneratedRegex(@"\b(?:The|the|A|a) (?:[\w-]+ ){0,2}?(?:constable|policeman|soldier|officer|driver|guard|man|woman|boy|girl|trader|teacher|student|worker|journalist|official|sepoy|jawan|leader|cleric|doctor|child|shopkeeper|passenger|cop|watchman|labourer|engineer|victim)\b[^.;]{0,160}?\b(?:he|she) (?:was|had been|is) (?:later )?(?:pronounced dead|declared dead|killed|martyred|shot dead)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex PronounVictim();

    [GeneratedRegex(@"^(?:In another (?:operation|engagement|raid|incident|attack|development)|In a second (?:operation|engagement|raid)|In (?:a|another) separate (?:incident|attack|operation|engagement)|In a separate (?:incident|attack|development|operation|engagement)|In another (?:incident|attack)|Separately|Elsewhere|In a second (?:attack|incident)|Hours later|Later that day|On the same day|Meanwhile,? in [A-Z]|Also on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex NewEventCue();

    [GeneratedRegex(@"\b(?:claimed|claiming|claim|saying|whether|suspected|speculat|modus operandi|looking into)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ClaimWords();

    [GeneratedRegex(@"\b(?:in|at|near|outside|into|inside|around|across)\s+(?:the\s+)?$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex LocativeBefore();

    [GeneratedRegex(@"(?<w>[A-Z][a-z]+)\s$", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^\s*(?:district|District|tribal district|agency)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex DistrictAfter();

    [GeneratedRegex(@"\b(?:district|District)\s+$", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex DistrictBefore();

    [GeneratedRegex(@"\b(?:to|from|towards|toward|via|for|in the direction of|home to|back to|hails from|hailed from)\s+(?:the\s+)?$|\b(?:hospitals?|CMH|clinic|morgue|mortuary)\s+(?:in|at)\s+$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex MovementBefore();

    [GeneratedRegex(@"\b(?:border with|borders|bordering)\s+(?:the\s+)?$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex BorderWith();

    [GeneratedRegex(@"^(?:It|The group|The outfit|The organisation|The organization|They|Its spokesman|The claim) (?:also |further )?(?:said|claimed|added|alleged)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ClaimantSays();

    [GeneratedRegex(@"\b(?:correction|corrected version|contained (?:several |an |a number of )?errors?|regret the error|we regret)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Correction();

    [GeneratedRegex(@"\b(?:the|that|our|an earlier|the earlier|the original) (?:report|story|article|version|figure) (?:said|stated|reported|had)\b|\b(?:wrongly|incorrectly|erroneously|mistakenly)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Withdrawn();

    [GeneratedRegex(@"\b(?:resident of|residents of|native of|natives of|hailing from|hailed from|hails from|belonged to|belonging to|hometown of|home town of)\s+(?:the\s+)?(?:District\s+)?$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Origin();

    [GeneratedRegex(@"^ (?<w>[A-Z][a-z]+)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex NameAfter();

    [GeneratedRegex(@"^\s+(?:police|Police|government|Government|chief|Chief|minister|Minister|assembly|Assembly|home department|Home Department|CTD|governor|Governor|IG|IGP|cabinet)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex ProvinceInstitution();

    [GeneratedRegex(@"^(?:\s*[–—-]\s*[A-Z][a-z]+ (?:highway|road|Road|Highway|motorway)|\s+(?:Teaching Hospital|Hospital|University|Medical|Press Club|Institute|Stadium)|'s (?:home|native)|\s+(?:province|Province)'s capital)", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex NotAPlaceAfter();
}
