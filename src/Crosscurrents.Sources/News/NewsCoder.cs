using System.Text.RegularExpressions;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Sources.News;

/// <summary>
/// Codes English news reports into events with rules: event patterns, the actor registry and the gazetteer as
/// dictionaries, the dateline for date and place, and number expressions for deaths. Every field carries the span
/// of text it came from. No model, no network.
/// </summary>
/// <remarks>
/// How a report becomes events: the text is split into sentences; passing mentions of earlier events (a clause
/// from "two days after", "which came after", "since 2014" ...) are cut away; a sentence with an event pattern starts
/// an event when there is none yet or when it opens with a cue such as "In a separate attack" or "Elsewhere"
/// (or is a security operation following an attack); other sentences add detail to the current event. An attack
/// with no casualty figure that happened before the dateline is a mention in passing and is flagged as background.
/// Opinion pieces (starting "Opinion" or written in the first person without a dateline) code to background only.
/// </remarks>
public sealed partial class NewsCoder(NewsDictionaries dictionaries)
{
    private static readonly HashSet<string> Violent = new(StringComparer.Ordinal)
    {
        "armed_assault", "bombing", "suicide_attack", "targeted_killing", "cross_border_strike", "border_clash", "kidnapping", "security_operation",
    };

    /// <summary>How long one pattern may run on one sentence: a pathological report becomes an error for that
    /// document (<see cref="TryCode"/>) instead of hanging the batch.</summary>
    internal const int MatchTimeoutMs = 10_000;

    public NewsDictionaries Dictionaries { get; } = dictionaries;

    /// <summary>
    /// Codes one report in isolation: an internal error becomes an error for that document (stage <c>code</c>) instead of
    /// ending the batch.
    /// </summary>
    public (IReadOnlyList<CodedEvent> Events, NewsError? Error) TryCode(NewsDocument document, string file = "")
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return (Code(document), null);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
        {
            return ([], new NewsError(file, null, document.Id, "code", $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Codes one report. Returns its events (background ones flagged), possibly none.</summary>
    public IReadOnlyList<CodedEvent> Code(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var dateline = ReadDateline(document);
        var opinion = IsOpinion(document, dateline);
        var sentences = Sentences(text, dateline?.End ?? 0);
        var drafts = new List<Draft>();
        Draft? current = null;
        foreach (var sentence in sentences)
        {
            var (start, end) = CutBackground(text, sentence.Start, sentence.End);
            if (end <= start)
            {
                continue;
            }

            var trigger = BestTrigger(text, start, end);
            var cue = NewEventCue().Match(text, start, Math.Min(end - start, 60));
            // A security operation after an attack is a new event when it is an operation ("in the operations that
            // followed"), not the end of the same attack ("security forces killed the three attackers").
            var startsNew = trigger is not null && (current is null || (cue.Success && cue.Index == start) ||
                (trigger.EventType == "security_operation" && current.Trigger.EventType != "security_operation" && OperationWord().IsMatch(text, start) && OperationWord().Match(text, start).Index < end));
            if (startsNew)
            {
                current = new Draft(trigger!);
                drafts.Add(current);
            }

            if (current is null)
            {
                continue;
            }

            current.Spans.Add((start, end));

            // A security-force response inside an attack report ("troops killed the three attackers") does not turn
            // the attack into an operation.
            if (trigger is not null && trigger.Priority > current.Trigger.Priority && !(trigger.EventType == "security_operation" && IsAttack(current.Trigger.EventType)))
            {
                current.Trigger = trigger;
            }
        }

        var events = new List<CodedEvent>();
        DateOnly? previousDate = null;
        foreach (var draft in drafts)
        {
            var coded = Build(document, draft, drafts.Count > 0 && draft == drafts[0] ? dateline : dateline is null ? null : dateline with { Place = null }, previousDate, opinion);
            previousDate = coded.Date;
            events.Add(coded);
        }

        // A claim stated once ("The BLA said it carried out the attacks") covers the report's other attacks that
        // have no perpetrator of their own.
        var reportClaim = events.Select(e => e.ClaimedBy).FirstOrDefault(c => c is not null);
        return events.Select(e => reportClaim is not null && e.Actor1 == "unidentified" && e.DeniedBy is null && IsAttack(e.EventType)
            ? e with { Actor1 = reportClaim, ClaimedBy = reportClaim }
            : e).ToList();
    }

    private CodedEvent Build(NewsDocument document, Draft draft, Dateline? dateline, DateOnly? previousDate, bool opinion)
    {
        var text = document.Text;
        var evidence = new List<Evidence> { new("event_type", draft.Trigger.Text, draft.Trigger.Start) };
        var reference = dateline?.Date ?? document.Date;

        var dateMatch = FindDate(text, draft.Spans, reference);
        var (date, precision) = dateMatch is { } found ? (found.Date, found.Precision) : (previousDate ?? reference, DatePrecision.Day);
        if (dateMatch is { } dm)
        {
            evidence.Add(new Evidence("date", dm.Text, dm.Start));
        }
        else if (dateline is not null && previousDate is null)
        {
            evidence.Add(new Evidence("date", dateline.Text, 0));
        }

        var place = FindPlace(text, draft.Spans) ?? (dateline?.Place is { } dp ? (dp, dateline.PlaceStart, dateline.PlaceText) : null);
        if (place is { } p)
        {
            evidence.Add(new Evidence("place", p.Text, p.Start));
        }

        var deaths = CountDeaths(text, draft.Spans, evidence);
        var injured = CountInjured(text, draft.Spans, evidence);
        var actors = FindActors(text, draft.Spans, draft.Trigger.EventType, date, evidence);

        var violent = Violent.Contains(draft.Trigger.EventType);
        var background = opinion || (violent && deaths.Best is null && injured is null && date < reference && draft.Trigger.EventType != "kidnapping");
        var confidence = background ? 0.2 : 0.5 + (place is not null ? 0.2 : 0) + (deaths.Best is not null || !violent ? 0.2 : 0) + (dateMatch is not null ? 0.1 : 0);
        var np = place?.Place;

        // "Shot dead" a crowd is a massacre, not a targeted killing.
        var eventType = draft.Trigger.EventType == "targeted_killing" && deaths.Best > 3 ? "armed_assault" : draft.Trigger.EventType;
        return new CodedEvent
        {
            DocId = document.Id,
            EventType = eventType,
            Date = date,
            DatePrecision = precision,
            Country = np?.Country ?? (violent ? "Pakistan" : null),
            Province = np?.Province,
            District = np?.District,
            Place = np?.Name,
            PlacePrecision = np is null ? "country" : np.District is not null ? "district" : "province",
            Lat = np?.Latitude,
            Lon = np?.Longitude,
            Actor1 = actors.Actor1,
            Actor2 = actors.Actor2,
            ClaimedBy = actors.Claimed,
            AttributedTo = actors.Attributed,
            DeniedBy = actors.Denied,
            KilledLow = deaths.Low,
            KilledBest = deaths.Best,
            KilledHigh = deaths.High,
            Injured = injured,
            Evidence = evidence,
            Confidence = Math.Round(confidence, 2),
            Background = background,
        };
    }

    private Trigger? BestTrigger(string text, int start, int end)
    {
        Trigger? best = null;
        var slice = text[start..end];
        foreach (var pattern in Dictionaries.Patterns)
        {
            if (best is not null && pattern.Priority <= best.Priority)
            {
                break;
            }

            var m = pattern.Pattern.Match(slice);
            if (m.Success)
            {
                best = new Trigger(pattern.EventType, pattern.Priority, m.Value, start + m.Index);
            }
        }

        return best;
    }

    private static bool IsAttack(string eventType) => Violent.Contains(eventType) && eventType is not ("security_operation" or "cross_border_strike" or "border_clash");

    private static bool IsOpinion(NewsDocument document, Dateline? dateline) =>
        OpinionStart().IsMatch(document.Text) || document.Title.StartsWith("Opinion", StringComparison.OrdinalIgnoreCase) ||
        (dateline is null && FirstPerson().IsMatch(document.Text));

    /// <summary>Cuts a sentence at the first marker of a passing mention of an earlier event.</summary>
    private static (int Start, int End) CutBackground(string text, int start, int end)
    {
        var m = BackgroundMarker().Match(text, start, end - start);
        return m.Success ? (start, m.Index) : (start, end);
    }

    private sealed class Draft(Trigger trigger)
    {
        public Trigger Trigger { get; set; } = trigger;

        public List<(int Start, int End)> Spans { get; } = [];
    }

    private sealed record Trigger(string EventType, int Priority, string Text, int Start);

    [GeneratedRegex(@"^(?:In (?:a|another) separate (?:incident|attack)|In a separate (?:incident|attack)|In another (?:incident|attack)|Separately|Elsewhere|Meanwhile|In a second attack)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex NewEventCue();

    [GeneratedRegex(@",?\s*(?:\b(?:two|three|four|five|six|several|a few|\d+) (?:days|weeks|months) after\b|\bwhich came after\b|\bcomes? (?:days|weeks|months) after\b|\bafter a series of\b|\b(?:since|in|last) (?:19|20)\d\d\b|\blast year\b|\bthe deadliest since\b|\bhas been behind\b|\bsimilar attacks\b)", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex BackgroundMarker();

    [GeneratedRegex(@"\boperations?\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex OperationWord();

    [GeneratedRegex(@"^\s*Opinion\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex OpinionStart();

    [GeneratedRegex(@"\b(?:I believe|I think|we must|We must|We need|we need|We should|we should)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex FirstPerson();
}
