namespace Crosscurrents.Models.Hawkes;

/// <summary>A one-sample Kolmogorov–Smirnov test against the uniform distribution.</summary>
/// <param name="Statistic">D, the largest distance between the empirical and the uniform distribution function.</param>
/// <param name="PValue">The asymptotic p-value (Stephens' small-sample correction of √n D).</param>
public readonly record struct KolmogorovSmirnovTest(double Statistic, double PValue);
