namespace Crosscurrents.Models.Hawkes;

/// <summary>Rescaled residuals (one per event) per stream and their Kolmogorov–Smirnov statistics and p-values.</summary>
/// <param name="Residuals">Residuals[k]: u = 1 − e^{−τ} for each event of stream k, uniform on (0, 1) when the model is right.</param>
/// <param name="KsStatistic">KsStatistic[k]: the KS distance of stream k's residuals from the uniform (NaN without events).</param>
/// <param name="KsPValue">KsPValue[k]: its asymptotic p-value.</param>
public sealed record HawkesGoodnessOfFit(double[][] Residuals, double[] KsStatistic, double[] KsPValue);
