namespace Crosscurrents.Models.Scenarios;

/// <summary>The simulated paths of a scenario: monthly events and deaths per stream, and what the levers did.</summary>
/// <param name="Paths">Number of paths.</param>
/// <param name="Months">Months per path.</param>
/// <param name="K">Streams.</param>
/// <param name="Events">Events[(path · Months + month) · K + stream].</param>
/// <param name="Deaths">Deaths, laid out like <see cref="Events"/>.</param>
/// <param name="RuleDays">Per path, how many times a rule switched a lever on.</param>
/// <param name="Exploded">Paths stopped at the event limit (their counts are cut short).</param>
/// <param name="SimulatedEvents">Events simulated over all paths.</param>
public sealed record ScenarioPaths(int Paths, int Months, int K, float[] Events, float[] Deaths, int[] RuleDays, int Exploded, long SimulatedEvents)
{
    /// <summary>One path's count of a stream in a month.</summary>
    public double EventsAt(int path, int month, int stream) => Events[(((path * Months) + month) * K) + stream];

    /// <summary>One path's deaths of a stream in a month.</summary>
    public double DeathsAt(int path, int month, int stream) => Deaths[(((path * Months) + month) * K) + stream];

    /// <summary>Per path, the stream's events (or deaths) summed over months <paramref name="from"/>..<paramref name="to"/> (inclusive; default all).</summary>
    public double[] Totals(int stream, bool deaths = false, int from = 0, int to = -1)
    {
        to = to < 0 ? Months - 1 : to;
        var values = deaths ? Deaths : Events;
        var totals = new double[Paths];
        for (var p = 0; p < Paths; p++)
        {
            var s = 0.0;
            for (var m = from; m <= to; m++)
            {
                s += values[(((p * Months) + m) * K) + stream];
            }

            totals[p] = s;
        }

        return totals;
    }

    /// <summary>Per path, the stream's count (or deaths) in one month.</summary>
    public double[] Month(int stream, int month, bool deaths = false)
    {
        var values = deaths ? Deaths : Events;
        return Enumerable.Range(0, Paths).Select(p => (double)values[(((p * Months) + month) * K) + stream]).ToArray();
    }

    /// <summary>Per path, the stream's largest monthly count (or deaths).</summary>
    public double[] MonthlyMaximum(int stream, bool deaths = false) =>
        Enumerable.Range(0, Paths).Select(p => Enumerable.Range(0, Months).Max(m => deaths ? DeathsAt(p, m, stream) : EventsAt(p, m, stream))).ToArray();
}
