namespace Crosscurrents.Sources.News.Internal;

/// <summary>Who a casualty figure is about: the attackers, state forces, or civilians and people in general.</summary>
internal enum CasualtyRole
{
    People,
    State,
    Attacker,
}

/// <summary>
/// A casualty figure read from one sentence: a number phrase with its victim noun and the verb that says what
/// happened to them (active "killing two policemen", passive "two policemen were shot dead", nominal "the toll rose
/// to 15").
/// </summary>
/// <param name="Killed">True for deaths, false for injuries.</param>
/// <param name="Low">Smallest figure of the phrase ("between 15 and 20" → 15).</param>
/// <param name="Best">The figure ("at least 19" → 19; a range → its midpoint, rounded up).</param>
/// <param name="High">Largest figure of the phrase.</param>
/// <param name="Role">Whose deaths.</param>
/// <param name="Start">Offset in the document text.</param>
/// <param name="Text">The words.</param>
/// <param name="Part">Part of a figure already given ("including an officer", "five of them children", "among the dead").</param>
/// <param name="Total">A total that replaces the figures for the incident ("the toll rose to 15", "put the number of dead at 11").</param>
/// <param name="RoleTotal">A total for its role ("all five attackers were killed").</param>
/// <param name="Additional">Explicitly more ("another", "N others", "N other").</param>
/// <param name="Definite">A definite singular ("its imam", "the driver") on its own: someone already counted, when a figure came before.</param>
/// <param name="Generic">"people", "civilians": a total of the victims that later group figures break down.</param>
/// <param name="Superseded">An earlier total the sentence replaces ("saying that the figure of 101 released a day earlier had counted victims twice").</param>
internal sealed record Casualty(bool Killed, int Low, int Best, int High, CasualtyRole Role, int Start, string Text,
    bool Part = false, bool Total = false, bool RoleTotal = false, bool Additional = false, bool Definite = false, bool Generic = false, bool Superseded = false);
