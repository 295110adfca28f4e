using Crosscurrents.Models.Forecasting;
using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Tests.Forecasting;

/// <summary>Seeded monthly count processes that are not the NB regression model, for recovery and validity tests.</summary>
internal static class Simulated
{
    /// <summary>Poisson counts with a rate that jumps from <paramref name="before"/> to <paramref name="after"/> at month <paramref name="change"/>.</summary>
    public static MonthlySeries RegimeChange(int months, int change, double before, double after, int seed)
    {
        var random = new Random(seed);
        return new MonthlySeries("regime", new DateOnly(2000, 1, 1),
            Enumerable.Range(0, months).Select(t => (double)Poisson.Sample(random, t < change ? before : after)).ToArray());
    }

    /// <summary>
    /// A clustered (Hawkes-like) monthly process: y_t ~ Poisson(ν + Σ_k α e^{−k/τ}… ) approximated by an exponentially
    /// decaying excitation from past months: λ_t = ν + a·x_{t−1}, x_t = ρ·x_{t−1} + y_t, so bursts raise later months.
    /// </summary>
    public static MonthlySeries Clustered(int months, double background, double excitation, double decay, int seed)
    {
        var random = new Random(seed);
        var values = new double[months];
        var memory = 0.0;
        for (var t = 0; t < months; t++)
        {
            var lambda = background + (excitation * memory);
            values[t] = Poisson.Sample(random, lambda);
            memory = (decay * memory) + values[t];
        }

        return new MonthlySeries("clustered", new DateOnly(2000, 1, 1), values);
    }
}
