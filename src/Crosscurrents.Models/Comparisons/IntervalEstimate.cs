namespace Crosscurrents.Models.Comparisons;

/// <summary>An estimate with the two ends of its interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end.</param>
public readonly record struct IntervalEstimate(double Estimate, double Lower, double Upper);
