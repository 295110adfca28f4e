namespace Crosscurrents.Sources.Importing;

/// <summary>
/// The dates an import accepts: records dated outside are rejected with the range in the reason, so a typo such as
/// 0001 or 9999-12-31 never reaches the store (where one such date would stretch every series to its year).
/// </summary>
/// <param name="Earliest">The first date accepted.</param>
/// <param name="Latest">The last date accepted.</param>
public sealed record ImportDateRange(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>1 January 1946: no conflict-event dataset Crosscurrents reads starts earlier (UCDP's starts in 1946).</summary>
    public static readonly DateOnly FirstPlausible = new(1946, 1, 1);

    /// <summary>The range used when the caller gives none and has no clock: 1946 to the end of 2100.</summary>
    public static readonly ImportDateRange Default = new(FirstPlausible, new DateOnly(2100, 12, 31));

    /// <summary>1946 to the import day plus one year (forecast or planned dates in candidate releases stay in).</summary>
    public static ImportDateRange Plausible(DateOnly today) => new(FirstPlausible, today.AddYears(1));

    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    public override string ToString() => $"{Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}";
}
