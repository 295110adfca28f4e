namespace Crosscurrents.Core.Events;

/// <summary>Deaths in an event: the low, best and high estimates, and the split by side where the source has it.</summary>
/// <remarks>
/// UCDP GED does not always keep <c>low ≤ best ≤ high</c> (GED 22.1 has an event with best 0 and high 24);
/// the values are stored as given, and <see cref="IsOrdered"/> says whether they form an interval.
/// </remarks>
public readonly record struct Fatalities(
    int Low,
    int Best,
    int High,
    int? SideA = null,
    int? SideB = null,
    int? Civilians = null,
    int? Unknown = null)
{
    /// <summary>True when <c>Low ≤ Best ≤ High</c>, i.e. the estimates can be read as an interval.</summary>
    public bool IsOrdered => Low <= Best && Best <= High;
}
