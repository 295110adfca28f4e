namespace Crosscurrents.Testing.Generators;

/// <summary>
/// Simulates a univariate continuous-time Hawkes process with an exponential kernel by its branching structure:
/// background events arrive as a Poisson process with rate <c>mu</c> per day, and every event has Poisson(<c>alpha</c>)
/// children at Exp(<c>beta</c>) delays. Used to check how daily binning (ties) affects the discrete-time model.
/// </summary>
public static class ContinuousHawkesSimulator
{
    public static List<double> Simulate(double mu, double alpha, double beta, double days, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var events = new List<double>();
        var queue = new Queue<double>();
        for (var t = Exponential(random, mu); t < days; t += Exponential(random, mu))
        {
            queue.Enqueue(t);
        }

        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            events.Add(parent);
            var children = alpha > 0 ? MathNet.Numerics.Distributions.Poisson.Sample(random, alpha) : 0;
            for (var i = 0; i < children; i++)
            {
                var child = parent + Exponential(random, beta);
                if (child < days)
                {
                    queue.Enqueue(child);
                }
            }
        }

        events.Sort();
        return events;
    }

    /// <summary>Counts per whole day: the ties a daily event dataset has.</summary>
    public static double[] DailyCounts(IEnumerable<double> times, int days)
    {
        var counts = new double[days];
        foreach (var t in times)
        {
            counts[Math.Min(days - 1, (int)Math.Floor(t))]++;
        }

        return counts;
    }

    private static double Exponential(Random random, double rate) => -Math.Log(1 - random.NextDouble()) / rate;
}
