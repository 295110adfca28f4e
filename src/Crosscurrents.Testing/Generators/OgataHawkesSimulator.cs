namespace Crosscurrents.Testing.Generators;

/// <summary>
/// Simulates a multivariate continuous-time Hawkes process with exponential kernels and constant background rates
/// by Ogata's thinning: λ_k(t) = μ_k + Σ_j α_jk β_j Σ_{t_m &lt; t, m ∈ j} e^{−β_j (t − t_m)}. Between events the total
/// intensity only decays, so its value just after the last event bounds it until the next: propose a time at that
/// rate, accept it with probability λ(t)/bound, and pick the stream in proportion to its intensity. Independent of
/// the model's own simulator (which uses the branching structure), so it can validate that model on binned data.
/// </summary>
public static class OgataHawkesSimulator
{
    /// <summary>Event times (in days) and streams, in time order, on [0, horizon).</summary>
    /// <param name="mu">Background rate per day of each stream.</param>
    /// <param name="alpha">alpha[j, k]: branching ratio j → k (expected k-children of one j-event).</param>
    /// <param name="beta">beta[j]: decay rate per day of stream j's kernel (mean delay 1/β).</param>
    /// <param name="horizon">Length of the window, in days.</param>
    /// <param name="random">Seeded generator.</param>
    public static List<(double Time, int Stream)> Simulate(double[] mu, double[,] alpha, double[] beta, double horizon, Random random)
    {
        ArgumentNullException.ThrowIfNull(mu);
        ArgumentNullException.ThrowIfNull(alpha);
        ArgumentNullException.ThrowIfNull(beta);
        ArgumentNullException.ThrowIfNull(random);
        var k = mu.Length;
        var state = new double[k]; // Σ β_j e^{−β_j (t − t_m)} over j-events, at time `now`
        var events = new List<(double, int)>();
        var now = 0.0;
        double Intensity(int i)
        {
            var lambda = mu[i];
            for (var j = 0; j < k; j++)
            {
                lambda += alpha[j, i] * state[j];
            }

            return lambda;
        }

        while (true)
        {
            var bound = Enumerable.Range(0, k).Sum(Intensity);
            var next = now - (Math.Log(1 - random.NextDouble()) / bound);
            if (next >= horizon)
            {
                break;
            }

            for (var j = 0; j < k; j++)
            {
                state[j] *= Math.Exp(-beta[j] * (next - now));
            }

            now = next;
            var intensities = Enumerable.Range(0, k).Select(Intensity).ToArray();
            var u = random.NextDouble() * bound;
            for (var i = 0; i < k; i++)
            {
                u -= intensities[i];
                if (u < 0)
                {
                    events.Add((now, i));
                    state[i] += beta[i];
                    break;
                }
            }
        }

        return events;
    }

    /// <summary>Daily counts per stream: the ties a daily event dataset has.</summary>
    public static double[][] DailyCounts(IEnumerable<(double Time, int Stream)> events, int streams, int days)
    {
        ArgumentNullException.ThrowIfNull(events);
        var counts = Enumerable.Range(0, streams).Select(_ => new double[days]).ToArray();
        foreach (var (time, stream) in events)
        {
            counts[stream][Math.Min(days - 1, (int)Math.Floor(time))]++;
        }

        return counts;
    }
}
