using Crosscurrents.Core.Events;

namespace Crosscurrents.Sources.News;

/// <summary>An event the news coder found in a report, with the words each field came from.</summary>
/// <remarks>
/// Deaths follow one convention: a figure given exactly is (n, n, n); "at least n" is (n, n, null); "up to n" or
/// "as many as n" is (null, n, n); "n to m" is (n, n, m). Figures for separate groups (soldiers, civilians, attackers)
/// add up; a figure that is part of a total ("including eight soldiers", "five of them children") does not; a
/// later total ("the toll rose to 63") replaces the earlier ones. Figures a group claims for its own attack are not
/// counted.
/// </remarks>
public sealed record CodedEvent
{
    public required string DocId { get; init; }

    /// <summary>armed_assault, bombing, suicide_attack, targeted_killing, cross_border_strike, border_clash,
    /// kidnapping, security_operation, ceasefire, talks or agreement.</summary>
    public required string EventType { get; init; }

    public required DateOnly Date { get; init; }

    public required DatePrecision DatePrecision { get; init; }

    public string? Country { get; init; }

    public string? Province { get; init; }

    public string? District { get; init; }

    public string? Place { get; init; }

    /// <summary>district, province or country: how precisely the place is known.</summary>
    public string PlacePrecision { get; init; } = "country";

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    /// <summary>The perpetrator: the group that claimed it, else the one officials blamed, else the one named as
    /// attacking, else <c>unidentified</c>.</summary>
    public required string Actor1 { get; init; }

    /// <summary>The target (registry id), when named.</summary>
    public string? Actor2 { get; init; }

    public string? ClaimedBy { get; init; }

    public string? AttributedTo { get; init; }

    public string? DeniedBy { get; init; }

    public int? KilledLow { get; init; }

    public int? KilledBest { get; init; }

    public int? KilledHigh { get; init; }

    public int? Injured { get; init; }

    /// <summary>The spans of text each field came from.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>0–1: how much of the event the text pins down (type, place, date, deaths).</summary>
    public double Confidence { get; init; }

    /// <summary>True for an earlier event mentioned in passing (background), not a new one.</summary>
    public bool Background { get; init; }
}

/// <summary>A span of the report's text that a field was read from.</summary>
/// <param name="Field">The field (event_type, place, date, killed, injured, actor1, ...).</param>
/// <param name="Text">The words.</param>
/// <param name="Start">Offset of the first character in the document text.</param>
public sealed record Evidence(string Field, string Text, int Start);
