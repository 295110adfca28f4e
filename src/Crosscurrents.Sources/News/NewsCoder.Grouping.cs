using System.Text.RegularExpressions;
using Crosscurrents.Sources.News.Internal;

namespace Crosscurrents.Sources.News;

public sealed partial class NewsCoder
{
    private static readonly HashSet<string> NonViolent = new(StringComparer.Ordinal) { "ceasefire", "talks", "agreement" };

    /// <summary>Groups sentences into incidents (see the class remarks).</summary>
    private List<Incident> Group(string text, List<SentenceFacts> sentences, Dateline? dateline)
    {
        var incidents = new List<Incident>();
        Incident? current = null;
        PlaceMention? heading = null;
        // The place a ticker's lines repeat: the dateline's ("BREAKING — MASTUNG:"), then each heading's.
        var lineHeading = dateline?.Place is { } dp ? new PlaceMention(dp, dateline.PlaceStart, dateline.PlaceText, 5) : null;
        var newSection = false;
        var pending = new List<SentenceFacts>();
        PlaceMention? pendingPlace = null;
        TimeMention? pendingTime = null;
        foreach (var s in sentences)
        {
            if (s.Segment.OpensParagraph && s.Segment.Heading is { } h)
            {
                // A place heading opens a section (roundups); a clock time (tickers) does not.
                var hp = HeadingPlace(h, s.Segment.HeadingStart);
                // "ISLAMABAD: TTP denies involvement ...": a capital heading a ticker line is where it was said, like a clock time.
                var timed = s.Segment.Timed || (hp is not null && Capitals.Contains(hp.Place.Name));
                if (timed)
                {
                    hp = null;
                }

                // A ticker repeats its place on every line ("MASTUNG: ...", "MASTUNG: ..."): only another place opens a section.
                var samePlace = hp is not null && (heading ?? (current?.HeadingPlace is null ? lineHeading : null)) is { } previous && SamePlace(previous, hp);
                lineHeading = hp ?? lineHeading;
                if ((hp is not null && !samePlace) || (hp is null && current is not null && !timed))
                {
                    heading = hp;
                    newSection = true;
                }
            }

            if (s.Segment.OpensParagraph && s.End - s.Start <= 40 && IsCapsLine(text, s) && HeadingPlace(text[s.Start..s.End], s.Start) is { } lone)
            {
                // A roundup's heading on its own line ("KHYBER"): the section's place.
                heading = lone;
                lineHeading = lone;
                newSection = true;
                continue;
            }

            // A non-violent event is named by the pattern that opens it ("held talks"), not by a word in passing ("the ceasefire").
            var type = s.Best is { } top && NonViolent.Contains(top.EventType) && !top.Opens && s.Triggers.FirstOrDefault(t => NonViolent.Contains(t.EventType) && t.Opens) is { } opener
                ? opener.EventType
                : s.Best?.EventType;
            s.GenericHistory = Generic().IsMatch(text.AsSpan(s.Start, s.End - s.Start));
            var content = (type is not null && (Violent.Contains(type) ? s.HasCasualties || (StrongTrigger(s) && !Denial().IsMatch(text.AsSpan(s.Start, s.End - s.Start))) : StrongNonViolent(s)) || s.HasDeaths) && !s.GenericHistory
                // A summary of several incidents ("four people were killed in separate incidents on Monday and Tuesday") opens
                // none of them, unless it leads the report with one day for all ("attacked two camps late on Wednesday").
                && !(s.Aggregate && (current is not null || s.Times.Where(t => !t.Speech).Select(t => t.Date).Distinct().Count() > 1));
            var place = BestPlace(s);
            // A truce or talks are dated by the day announced or held: "The TTP announced on Thursday an extension".
            var time = type is not null && NonViolent.Contains(type) ? s.Times.FirstOrDefault() ?? EventTime(text, s) : EventTime(text, s);
            if (!content)
            {
                // Detail, a claim, a reaction: it stays with the incident whose place it names, else the current one.
                if (current is not null && s.Cue && (s.Best is { Opens: true } || AttackNoun().IsMatch(text.AsSpan(s.Start, s.End - s.Start)) || OperationNoun().IsMatch(text.AsSpan(s.Start, s.End - s.Start))) && !s.GenericHistory)
                {
                    // "In another operation, conducted on 18 August in Tajori, ...", "In a separate incident, miscreants hurled a grenade ...".
                    current = new Incident { OpeningType = type, Place = place, Time = time };
                    incidents.Add(current);
                }
                else if (place is not null && incidents.FirstOrDefault(i => SamePlace(i.Place, place)) is { } named && named != current && place.Place.District is not null)
                {
                    current = named;
                }
                else if (current is not null && place is not null && place.Place.District is not null && current.Place is not null && !SamePlace(current.Place, place)
                    && !Refines(current.Place, place) && ((PlaceOpens().IsMatch(text.AsSpan(s.Start, Math.Min(40, s.End - s.Start))) && Perpetrators().IsMatch(text.AsSpan(s.Start, s.End - s.Start)))
                        || (s.Segment.OpensParagraph && (s.Best is { Opens: true } || AttackNoun().IsMatch(text.AsSpan(s.Start, s.End - s.Start))) && !s.GenericHistory && time is { Precision: Core.Events.DatePrecision.Day } && current.Time is not null && time.Date != current.Time.Date)))
                {
                    // "The week's deadliest attack came on Tuesday at iftar time in Bannu.": a paragraph about another place and day.
                    // "In Panjgur, militants tried to enter a camp ...": a paragraph about another place opens an incident there.
                    current = new Incident { OpeningType = null, Place = place, Time = time };
                    incidents.Add(current);
                }

                else if (current is not null && place is not null && place.Score >= 2 && (current.Place is null || Refines(current.Place, place)
                    || (incidents.Count == 1 && current.Sentences.Count <= 3 && current.Place.Place.District is null && current.Place.Score < 2 && place.Place.District is not null && place.Score >= 3)))
                {
                    // "The strikes hit villages in the Spera district of Khost province" after "in Kabul": the district named first beats a province in passing.
                    current.Place = place;
                }

                if (current is not null && current.Time is null && time is not null && (s.Best is not null || (incidents.Count == 1 && current.Sentences.Count <= 2)) && time.Precision == Core.Events.DatePrecision.Day)
                {
                    // "The attack took place on Tuesday night": a detail sentence dates an incident its opening left undated.
                    current.Time = time;
                }

                if (current is null)
                {
                    // Before the first event (an ISPR release's setting, a dateline paragraph): kept for the first incident.
                    pending.Add(s);
                }

                current?.Sentences.Add(s);
                continue;
            }

            var effectiveType = type ?? current?.OpeningType ?? "armed_assault";
            // "21 militants had been killed in the operations that followed": a separately reported operation is its own event.
            // "Later that day the deputy commissioner put the number at 21": a cue before a toll update is not another event.
            var cue = s.Cue && !(s.Best is null && s.Casualties.Count > 0 && s.Casualties.All(c => c.Total));
            var startNew = current is null || newSection || cue || s.Context || (s.HasDeaths && current.OpeningType != "security_operation" && SeparateOperations().IsMatch(text.AsSpan(s.Start, s.End - s.Start)));
            // Another place opens another incident only when the sentence tells an event of its own: a trigger not
            // referring back ("the explosion happened in ..."), and not the other side of a border clash.
            // Deaths told without a trigger at the start of a paragraph or clause ("In Balochistan, four attackers were killed") count too.
            var ownEvent = ((s.Best is null && s.HasDeaths && (s.Segment.OpensParagraph || char.IsLower(text[s.Start])) && !s.Alternative && !s.ClaimOrSpeculation)
                    || (s.Best is { } b0 && !DefiniteReference().IsMatch(text.AsSpan(Math.Max(s.Start, b0.Start - 12), b0.Start - Math.Max(s.Start, b0.Start - 12)))))
                && !(current?.OpeningType == "border_clash" && place?.Place.Country != "Pakistan" && type is null or "border_clash");
            if (!startNew && ownEvent && place is not null && current!.Place is not null && !SamePlace(current.Place, place) && !Refines(current.Place, place) && !Contains(place, current.Place))
            {
                // Another place: back to the incident already there, or a new one.
                if (incidents.LastOrDefault(i => SamePlace(i.Place, place)) is { } there)
                {
                    current = there;
                }
                else
                {
                    startNew = true;
                }
            }

            if (!startNew && current is not null && current.OpeningType is { } open && type is not null)
            {
                var kindChange = (type == "border_clash") != (open == "border_clash") && (type == "border_clash" || s.HasDeaths);
                var peaceChange = NonViolent.Contains(type) != NonViolent.Contains(open) || (NonViolent.Contains(type) && type != open);
                var dayChange = time is not null && current.Time is not null && time.Date != current.Time.Date && type != open && !Response(text, s);
                var farBack = time is not null && current.Time is not null && (time.Precision == Core.Events.DatePrecision.Month) != (current.Time.Precision == Core.Events.DatePrecision.Month);
                startNew = kindChange || (peaceChange && (NonViolent.Contains(type) || s.HasCasualties)) || dayChange || farBack;
            }
            else if (!startNew && current is not null && time is not null && current.Time is not null && time.OffsetDays is null
                && ((time.Precision == Core.Events.DatePrecision.Month && current.Time.Precision != Core.Events.DatePrecision.Month) || time.Date < current.Time.Date.AddDays(-3)))
            {
                // An earlier event told in passing ("Before this, on January 31, ...").
                startNew = true;
            }

            if (startNew && type is null && current is not null && !s.Cue && !newSection)
            {
                // Another place's event told without a trigger ("In Balochistan, four attackers were killed ..."): its own
                // kind, not the last incident's; but strikes or a clash told place by place stay strikes or a clash.
                var kind = current.Sentences.SelectMany(x => x.Triggers).MaxBy(t => t.Priority)?.EventType;
                effectiveType = kind is "cross_border_strike" or "border_clash" ? kind : current.OpeningType is "cross_border_strike" or "border_clash" ? current.OpeningType : "armed_assault";
            }

            if (startNew)
            {
                current = new Incident { OpeningType = effectiveType, HeadingPlace = newSection ? heading : current?.HeadingPlace };
                if (!newSection && current.HeadingPlace is not null && place is not null)
                {
                    current.HeadingPlace = null;
                }

                current.Context = s.Context;
                current.Definite = s.Best is { } ob && DefiniteReference().IsMatch(text.AsSpan(Math.Max(s.Start, ob.Start - 12), ob.Start - Math.Max(s.Start, ob.Start - 12)));
                incidents.Add(current);
                newSection = false;
                current.SplitPlaces.AddRange(CoordinatedPlaces(text, s));

                if (incidents.Count == 1 && pending.Count > 0)
                {
                    current.Sentences.AddRange(pending);
                    pendingPlace = pending.Select(BestPlace).Where(p => p is not null && p.Score >= 2).MaxBy(p => p!.Score);
                    pendingTime = pending.Select(p => EventTime(text, p)).LastOrDefault(t => t is not null);
                }
            }

            current!.Sentences.Add(s);
            if (place is not null && (current.Place is null || Refines(current.Place, place)))
            {
                current.Place = place;
            }

            if (time is not null && (current.Time is null || (current.Time.OffsetDays is not null && time.OffsetDays is null)))
            {
                current.Time = time;
            }

            current.Place ??= pendingPlace;
            current.Time ??= pendingTime;
            pendingPlace = null;
            pendingTime = null;

            if (current.OpeningType is null || (type is not null && current.Sentences.Count(x => x.Best is not null) == 1 && current.OpeningType != type && !Violent.Contains(current.OpeningType)))
            {
                current.OpeningType = effectiveType;
            }
        }

        return incidents;
    }

    /// <summary>The place in a sentence that most likely is the event's (the highest score, then the first).</summary>
    private static PlaceMention? BestPlace(SentenceFacts s)
    {
        PlaceMention? best = null;
        foreach (var p in s.Places)
        {
            if (best is null || p.Score > best.Score)
            {
                best = p;
            }
        }

        return best;
    }

    /// <summary>The event's time in a sentence: a siege by its start ("began on Sunday"), else the first expression not
    /// dating a statement.</summary>
    private static TimeMention? EventTime(string text, SentenceFacts s)
    {
        TimeMention? first = null;
        foreach (var t in s.Times)
        {
            if (t.Speech)
            {
                continue;
            }

            var before = text.AsSpan(Math.Max(s.Start, t.Start - 20), t.Start - Math.Max(s.Start, t.Start - 20));
            if (BeganBefore().IsMatch(before))
            {
                return t;
            }

            first ??= t;
        }

        return first;
    }

    private static bool SamePlace(PlaceMention? a, PlaceMention? b) =>
        a is not null && b is not null && a.Place.Country == b.Place.Country && a.Place.Province == b.Place.Province &&
        (a.Place.District ?? "") == (b.Place.District ?? "") && (a.Place.Country == "Pakistan" || a.Place.District is not null || a.Place.Name == b.Place.Name || (!a.Place.Town && !b.Place.Town));

    /// <summary>A province (or country) that contains the place: "in Balochistan" after "in Gwadar" is the same place.</summary>
    private static bool Contains(PlaceMention outer, PlaceMention inner) =>
        outer.Place.District is null && !outer.Place.Town && outer.Place.Country == inner.Place.Country &&
        (outer.Place.Province == inner.Place.Province || outer.Place.Name == outer.Place.Country);

    /// <summary>A province, then a district in it; a country, then anything in it.</summary>
    private static bool Refines(PlaceMention current, PlaceMention next) =>
        (current.Place.District is null && next.Place.District is not null && (current.Place.Province == next.Place.Province || current.Place.Province.Length == 0 || current.Place.Name == current.Place.Country) && current.Place.Country == next.Place.Country)
        || (current.Place.Province == next.Place.Province && current.Place.District is null && next.Place.District is null && next.Score > current.Score)
        || (current.Place.Name == current.Place.Country && current.Place.Country == next.Place.Country);

    private PlaceMention? HeadingPlace(string heading, int start)
    {
        // Matched in title case ("SIBI" → "Sibi"), cited as written: the evidence is the text's own words.
        foreach (Match m in Dictionaries.PlacePattern.Matches(CultureTitle(heading)))
        {
            if (Dictionaries.PlacesByName.TryGetValue(m.Value, out var p) && (p.District is not null || p.Town))
            {
                return new PlaceMention(p, start + m.Index, heading.Substring(m.Index, m.Length), 5);
            }
        }

        foreach (Match m in Dictionaries.PlacePattern.Matches(CultureTitle(heading)))
        {
            if (Dictionaries.PlacesByName.TryGetValue(m.Value, out var p))
            {
                return new PlaceMention(p, start + m.Index, heading.Substring(m.Index, m.Length), 1);
            }
        }

        return null;
    }

    private static string CultureTitle(string s) => System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());

    /// <summary>"the provinces of Kunar and Paktika": several places of one kind named together, one event each.</summary>
    private List<PlaceMention> CoordinatedPlaces(string text, SentenceFacts s)
    {
        var m = Coordinated().Match(text, s.Start, s.End - s.Start);
        if (!m.Success)
        {
            return [];
        }

        var places = new List<PlaceMention>();
        foreach (var g in new[] { m.Groups["a"], m.Groups["b"] })
        {
            if (Dictionaries.PlacesByName.TryGetValue(g.Value, out var p))
            {
                places.Add(new PlaceMention(p, g.Index, g.Value, 1));
            }
        }

        return places.Count == 2 ? places : [];
    }

    /// <summary>A trigger strong enough to open an event without a casualty figure: a concrete attack verb, not
    /// "operations" or "attacks" in general.</summary>
    private static bool StrongTrigger(SentenceFacts s) => s.Triggers.Any(t => t.Opens && t.Priority >= 50 && (s.Places.Count > 0 || t.EventType == "border_clash"));

    private static bool StrongNonViolent(SentenceFacts s) => s.Triggers.Any(t => NonViolent.Contains(t.EventType) && t.Opens);

    private static bool Response(string text, SentenceFacts s) => ResponseWords().IsMatch(text.AsSpan(s.Start, s.End - s.Start));

    [GeneratedRegex(@"\boperations (?:that followed|launched|across|carried out)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex SeparateOperations();

    [GeneratedRegex(@"\b(?:the|that|this|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|yesterday's|last night's)\s+(?:[\w-]+\s+)?$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex DefiniteReference();

    [GeneratedRegex(@"\b(?:in the past|many times|over the years|repeatedly|in recent (?:years|months|weeks)|have long|has long|for years|for decades|time and again|since (?:19|20)\d\d|so far this (?:year|month))\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Generic();

    [GeneratedRegex(@"\b(?:militants|attackers|gunmen|terrorists|insurgents|assailants|bombers?|khwarij|khawarij)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Perpetrators();

    [GeneratedRegex(@"\b(?:denies|denied|deny|denying|rejects|rejected|disowned|disowns|distanced)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:operation|engagement|IBO)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex OperationNoun();

    private static bool IsCapsLine(string text, SentenceFacts s)
    {
        var letters = 0;
        for (var i = s.Start; i < s.End; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }

            letters += char.IsLetter(text[i]) ? 1 : 0;
        }

        return letters >= 3;
    }

    [GeneratedRegex(@"\b(?:attack|assault|bombing|blast|explosion|ambush|raid|device|bomb|grenade|shooting)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex AttackNoun();

    [GeneratedRegex(@"^(?:In|At|Near) (?:the )?[A-Z]", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex PlaceOpens();

    [GeneratedRegex(@"\b(?:began|started|erupted|begun|beginning)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex BeganBefore();

    [GeneratedRegex(@"\b(?:provinces|districts) of (?<a>[A-Z][a-z]+) and (?<b>[A-Z][a-z]+)\b|\b(?<a>[A-Z][a-z]+) (?<k>province|district) and (?<b>[A-Z][a-z]+) \k<k>\b|(?<!, )\b(?<a>[A-Z][a-z]+) and (?<b>[A-Z][a-z]+) (?:provinces|districts)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex Coordinated();

    [GeneratedRegex(@"\b(?:clearance|sanitisation|sanitization|search) operation\b|\bin the (?:ensuing|exchange|firefight|gun battle)\b|\bcommandos\b|\bended the siege\b|\bthat followed\b|\bretaliat|\bresponded\b|\breturned fire\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ResponseWords();
}
