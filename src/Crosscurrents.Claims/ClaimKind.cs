namespace Crosscurrents.Claims;

/// <summary>The tests a claim can ask for; <see cref="ClaimKinds"/> holds their names as written in claim files.</summary>
public enum ClaimKind
{
    /// <summary><c>peak</c>: the maximum of a yearly series falls in the stated years.</summary>
    Peak,

    /// <summary><c>change</c>: the rate in period B against period A rose or fell.</summary>
    Change,

    /// <summary><c>after-vs-before</c>: the rate after timeline interventions against before them.</summary>
    AfterVsBefore,

    /// <summary><c>regroup</c>: violence after talks or ceasefires with a group ended against before they began.</summary>
    Regroup,

    /// <summary><c>excites</c>: events of one stream trigger events of another (or of itself).</summary>
    Excites,

    /// <summary><c>deters</c>: events of one stream lower the rate of another in the days after them.</summary>
    Deters,

    /// <summary><c>share</c>: a group's share of the events in a place is at least or at most a bound.</summary>
    Share,

    /// <summary><c>links</c>: two groups are linked (fight each other, or one's violence sets off the other's).</summary>
    Links,
}
