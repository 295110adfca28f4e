using MathNet.Numerics.Distributions;

namespace Crosscurrents.Models.Forecasting.Internal;

/// <summary>Seeded draws shared by the forecasters.</summary>
internal static class Sampling
{
    /// <summary>θ at or above which a draw is Poisson (the NB regression reports θ = 1e6 for no overdispersion).</summary>
    public const double PoissonTheta = 1e5;

    /// <summary>A draw from NB2(μ, θ) as a gamma–Poisson mixture (Poisson when θ is effectively infinite).</summary>
    public static double NegativeBinomial(Random random, double mu, double theta)
    {
        if (!(mu > 0))
        {
            return 0;
        }

        var lambda = theta >= PoissonTheta ? mu : Gamma.Sample(random, theta, theta / mu);
        return lambda > 0 ? MathNet.Numerics.Distributions.Poisson.Sample(random, lambda) : 0;
    }

    /// <summary>A draw from Poisson(μ) (0 when μ ≤ 0).</summary>
    public static double Poisson(Random random, double mu) => mu > 0 ? MathNet.Numerics.Distributions.Poisson.Sample(random, mu) : 0;

    /// <summary>Mixes integers into one well-spread seed (SplitMix64 finaliser), so each unit, origin and model gets its own stream.</summary>
    public static int Seed(int seed, params ReadOnlySpan<int> parts)
    {
        var h = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL);
        foreach (var p in parts)
        {
            h = Mix(h ^ unchecked((ulong)(uint)p + 0x9E3779B97F4A7C15UL));
        }

        return (int)(Mix(h) & 0x7FFFFFFF);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
