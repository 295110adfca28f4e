namespace Crosscurrents.Claims;

/// <summary>What a <c>links</c> claim means by a link (<c>relation:</c>).</summary>
public enum LinkRelation
{
    /// <summary><c>excites</c>: one group's violence raises the other's rate (either way).</summary>
    Excites,

    /// <summary><c>against</c>: the two groups fight each other.</summary>
    Against,

    /// <summary><c>co-located</c>: active in the same district and month, which is not a link and is not testable.</summary>
    CoLocated,
}
