namespace Crosscurrents.Models.Hawkes;

/// <summary>The smallest and largest value of an estimate over several fits (NaN when none is usable).</summary>
/// <param name="Lowest">Smallest value.</param>
/// <param name="Highest">Largest value.</param>
public readonly record struct HawkesRange(double Lowest, double Highest);
