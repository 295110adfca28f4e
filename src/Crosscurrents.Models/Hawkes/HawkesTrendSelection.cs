namespace Crosscurrents.Models.Hawkes;

/// <summary>The background chosen by BIC and how the branching ratios vary across the candidates.</summary>
/// <param name="Fit">The chosen fit (with standard errors).</param>
/// <param name="TrendKnots">Its number of trend knots.</param>
/// <param name="Candidates">Every candidate, in order of knots.</param>
public sealed record HawkesTrendSelection(HawkesFit Fit, int TrendKnots, IReadOnlyList<HawkesTrendCandidate> Candidates)
{
    /// <summary>The rule, in words.</summary>
    public const string Rule = "trend knots chosen by BIC (k ln N − 2 log L, N events)";

    /// <summary>Smallest and largest estimate of branching ratio from → to over the usable candidates (NaN when none).</summary>
    public HawkesRange BranchingRange(int from, int to)
    {
        var values = Candidates.Where(c => c.Branching is not null).Select(c => c.Branching![from, to]).ToList();
        return values.Count == 0 ? new HawkesRange(double.NaN, double.NaN) : new HawkesRange(values.Min(), values.Max());
    }

    /// <summary>The same range for two streams named as in the fit.</summary>
    /// <exception cref="ArgumentException">A stream is not in the fit.</exception>
    public HawkesRange BranchingRange(string from, string to) => BranchingRange(Index(from), Index(to));

    private int Index(string stream) => Fit.StreamIndex(stream) is >= 0 and var i ? i
        : throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no stream '{stream}' in the fit ({string.Join(", ", Fit.Streams)})"), nameof(stream));
}
