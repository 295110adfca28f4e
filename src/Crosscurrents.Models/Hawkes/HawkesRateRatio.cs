namespace Crosscurrents.Models.Hawkes;

/// <summary>A background rate ratio exp(γ) and its 95% interval.</summary>
/// <param name="RateRatio">exp(γ).</param>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Estimable">False when held fixed (no events of the stream on those days) or without a finite interval.</param>
public readonly record struct HawkesRateRatio(double RateRatio, double Lower, double Upper, bool Estimable);
