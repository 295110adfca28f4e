namespace Crosscurrents.Models.Hawkes;

/// <summary>An interval for one parameter (natural units: γ, α, ω).</summary>
/// <param name="Id">The parameter.</param>
/// <param name="Lower">Lower end (NaN when no refit converged).</param>
/// <param name="Upper">Upper end.</param>
public readonly record struct HawkesInterval(HawkesParameterId Id, double Lower, double Upper);
