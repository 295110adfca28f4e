namespace Crosscurrents.Models.Hawkes;

/// <summary>One estimated parameter of a usable <see cref="HawkesFit"/>, in natural units (γ, α, ω).</summary>
/// <param name="Id">Which parameter.</param>
/// <param name="Name">The parameter in words: "ttp → baloch branching ratio", "ttp background 'talks'", "ttp decay".</param>
/// <param name="Estimate">The maximum-likelihood estimate.</param>
/// <param name="StdError">Its standard error from the observed information (NaN when not computed or held fixed).</param>
/// <param name="Fixed">Held fixed by the fit (see <see cref="HawkesFit.Notes"/>).</param>
/// <param name="AtBound">A branching ratio at 0, or a parameter held fixed.</param>
public sealed record HawkesEstimate(HawkesParameterId Id, string Name, double Estimate, double StdError, bool Fixed, bool AtBound);
