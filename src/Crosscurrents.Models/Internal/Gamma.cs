namespace Crosscurrents.Models.Internal;

/// <summary>Digamma and trigamma, by recurrence up to x ≥ 6 and the asymptotic series there (error below 1e-12).</summary>
internal static class Gamma
{
    public static double Digamma(double x)
    {
        var result = 0.0;
        while (x < 6)
        {
            result -= 1 / x;
            x += 1;
        }

        var f = 1 / (x * x);
        return result + Math.Log(x) - (0.5 / x) - (f * ((1.0 / 12) - (f * ((1.0 / 120) - (f * ((1.0 / 252) - (f * ((1.0 / 240) - (f / 132)))))))));
    }

    public static double Trigamma(double x)
    {
        var result = 0.0;
        while (x < 6)
        {
            result += 1 / (x * x);
            x += 1;
        }

        var f = 1 / (x * x);
        return result + (1 / x) + (f / 2) + ((1 / (x * x * x)) * ((1.0 / 6) - (f * ((1.0 / 30) - (f * ((1.0 / 42) - (f / 30)))))));
    }

    /// <summary>log Γ(x), from MathNet.</summary>
    public static double LogGamma(double x) => MathNet.Numerics.SpecialFunctions.GammaLn(x);
}
