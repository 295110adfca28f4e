namespace Crosscurrents.Models.Comparisons;

/// <summary>The outcome of a <see cref="PeakBootstrap"/>: the observed peak and the peak of every replication, as positions in the series.</summary>
/// <param name="Peak">Position of the observed maximum (the first, on ties).</param>
/// <param name="Replications">Position of the maximum in each replication, in the order drawn.</param>
public sealed record PeakBootstrapResult(int Peak, IReadOnlyList<int> Replications)
{
    /// <summary>Share of replications whose peak is at a position <paramref name="inSet"/> accepts.</summary>
    public double Probability(Func<int, bool> inSet)
    {
        ArgumentNullException.ThrowIfNull(inSet);
        return Replications.Count(inSet) / (double)Replications.Count;
    }

    /// <summary>The 95% range of the peak's position: the order statistics at ⌊0.025 n⌋ and ⌈0.975 n⌉ − 1 of the n replications.</summary>
    public PeakRange Range95()
    {
        var sorted = Replications.Order().ToArray();
        return new PeakRange(sorted[(int)Math.Floor(0.025 * sorted.Length)], sorted[Math.Max(0, (int)Math.Ceiling(0.975 * sorted.Length) - 1)]);
    }
}
