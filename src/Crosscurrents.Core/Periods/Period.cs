namespace Crosscurrents.Core.Periods;

/// <summary>A dated entry of the timeline: a ceasefire, talks, an operation, a strike, a regime change …</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (inclusive), or null when the end is unknown or open-ended (not a one-day event).</param>
/// <param name="Kind">The timeline's <c>kind</c> column, e.g. <c>ceasefire</c>, <c>cross_border_strike</c>.</param>
/// <param name="Description">What happened.</param>
/// <param name="SourceUrl">The source that was read when the row was written.</param>
public sealed record Period(DateOnly Start, DateOnly? End, string Kind, string Description, string? SourceUrl)
{
    /// <summary>True when the period is a single day.</summary>
    public bool IsOneDay => End == Start;

    /// <summary>True when the timeline gives no end.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>The parties to talks, a ceasefire or an accord, as actor registry ids (the timeline's <c>parties</c>
    /// column, <c>;</c>-separated); empty where the timeline does not say. Claim tests about talks with a group use only
    /// the periods that name it (or one of its factions).</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>Equal when every field is equal, the parties compared by value.</summary>
    public bool Equals(Period? other) =>
        other is not null && Start == other.Start && End == other.End && Kind == other.Kind && Description == other.Description &&
        SourceUrl == other.SourceUrl && Parties.SequenceEqual(other.Parties, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Start, End, Kind, Description, SourceUrl, Parties.Count);

    /// <summary>Whether the period covers a day; an open-ended period covers every day from its start.</summary>
    public bool Covers(DateOnly day) => day >= Start && (End is null || day <= End);
}
