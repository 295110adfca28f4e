using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims;

/// <summary>The other words of the claim vocabulary, as claim files and verdicts spell them: directions, relations and measures.</summary>
public static class ClaimWords
{
    /// <summary><c>increase</c> or <c>decrease</c>.</summary>
    public static string Name(this ChangeDirection direction) => direction == ChangeDirection.Increase ? "increase" : "decrease";

    /// <summary><c>excites</c>, <c>against</c> or <c>co-located</c>.</summary>
    public static string Name(this LinkRelation relation) => relation switch
    {
        LinkRelation.Excites => "excites",
        LinkRelation.Against => "against",
        _ => "co-located",
    };

    /// <summary><c>events</c> or <c>fatalities</c>.</summary>
    public static string Name(this Measure measure) => measure == Measure.Fatalities ? "fatalities" : "events";

    /// <summary>The direction a claim file names, or null.</summary>
    public static ChangeDirection? ParseDirection(string? text) => text switch
    {
        "increase" => ChangeDirection.Increase,
        "decrease" => ChangeDirection.Decrease,
        _ => null,
    };

    /// <summary>The relation a claim file names, or null.</summary>
    public static LinkRelation? ParseRelation(string? text) => text switch
    {
        "excites" => LinkRelation.Excites,
        "against" => LinkRelation.Against,
        "co-located" => LinkRelation.CoLocated,
        _ => null,
    };

    /// <summary>The measure a claim file names, or null.</summary>
    public static Measure? ParseMeasure(string? text) => text switch
    {
        "events" => Measure.Events,
        "fatalities" => Measure.Fatalities,
        _ => null,
    };
}
