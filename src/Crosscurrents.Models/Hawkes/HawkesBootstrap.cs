using System.Globalization;

namespace Crosscurrents.Models.Hawkes;

/// <summary>Percentile intervals of every parameter from a parametric bootstrap (<see cref="HawkesModel.Bootstrap"/>).</summary>
/// <param name="Streams">Stream names, as in the fit.</param>
/// <param name="Replications">Data sets simulated.</param>
/// <param name="Usable">Refits that converged and were kept.</param>
/// <param name="Intervals">One 95% percentile interval per parameter (background coefficients, branching ratios, decays).</param>
public sealed record HawkesBootstrap(IReadOnlyList<string> Streams, int Replications, int Usable, IReadOnlyList<HawkesInterval> Intervals)
{
    /// <summary>The interval of one parameter.</summary>
    public HawkesInterval Interval(HawkesParameterId id) => Intervals.First(i => i.Id == id);

    /// <summary>The interval of the branching ratio from → to.</summary>
    public HawkesInterval Branching(int from, int to) => Interval(HawkesParameterId.Branching(from, to));

    /// <summary>The interval of the branching ratio between two named streams.</summary>
    public HawkesInterval Branching(string from, string to) => Branching(Index(from), Index(to));

    private int Index(string stream) => Streams.ToList().IndexOf(stream) is >= 0 and var i ? i
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"no stream '{stream}' in the bootstrap ({string.Join(", ", Streams)})"), nameof(stream));
}
