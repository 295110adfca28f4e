namespace Crosscurrents.Models.Comparisons;

/// <summary>A range of positions in a series (for example of the year a peak falls in).</summary>
/// <param name="Lower">First position of the range.</param>
/// <param name="Upper">Last position.</param>
public readonly record struct PeakRange(int Lower, int Upper);
