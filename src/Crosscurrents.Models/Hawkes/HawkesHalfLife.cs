namespace Crosscurrents.Models.Hawkes;

/// <summary>A half-life of excitation, in days, with its 95% interval.</summary>
/// <param name="HalfLife">ln 2 / ω.</param>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Identified">False when the stream excites nothing (every branching ratio from it at 0), or when its half-life is at the lower limit: then there is no interval.</param>
/// <param name="WithinDay">The half-life is at the lower limit of the search (<see cref="HawkesFitOptions.MinHalfLifeDays"/>): the stream's offspring come on the same day; <see cref="HalfLife"/> is then only an upper bound.</param>
public readonly record struct HawkesHalfLife(double HalfLife, double Lower, double Upper, bool Identified, bool WithinDay);
