namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// The ensemble: a mixture of its members' predictive distributions, with weights learnt, per horizon, from the
/// members' CRPS at earlier origins only.
/// </summary>
/// <remarks>
/// At origin T and horizon h the weights use the members' scores of forecasts whose target month is at or before T
/// (origins ≤ T − h), so nothing after the origin is used. Weight of member m ∝ (mean CRPS_m + ε)^−p, ε = 1e-6 to allow a
/// perfect member. The mixture draws are composed deterministically: member m contributes its first round(w_m·n)
/// paths (largest remainders, so the counts add up to n), which are a random subset since a member's paths are iid.
/// </remarks>
public static class Ensemble
{
    /// <summary>The ensemble's model name.</summary>
    public const string Name = "ensemble";

    /// <summary>Weights from each member's earlier CRPS values (one list per member; equal weights when too few).</summary>
    public static double[] Weights(IReadOnlyList<IReadOnlyList<double>> earlierCrps, EnsembleOptions options)
    {
        ArgumentNullException.ThrowIfNull(earlierCrps);
        ArgumentNullException.ThrowIfNull(options);
        var m = earlierCrps.Count;
        if (m == 0 || earlierCrps.Any(c => c.Count < options.MinimumScored))
        {
            return Enumerable.Repeat(1.0 / Math.Max(1, m), m).ToArray();
        }

        var raw = earlierCrps.Select(c => Math.Pow(c.Average() + 1e-6, -options.Power)).ToArray();
        var sum = raw.Sum();
        return raw.Select(r => r / sum).ToArray();
    }

    /// <summary>
    /// Mixes the members' forecasts (same origin, horizons and sample count) with weights per horizon
    /// (<c>weights[h − 1][m]</c>). With different weights at different horizons a mixture path is not one member's path.
    /// </summary>
    public static ForecastDistribution Mix(IReadOnlyList<ForecastDistribution> members, IReadOnlyList<IReadOnlyList<double>> weights)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(weights);
        if (members.Count == 0 || weights.Count != members[0].Horizons || weights.Any(w => w.Count != members.Count))
        {
            throw new ArgumentException("one weight per member and horizon, and at least one member");
        }

        var n = members[0].Samples[0].Length;
        var horizons = members[0].Horizons;
        var result = Enumerable.Range(0, horizons).Select(_ => new double[n]).ToArray();
        for (var h = 0; h < horizons; h++)
        {
            var counts = Allocate(weights[h], n);
            var k = 0;
            for (var i = 0; i < members.Count; i++)
            {
                Array.Copy(members[i].Samples[h], 0, result[h], k, counts[i]);
                k += counts[i];
            }
        }

        return new ForecastDistribution(Name, members[0].Origin, result);
    }

    /// <summary>Splits n draws among members in proportion to the weights, by largest remainders (ties to the earlier member).</summary>
    internal static int[] Allocate(IReadOnlyList<double> weights, int n)
    {
        var total = weights.Sum();
        var exact = weights.Select(w => w / total * n).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = n - counts.Sum();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(left))
        {
            counts[i]++;
        }

        return counts;
    }
}
