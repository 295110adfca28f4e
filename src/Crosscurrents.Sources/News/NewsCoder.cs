using System.Text.RegularExpressions;
using Crosscurrents.Core.Events;
using Crosscurrents.Sources.News.Internal;

namespace Crosscurrents.Sources.News;

/// <summary>
/// Codes English news reports into events with rules: event patterns, the actor registry and the gazetteer as
/// dictionaries, a casualty grammar for the tolls, and time expressions resolved against the publication date. Every
/// field carries the span of text it came from. No model, no network.
/// </summary>
/// <remarks>
/// How a report becomes events (docs/news-coder.md): the dateline is read; the text is split into paragraphs and
/// sentences; each sentence gets its triggers, casualty figures, places and time expressions; sentences are grouped
/// into incidents: a sentence with event content opens a new incident when it names another district, opens with a
/// cue ("Separately", "In another incident"), falls under a new roundup heading, is dated on another day and reports
/// another kind of event, or is a different kind of event altogether (a border clash after a gunman's attack, a
/// ceasefire); a sentence that names the place of an earlier incident goes back to it; other sentences attach to the
/// current incident, so follow-up paragraphs (the response, the breakdown of the toll, the claim) stay with it.
/// An incident dated more than three days before publication, or a month ago, is background; so is an attack
/// mentioned as context of talks, and an earlier truce mentioned beside its extension.
/// </remarks>
public sealed partial class NewsCoder(NewsDictionaries dictionaries)
{
    private static readonly HashSet<string> Violent = new(StringComparer.Ordinal)
    {
        "armed_assault", "bombing", "suicide_attack", "targeted_killing", "cross_border_strike", "border_clash", "kidnapping", "security_operation",
    };

    /// <summary>How long one pattern may run on one text: a pathological report becomes an error for that document
    /// (<see cref="TryCode"/>) instead of hanging the batch.</summary>
    internal const int MatchTimeoutMs = 10_000;

    /// <summary>The longest text coded; the rest of a longer one is ignored (news reports are far shorter).</summary>
    internal const int MaxTextLength = 200_000;

    /// <summary>The dictionaries the coder reads with.</summary>
    public NewsDictionaries Dictionaries { get; } = dictionaries;

    /// <summary>
    /// Codes one report in isolation: an internal error becomes an error for that document (stage <c>code</c>) instead of
    /// ending the batch.
    /// </summary>
    public (IReadOnlyList<CodedEvent> Events, NewsError? Error) TryCode(NewsDocument document, string file = "")
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Text is null)
        {
            return ([], new NewsError(file, null, document.Id ?? "", "code", "the document has no text"));
        }

        try
        {
            return (Code(document), null);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
        {
            return ([], new NewsError(file, null, document.Id ?? "", "code", $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Codes one report. Returns its events (background ones flagged), possibly none.</summary>
    public IReadOnlyList<CodedEvent> Code(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text ?? "";
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        document = document with { Text = text, Title = document.Title ?? "" };
        var dateline = ReadDateline(document);
        var reference = dateline?.Date ?? document.Date;
        var opinion = IsOpinion(document, dateline);
        var sentences = Analyse(text, dateline?.End ?? 0, reference);
        var incidents = Group(text, sentences, dateline);
        var events = new List<(CodedEvent Event, Incident Incident)>();
        DateOnly? previous = null;
        foreach (var incident in incidents.Where(i => i.Sentences.Any(s => s.Triggers.Count > 0 || s.HasCasualties)))
        {
            if (incident.Sentences.Any(s => Accident().IsMatch(text.AsSpan(s.Start, s.End - s.Start)) && !FirstAccount().IsMatch(text.AsSpan(s.Start, s.End - s.Start))))
            {
                // "caused by a fire in the ammunition store, not an attack", "a gas cylinder exploded": no violent event.
                continue;
            }

            foreach (var coded in Build(document, incident, dateline, reference, previous, events.Count > 0 && Violent.Contains(events[^1].Event.EventType) ? events[^1].Incident.Place?.Place : null))
            {
                events.Add((coded, incident));
                previous ??= coded.Date;
            }
        }

        return ShareClaims(MarkBackground(events, reference, opinion));
    }

    private static bool IsOpinion(NewsDocument document, Dateline? dateline) =>
        OpinionStart().IsMatch(document.Text) || OpinionTitle().IsMatch(document.Title) ||
        (dateline is null && FirstPerson().IsMatch(document.Text) && !HasWireDateline().IsMatch(document.Text));

    /// <summary>A claim for "both attacks" or "all the attacks" covers the report's other attacks without a perpetrator.</summary>
    private static List<CodedEvent> ShareClaims(List<(CodedEvent Event, Incident Incident)> events)
    {
        var shared = events.Where(e => e.Incident.ClaimCoversAll && e.Event.ClaimedBy is not null).Select(e => e.Event.ClaimedBy).FirstOrDefault();
        return events.Select(x => x.Event).Select(e => shared is not null && e.Actor1 == "unidentified" && e.DeniedBy is null && IsAttack(e.EventType) && !e.Background
            ? e with { Actor1 = shared, ClaimedBy = shared }
            : e).ToList();
    }

    private static bool IsAttack(string eventType) => Violent.Contains(eventType) && eventType is not ("security_operation" or "cross_border_strike" or "border_clash");

    [GeneratedRegex(@"^\s*Opinion\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex OpinionStart();

    [GeneratedRegex(@"^\s*(?:Opinion|Comment|Editorial|Analysis|Op-ed)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex OpinionTitle();

    [GeneratedRegex(@"\b(?:I believe|I think|we must|We must|We need|we need|We should|we should)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"^\s*[A-Z]{3,}[A-Z ,.]*(?:\([^)]*\))?\s*[-–—:]", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex HasWireDateline();

    [GeneratedRegex(@"\bnot (?:by )?(?:an|a terrorist|a militant) attack\b|\b(?:gas )?cylinder (?:blast|explosion|exploded)\b|\bshort[- ]circuit\b|\bgas leak(?:age)?\b|\baccidental (?:explosion|blast|fire)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex Accident();

    [GeneratedRegex(@"\b(?:first|initially) (?:treated|thought|believed|suspected|said|reported|described|blamed|attributed|put)\b|\b(?:initially|at first|had said|had been thought|was thought|had suspected|first statement)\b", RegexOptions.IgnoreCase, MatchTimeoutMs)]
    private static partial Regex FirstAccount();
}
