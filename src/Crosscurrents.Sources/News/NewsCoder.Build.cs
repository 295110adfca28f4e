using System.Text.RegularExpressions;
using Crosscurrents.Core.Events;
using Crosscurrents.Sources.News.Internal;

namespace Crosscurrents.Sources.News;

public sealed partial class NewsCoder
{
    private IEnumerable<CodedEvent> Build(NewsDocument document, Incident incident, Dateline? dateline, DateOnly reference, DateOnly? previousDate, NewsPlace? previousPlace)
    {
        var text = document.Text;
        var evidence = new List<Evidence>();
        var spans = incident.Sentences.Select(s => (s.Start, s.End)).ToList();
        var (killedLow, killedBest, killedHigh, injured) = Tolls(text, incident, evidence);
        var trigger = incident.Sentences.SelectMany(s => s.Triggers).OrderByDescending(t => t.Priority).FirstOrDefault();
        var place = incident.HeadingPlace ?? incident.Place;
        var eventType = EventType(text, incident, place, killedBest);
        if (trigger is not null)
        {
            evidence.Insert(0, new Evidence("event_type", trigger.Text, trigger.Start));
        }

        var violent = Violent.Contains(eventType);
        if (!violent)
        {
            killedLow = killedBest = killedHigh = injured = null;
        }

        // Date: the incident's own expression; "N days after" counts back from the incident it relates to.
        DateOnly date;
        DatePrecision precision;
        if (incident.Time is { } t)
        {
            (date, precision) = (t.OffsetDays is { } back && previousDate is { } prev ? prev.AddDays(-back) : t.Date, t.Precision);
            evidence.Add(new Evidence("date", t.Text, t.Start));
        }
        else
        {
            (date, precision) = (previousDate ?? reference, DatePrecision.Day);
            if (dateline is not null)
            {
                evidence.Add(new Evidence("date", dateline.Text, 0));
            }
        }

        NewsPlace? np = place?.Place;
        if (eventType == "border_clash" && np is not null && np.Country != "Pakistan")
        {
            // Border clashes are placed on the Pakistani side, where the fire landed or the posts were attacked.
            var pakistani = incident.Sentences.SelectMany(s => s.Places).Where(p => p.Place.Country == "Pakistan" && p.Place.District is not null).MaxBy(p => p.Score);
            np = pakistani?.Place ?? (previousPlace?.Country == "Pakistan" ? previousPlace : dateline?.Place?.Country == "Pakistan" ? dateline.Place : np);
        }

        if (np is null && violent && previousPlace is not null)
        {
            // No place of its own: where the report's previous incident happened (the clash after the gunman's attack).
            np = previousPlace;
        }
        else if (np is null && violent && dateline?.Place is { } dp)
        {
            np = dp;
            evidence.Add(new Evidence("place", dateline.PlaceText, dateline.PlaceStart));
        }
        else if (place is not null)
        {
            evidence.Add(new Evidence("place", place.Text, place.Start));
        }

        if (eventType == "ceasefire")
        {
            np = null;
        }
        else if (eventType is "talks" or "agreement" && place is not null && !HeldIn(place))
        {
            // Talks are placed where they were held ("in Kabul"), not where the delegates came from.
            np = incident.Sentences.SelectMany(s => s.Places).FirstOrDefault(HeldIn)?.Place;
        }

        bool HeldIn(PlaceMention p) => LocativeBefore().IsMatch(text.AsSpan(Math.Max(0, p.Start - 12), p.Start - Math.Max(0, p.Start - 12)));

        var actors = FindActors(text, spans, eventType, date, evidence);
        incident.ClaimCoversAll = incident.Sentences.Any(s => ClaimsAll().IsMatch(text.AsSpan(s.Start, s.End - s.Start)));
        var places = incident.SplitPlaces.Count > 1 ? incident.SplitPlaces.Select(p => (NewsPlace?)p.Place).ToList() : [np];
        var own = places.Count > 1 ? SplitTolls(text, incident) : null;
        foreach (var p in places)
        {
            var split = places.Count > 1;
            if (own is not null && p is not null && own.TryGetValue(p.Name, out var tolls))
            {
                // "In Nangarhar province, three civilians were martyred ... In Khost province ... no casualties": each place's own figures.
                (killedLow, killedBest, killedHigh, injured) = tolls;
                split = false;
            }
            else if (own is not null)
            {
                (killedLow, killedBest, killedHigh, injured) = (null, null, null, null);
                split = false;
            }

            var confidence = 0.5 + (p is not null ? 0.2 : 0) + (killedBest is not null || !violent ? 0.2 : 0) + (incident.Time is not null ? 0.1 : 0);
            yield return new CodedEvent
            {
                DocId = document.Id,
                EventType = eventType,
                Date = date,
                DatePrecision = precision,
                Country = p?.Country ?? (violent || eventType == "ceasefire" ? "Pakistan" : null),
                Province = p?.Province is { Length: > 0 } pr ? pr : null,
                District = p?.District is { } d ? Dictionaries.CanonicalDistrict(d) : null,
                Place = p?.Name,
                PlacePrecision = p is null ? "country" : p.District is not null ? "district" : "province",
                Lat = p?.Latitude,
                Lon = p?.Longitude,
                Actor1 = actors.Actor1,
                Actor2 = actors.Actor2,
                ClaimedBy = actors.Claimed,
                AttributedTo = actors.Attributed,
                DeniedBy = actors.Denied,
                KilledLow = split && killedBest > 0 ? null : killedLow,
                KilledBest = split && killedBest > 0 ? null : killedBest,
                KilledHigh = split && killedBest > 0 ? null : killedHigh,
                Injured = split ? null : injured,
                Evidence = evidence,
                Confidence = Math.Round(confidence, 2),
            };
        }
    }

    /// <summary>
    /// The figures of each place of an incident whose opening names several ("in Nangarhar province and Khost
    /// province"), when every sentence with figures names one of them; null when a figure speaks of them together.
    /// </summary>
    private static Dictionary<string, (int? Low, int? Best, int? High, int? Injured)>? SplitTolls(string text, Incident incident)
    {
        var byPlace = incident.SplitPlaces.ToDictionary(p => p.Place.Name, _ => new Incident(), StringComparer.Ordinal);
        var opening = incident.Sentences.FindIndex(s => s.Start <= incident.SplitPlaces[0].Start && incident.SplitPlaces[0].Start < s.End);
        if (opening < 0 || incident.Sentences.Take(opening + 1).Any(s => s.Casualties.Count > 0))
        {
            return null;
        }

        PlaceMention? last = null;
        foreach (var s in incident.Sentences.Skip(opening + 1))
        {
            var named = s.Places.Select(p => incident.SplitPlaces.FirstOrDefault(x => x.Place.Province == p.Place.Province && x.Place.Country == p.Place.Country)).Where(x => x is not null).Distinct().ToList();
            if (named.Count > 1 && s.Casualties.Count > 0)
            {
                return null;
            }

            // A sentence naming none of them speaks of the place named last ("there were no casualties there").
            last = named.Count == 1 ? named[0] : last;
            if (last is not null)
            {
                byPlace[last.Place.Name].Sentences.Add(s);
            }
            else if (s.Casualties.Count > 0)
            {
                return null;
            }
        }

        var result = new Dictionary<string, (int?, int?, int?, int?)>(StringComparer.Ordinal);
        foreach (var (name, part) in byPlace)
        {
            if (part.Sentences.Any(s => s.Casualties.Count > 0))
            {
                result[name] = Tolls(text, part, []);
            }
        }

        return result;
    }

    /// <summary>
    /// The event type: the highest-priority trigger of the incident, then the conventions: a strike on Afghan soil by
    /// Pakistan is a cross-border strike; a suicide bomber only the claimant speaks of does not make a suicide attack
    /// when a planted device is reported; a breach by a bomber followed by gunmen storming the site is an armed
    /// assault; gunmen shooting a few unarmed people they singled out is a targeted killing, more is an armed assault;
    /// an action the state started is a security operation.
    /// </summary>
    private static string EventType(string text, Incident incident, PlaceMention? place, int? killed)
    {
        // The type comes from the sentences that tell the event (the opening one and those with deaths), not from
        // details such as "bomb disposal teams" or "a wave of attacks".
        var telling = incident.Sentences.Where(s => !s.GenericHistory).ToList();
        var core = telling.Where(s => s.Triggers.Count > 0 && (s == telling.First(x => x.Triggers.Count > 0) || s.HasDeaths
            || (s.Triggers.Any(t => t.EventType == "suicide_attack" && SuicideAct().IsMatch(t.Text)) && !s.ClaimOrSpeculation))).ToList();
        var triggers = (core.Count > 0 ? core : telling).SelectMany(s => s.Triggers.Select(t => (Trigger: t, Sentence: s))).ToList();
        if (triggers.Count == 0)
        {
            return incident.OpeningType ?? "armed_assault";
        }

        bool Has(string type) => triggers.Any(x => x.Trigger.EventType == type);
        var afghan = place?.Place.Country == "Afghanistan";
        if (afghan && Has("cross_border_strike"))
        {
            return "cross_border_strike";
        }

        var ranked = triggers.Where(x => !(x.Trigger.EventType == "cross_border_strike" && !afghan)).OrderByDescending(x => x.Trigger.Priority).ThenBy(x => x.Trigger.Start).ToList();
        if (ranked.Count == 0)
        {
            return "armed_assault";
        }

        var opening = incident.OpeningType;
        if (opening is "ceasefire" or "talks" or "agreement")
        {
            return opening;
        }

        if (Has("border_clash") && (opening == "border_clash" || incident.Sentences[0].Triggers.Any(t => t.EventType == "border_clash")))
        {
            return "border_clash";
        }

        var all = string.Join(" ", incident.Sentences.Select(s => text[s.Start..s.End]));
        var opener = ranked.FirstOrDefault(x => x.Sentence == incident.Sentences.FirstOrDefault(s => s.Triggers.Count > 0 || s.HasDeaths));
        if (ranked[0].Trigger.EventType == "security_operation" && ranked[0].Sentence != opener.Sentence && ranked.Any(x => x.Sentence == opener.Sentence && IsAttack(x.Trigger.EventType)))
        {
            // The troops' response told later does not make the attack an operation.
            ranked = ranked.Where(x => x.Trigger.EventType != "security_operation").ToList();
        }

        var best = ranked[0].Trigger.EventType;
        if (best == "suicide_attack")
        {
            // Told as fact, or before the claim in its sentence ("the toll from Monday's suicide bombing ..., saying ...").
            var confirmed = triggers.Any(x => x.Trigger.EventType == "suicide_attack" && (!x.Sentence.ClaimOrSpeculation
                || ClaimWords().Match(text, x.Sentence.Start, x.Sentence.End - x.Sentence.Start) is { Success: true } cw && cw.Index > x.Trigger.Start));
            if (!confirmed && Has("bombing"))
            {
                best = "bombing";
            }
            else if (Storming().IsMatch(all))
            {
                best = "armed_assault";
            }
        }

        if (best is "kidnapping" && !Kidnap().IsMatch(all))
        {
            best = ranked.FirstOrDefault(x => x.Trigger.EventType != "kidnapping").Trigger?.EventType ?? "armed_assault";
        }

        if (best is "security_operation" && AttackedByMilitants().IsMatch(text.AsSpan(incident.Sentences[0].Start, incident.Sentences[0].End - incident.Sentences[0].Start)))
        {
            best = "armed_assault";
        }

        // "the driver was the target", "described the shooting as a targeted killing": said anywhere in the incident.
        if (best is "armed_assault" or "targeted_killing" && incident.Sentences.Any(s => s.Triggers.Any(t => t.EventType == "targeted_killing")))
        {
            var few = killed is null or <= 4;
            // The post or camp attacked is named where the attack is told, not in an FIR's "registered at Police Station Lachi".
            var told = string.Join(" ", (core.Count > 0 ? core : telling).Select(s => text[s.Start..s.End]));
            // People singled out by identity ("checked their identity cards") are a mass killing, coded as an assault.
            // Bystanders killed beside the target make it an attack on whoever was there.
            var bystanders = incident.Sentences.Any(s => s.Casualties.Any(c => c.Killed && Bystander().IsMatch(c.Text)));
            best = few && !Installation().IsMatch(told) && !Identity().IsMatch(all) && !bystanders ? "targeted_killing" : "armed_assault";
        }

        return best;
    }

    /// <summary>
    /// The incident's deaths and injured by the conventions: figures for separate groups add up (a repeated figure for
    /// the same group is the same people); "all five attackers" is that group's total; a later total ("the toll rose
    /// to 15", "later put the total at 11") is the best figure; an early report, an earlier statement or the other
    /// side's figure is another account, replacing the figure for the group it speaks of; low and high are the
    /// smallest and largest totals of all accounts. A bomber outside the toll adds one. Injuries without deaths mean
    /// 0 deaths; no figure at all means unknown.
    /// </summary>
    private static (int? Low, int? Best, int? High, int? Injured) Tolls(string text, Incident incident, List<Evidence> evidence)
    {
        var official = new Dictionary<CasualtyRole, List<Casualty>>();
        var roleTotals = new Dictionary<CasualtyRole, Casualty>();
        var accounts = new List<int>();
        int? laterTotal = null;
        int? officialTotal = null;
        var additional = 0;
        var alternatives = new List<List<Casualty>>();
        var injuredSeen = new List<int>();
        int? injured = null;
        Casualty? genericVictims = null;
        // The first sentence with a figure for a group gives its total; later plain figures for that group which add up
        // to no more than it, naming them by rank ("Three personnel were martyred ... two personnel, Hawaldar A and sepoy
        // B, were martyred on the spot"), tell who they were, not more deaths.
        var leadFigures = new Dictionary<CasualtyRole, (int Total, int Told, int Start)>();
        foreach (var s in incident.Sentences)
        {
            if (s.Casualties.Count == 0 || s.Aggregate)
            {
                continue;
            }

            if (!s.Alternative && !s.Later)
            {
                var breakdown = s.Casualties.Where(c => c.Killed && !c.Part && !c.Total && !c.Additional && !c.RoleTotal && !c.Superseded).ToList();
                if (breakdown.Count > 0 && breakdown.All(c => leadFigures.TryGetValue(c.Role, out var lead) && lead.Start < s.Start && lead.Told + breakdown.Where(x => x.Role == c.Role).Sum(x => x.Best) <= lead.Total)
                    && !MoreWords().IsMatch(text.AsSpan(s.Start, s.End - s.Start)) && RankAndName().IsMatch(text.AsSpan(s.Start, s.End - s.Start)))
                {
                    foreach (var role in breakdown.Select(c => c.Role).Distinct())
                    {
                        var lead = leadFigures[role];
                        leadFigures[role] = lead with { Told = lead.Told + breakdown.Where(x => x.Role == role).Sum(x => x.Best) };
                    }

                    if (s.Casualties.All(c => c.Killed))
                    {
                        continue;
                    }

                    s.Casualties.RemoveAll(c => breakdown.Contains(c));
                }

                foreach (var c in s.Casualties.Where(c => c.Killed && !c.Part && !c.Total && !c.Additional && !c.RoleTotal && !c.Superseded && c.Best >= 2))
                {
                    leadFigures.TryAdd(c.Role, (c.Best, 0, s.Start));
                }
            }

            // An unnamed official's figure for a group the named sources already gave a figure for is another account
            // ("A local government official, speaking anonymously, said four soldiers had died").
            var anonymous = !s.Alternative && Anonymous().IsMatch(text.AsSpan(s.Start, s.End - s.Start)) && s.Casualties.Any(c => c.Killed)
                && s.Casualties.Where(c => c.Killed && !c.Part).All(c => official.TryGetValue(c.Role, out var given) && given.Count > 0 && given.All(x => x.Start < s.Start));
            if (s.Alternative || anonymous)
            {
                alternatives.Add(s.Casualties.Where(c => c.Killed).ToList());
                continue;
            }

            if (s.Later && s.Segment.Timed && official.Count + accounts.Count > 0
                && s.Casualties.Where(c => c.Killed && !c.Part && !c.Additional).Select(c => c.Role).Distinct().Count() > 1)
            {
                // A ticker's later line with the whole breakdown ("Three workers and one attacker are dead, and six
                // workers are injured"): the toll so far, superseding the earlier lines.
                var sum = s.Casualties.Where(c => c.Killed && !c.Part && !c.Additional).Sum(c => c.Best);
                var lineStart = incident.Sentences.First(x => x.Segment.Paragraph == s.Segment.Paragraph).Start;
                if (official.Values.Sum(l => l.Where(x => x.Start < lineStart).Sum(x => x.Best)) is > 0 and var before && before != sum)
                {
                    accounts.Add(before);
                }

                laterTotal = sum;
                official.Clear();
                if (s.Casualties.Where(c => !c.Killed && !c.Part).Sum(c => c.Best) is > 0 and var hurt)
                {
                    injured = hurt;
                    injuredSeen.Clear();
                    injuredSeen.Add(hurt);
                }

                evidence.Add(new Evidence("killed", s.Casualties[0].Text, s.Casualties[0].Start));
                continue;
            }

            // A sentence whose figures for a group add up to what an earlier sentence gave for it tells the same
            // deaths again ("killing nine children and a woman" ... "Five boys, four girls and a woman were killed").
            var restated = s.Casualties.Where(c => c.Killed && !c.Part && !c.Total && !c.Additional && !c.RoleTotal).GroupBy(c => c.Role)
                .Where(g => g.Count() > 1 && g.Sum(c => c.Best) >= 2 && official.TryGetValue(g.Key, out var earlier) && earlier.Sum(c => c.Best) == g.Sum(c => c.Best))
                .Select(g => g.Key).ToHashSet();

            foreach (var c in s.Casualties)
            {
                if (c.Part)
                {
                    continue;
                }

                if (!c.Killed)
                {
                    if (c.Total && c.Best == 0)
                    {
                        injured ??= 0;
                        continue;
                    }

                    if (c.Best < 2 || !injuredSeen.Contains(c.Best))
                    {
                        injuredSeen.Add(c.Best);
                        injured = (injured ?? 0) + c.Best;
                        evidence.Add(new Evidence("injured", c.Text, c.Start));
                    }

                    continue;
                }

                if (restated.Contains(c.Role) && !c.Total && !c.RoleTotal)
                {
                    continue;
                }

                // "six people had died" after "four children and two adults": the earlier breakdown's total told again.
                if (!c.Total && !c.RoleTotal && !c.Additional && c.Best >= 2 && official.TryGetValue(c.Role, out var told) && told.Count > 1 && told.Sum(x => x.Best) == c.Best && told.All(x => x.Start < s.Start))
                {
                    continue;
                }

                evidence.Add(new Evidence("killed", c.Text, c.Start));
                if (c.Superseded)
                {
                    accounts.Add(c.Best);
                    continue;
                }

                // A ticker's later line gives the toll so far: "Six dead, 16 under treatment" after "death toll rises to four".
                if (c.Total || (s.Later && s.Segment.Timed && c.Generic && c.Role == CasualtyRole.People && !c.Additional && !c.Text.Contains("civilian", StringComparison.OrdinalIgnoreCase)))
                {
                    if (c.Role == CasualtyRole.State)
                    {
                        // "the number of victims": everyone but the attackers.
                        roleTotals[CasualtyRole.People] = c with { Role = CasualtyRole.People };
                        official.Remove(CasualtyRole.State);
                        continue;
                    }

                    if (s.Later || laterTotal is null && officialTotal is not null)
                    {
                        // "Toll rises to four" after "two dead": the figures told before were an earlier account.
                        if (official.Values.Sum(l => l.Where(x => x.Start < c.Start).Sum(x => x.Best)) is > 0 and var before && before < c.Best)
                        {
                            accounts.Add(before);
                        }

                        laterTotal = c.Best;
                    }
                    else
                    {
                        officialTotal ??= c.Best;
                    }

                    accounts.Add(c.Best);
                    continue;
                }

                if (c.Additional && c.Role == CasualtyRole.Attacker && c.Best == 1 && c.Text.Contains("bomber", StringComparison.OrdinalIgnoreCase) || c.Text.StartsWith("killing him", StringComparison.OrdinalIgnoreCase) || c.Text.StartsWith("killing her", StringComparison.OrdinalIgnoreCase))
                {
                    additional = 1;
                    continue;
                }

                // "its imam" after the toll was given: the same person again.
                if (c.Definite && official.Values.Any(l => l.Count > 0))
                {
                    continue;
                }

                // "it had killed three suspected militants ... The three men were killed in the exchange": the same three.
                if (c.Best >= 2 && c.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && official.Values.Any(l => l.Any(x => x.Best == c.Best && x.Start < s.Start)))
                {
                    continue;
                }

                // "A soldier was martyred ... Sepoy Noor Alam embraced martyrdom": the named one is the one already counted.
                if (c.Best == 1 && !c.Additional && NamedPerson().IsMatch(c.Text) && s.Casualties.Count(x => x.Killed && !x.Part && x.Role == c.Role) == 1 && official.TryGetValue(c.Role, out var counted) && counted.Count > 0 && counted.All(x => x.Start < s.Start))
                {
                    continue;
                }

                // A first figure for "people" is the victims' total; group figures in later sentences break it down.
                if (genericVictims is { } g && g.Start < s.Start && c.Role != CasualtyRole.Attacker && !c.Additional)
                {
                    continue;
                }

                if (c.Generic && c.Role == CasualtyRole.People && official.Count == 0 && roleTotals.Count == 0)
                {
                    genericVictims = c;
                }
                else if (c.Generic && c.Role == CasualtyRole.People && !c.Additional && roleTotals.Count == 0 && !MoreWords().IsMatch(text.AsSpan(s.Start, s.End - s.Start))
                    && official.Where(kv => kv.Key != CasualtyRole.Attacker).Sum(kv => kv.Value.Sum(x => x.Best)) is var earlier && c.Best >= earlier
                    && official.Values.All(l => l.All(x => x.Start < s.Start))
                    && (earlier > 0 || (official.TryGetValue(CasualtyRole.Attacker, out var named) && named.Count == 1 && named[0].Best == 1 && c.Best >= 1)))
                {
                    // "killed a commander and one of his companions ... two people were killed": the total the first figures were part of.
                    var everyone = official.Values.Sum(l => l.Sum(x => x.Best));
                    official.Remove(CasualtyRole.People);
                    official.Remove(CasualtyRole.State);
                    if (earlier == 0 || c.Best >= everyone)
                    {
                        official.Remove(CasualtyRole.Attacker);
                    }
                }

                if (c.RoleTotal)
                {
                    if (!roleTotals.TryGetValue(c.Role, out var existing) || existing.Best < c.Best)
                    {
                        roleTotals[c.Role] = c;
                    }

                    continue;
                }

                if (!official.TryGetValue(c.Role, out var list))
                {
                    official[c.Role] = list = [];
                }

                // The same figure for the same group in another sentence is the same people told again.
                if (c.Additional || c.Best < 2 || !list.Any(x => x.Best == c.Best && x.Start < s.Start))
                {
                    list.Add(c);
                }
            }
        }

        var roles = new Dictionary<CasualtyRole, (int Low, int Best, int High)>();
        foreach (var (role, list) in official)
        {
            roles[role] = (list.Sum(c => c.Low), list.Sum(c => c.Best), list.Sum(c => c.High));
        }

        foreach (var (role, c) in roleTotals)
        {
            if (c.Role == CasualtyRole.People && official.Count > 0 && roleTotals.ContainsKey(CasualtyRole.People) && c.Text.Contains("victims", StringComparison.OrdinalIgnoreCase))
            {
                // The victims' total replaces every group but the attackers.
                roles.Remove(CasualtyRole.State);
            }

            if (!roles.TryGetValue(role, out var r) || r.Best <= c.Best)
            {
                roles[role] = (c.Low, c.Best, c.High);
            }
        }

        int? sumBest = roles.Count > 0 ? roles.Values.Sum(r => r.Best) + additional : null;
        int? sumLow = roles.Count > 0 ? roles.Values.Sum(r => r.Low) + additional : null;
        int? sumHigh = roles.Count > 0 ? roles.Values.Sum(r => r.High) + additional : null;
        int? best = laterTotal is { } lt ? lt + additional : sumBest ?? (officialTotal is { } ot ? ot + additional : null);
        var all = new List<int>();
        // "rose to nine after two more policemen succumbed": the increase is not an account of the toll.
        var onlyIncrease = (laterTotal ?? officialTotal) is not null && official.Values.SelectMany(l => l).Any() && official.Values.SelectMany(l => l).All(c => c.Additional) && roleTotals.Count == 0;
        if (sumBest is { } sb && !onlyIncrease)
        {
            all.Add(sumLow!.Value);
            all.Add(sumHigh!.Value);
            all.Add(sb);
        }

        all.AddRange(accounts.Select(a => a + additional));
        foreach (var alt in alternatives)
        {
            if (alt.Count == 0)
            {
                continue;
            }

            var total = alt.FirstOrDefault(c => c.Total && c.Role != CasualtyRole.State);
            if (total is not null || (alt.All(c => c.Role == CasualtyRole.People && c.Generic) && (roles.Count > 1 || laterTotal is not null || officialTotal is not null) && alt.Count == 1))
            {
                all.Add((total ?? alt[0]).Best + additional);
                continue;
            }

            var replaced = new Dictionary<CasualtyRole, int>(roles.ToDictionary(kv => kv.Key, kv => kv.Value.Best));
            foreach (var group in alt.GroupBy(c => c.Role))
            {
                replaced[group.Key] = group.Sum(c => c.Best);
            }

            all.Add(replaced.Values.Sum() + additional);
        }

        if (best is null && all.Count == 0)
        {
            return injured is not null ? (0, 0, 0, injured) : (null, null, null, null);
        }

        if (best is null)
        {
            best = injured is not null ? 0 : all.Min();
            all.Add(best.Value);
        }

        all.Add(best.Value);
        return (all.Min(), best, all.Max(), injured);
    }

    /// <summary>Flags background events: an opinion piece's; a month-precision or older-than-three-days date; last week's
    /// event beside this week's news; an attack
    /// mentioned as context of talks; an earlier truce beside its extension.</summary>
    private static List<(CodedEvent Event, Incident Incident)> MarkBackground(List<(CodedEvent Event, Incident Incident)> events, DateOnly reference, bool opinion)
    {
        var result = new List<(CodedEvent, Incident)>();
        var lead = events.FirstOrDefault(e => !(e.Event.DatePrecision == DatePrecision.Month || e.Event.Date < reference.AddDays(-7)));
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i].Event;
            var mention = events[i].Incident.Definite && e.KilledBest is null && e.Injured is null && Violent.Contains(e.EventType) && e.Date < reference;
            var context = events[i].Incident.Context && lead.Event is { } first && first != e && e.Date < first.Date;
            var background = opinion || mention || context || e.DatePrecision == DatePrecision.Month || (e.DatePrecision == DatePrecision.Day && e.Date < reference.AddDays(-3)) || (e.DatePrecision == DatePrecision.Week && e.Date <= reference.AddDays(-7) && events.Any(o => o.Event.Date > e.Date.AddDays(6))) || e.Date < reference.AddDays(-10);
            // An attack told beside the talks, or the strikes, that came after it is their context.
            if (!background && lead.Event is { } l && l != e && (NonViolent.Contains(l.EventType) || (l.EventType == "cross_border_strike" && e.EventType != "cross_border_strike" && e.Country == "Pakistan"))
                && Violent.Contains(e.EventType) && e.Date < l.Date)
            {
                background = true;
            }

            // A truce or talks told in passing after the report's attack, with no day of their own ("since the Taliban ended a
            // ceasefire with the government late last year"): the attack's context, not news of the day.
            if (!background && NonViolent.Contains(e.EventType) && events[i].Incident.Time is null && lead.Event is { } attack && attack != e && Violent.Contains(attack.EventType)
                && events.IndexOf(lead) < i)
            {
                background = true;
            }

            // An earlier truce told after its extension; violent events on consecutive days in one release are each new.
            if (!background && NonViolent.Contains(e.EventType) && events.Take(i).Any(p => p.Event.EventType == e.EventType && p.Event.Date > e.Date))
            {
                background = true;
            }

            result.Add((e with { Background = background, Confidence = background ? 0.2 : e.Confidence }, events[i].Incident));
        }

        return result;
    }

    [GeneratedRegex(@"\b(?:two|three|four|both|twin|multiple|separate) (?:[\w-]+ ){0,2}(?:camps|attacks|engagements|incidents|bombings|blasts|operations|raids)\b|\b(?:In all|Thus far|So far|in total|altogether|(?<!\blatest )in (?:different|various|several|separate|a series of) (?:[\w-]+ )?(?:operations|attacks|incidents|engagements|clashes)|over the (?:past|last) (?:month|week|year|few (?:days|weeks|months))|since the (?:start|beginning) of|since (?:19|20)\d\d|since (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|this (?:week|month|year) at|so far this (?:week|month|year)|across the (?:two |three |four )?provinces)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Aggregate();

    [GeneratedRegex(@"\b(?:also|other|others|more|another|further|besides|in addition)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex MoreWords();

    [GeneratedRegex(@"\b(?:speaking (?:anonymously|on (?:the )?condition of anonymity)|who (?:asked|requested) not to be (?:named|identified))\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Anonymous();

    [GeneratedRegex(@"\b(?:[Ss]epoy|[Nn]aik|[Ll]ance [Nn]aik|[Hh]avildar|[Hh]awaldar|[Ss]ubedar|[Cc]onstable|Head Constable|Captain|Capt\.|Major|Lieutenant|Lt\.|Colonel|ASI|SHO|DSP|Inspector|Sub-Inspector|[Ll]evies [Ss]epoy)\s+[A-Z][a-z]+", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex RankAndName();

    [GeneratedRegex(@"\b(?:passers?-by|passersby|bystanders?|onlookers?)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Bystander();

    [GeneratedRegex(@"^(?:(?:Sepoy|Naik|Lance Naik|Havildar|Subedar|Constable|Head Constable|Captain|Capt|Major|Lieutenant|Lt|Colonel|Col|ASI|SI|Inspector|Sub-Inspector|DSP|SHO|Mr|Maulana|Haji|Sardar|Malik)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}$", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex NamedPerson();

    [GeneratedRegex(@"\b(?:blew|blown|detonat|rammed)", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex SuicideAct();

    [GeneratedRegex(@"\b(?:checked|checking|check) (?:the |their )?(?:identity cards|ID cards|CNICs|identities|identity documents)\b|\b(?:offloaded|singled out|separated)\b[^.]{0,40}\b(?:Punjab|Hazara|Shia|ethnic|identity|non-local)", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Identity();

    [GeneratedRegex(@"\b(?:storm(?:ed|ing)?|forc(?:e|ed|ing) their way|fight their way|through the breach|entered the (?:complex|building|compound|college|camp|school|station)|tried to storm|siege|cornered)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Storming();

    [GeneratedRegex(@"\b(?:kidnap|abduct|hostage|took control of|seized (?:the|a) |(?:took|taken|carried|dragged) away|bundled)", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Kidnap();

    [GeneratedRegex(@"\b(?:post|posts|camp|station|checkpost|check post|checkpoint|convoy|headquarters|complex|compound|cantonment|garrison|base|barracks|gate|crossing|positions)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Installation();

    [GeneratedRegex(@"\b(?:militants|attackers|gunmen|terrorists|khwarij|khawarij|insurgents|fighters)\b[^.]{0,40}\b(?:attacked|ambushed|stormed|raided|opened fire|struck|attempted to|tried to (?:storm|enter|attack)|set up)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex AttackedByMilitants();

    [GeneratedRegex(@"\bclaimed (?:both|all|the two|the three|the attacks)\b|\bclaimed responsibility for (?:both|all|the attacks)\b|\bsaid (?:it|they) (?:had )?carried out (?:the|both|all the|all) attacks\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex ClaimsAll();
}
