namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    /// <summary>Trend knots tried by <see cref="SelectTrend"/> when the caller does not say.</summary>
    public static IReadOnlyList<int> DefaultTrendKnots { get; } = [0, 1, 2, 4, 6, 9, 12];

    /// <summary>
    /// Chooses the flexibility of the background (the number of trend knots) by BIC: fits every candidate
    /// (<see cref="HawkesFitOptions.SelectionStarts"/> starts each, no standard errors), keeps the usable fit with the smallest BIC = k ln N − 2 log L (N events), and refits
    /// it with <paramref name="options"/>. The candidates' branching ratios are kept, so callers can show how
    /// sensitive the excitation is to the choice (a flexible trend can absorb clustering; a rigid one can read slow
    /// changes in the level as excitation).
    /// </summary>
    /// <param name="knots">Candidate numbers of knots (default <see cref="DefaultTrendKnots"/>).</param>
    /// <param name="data">Builds the data with a given number of knots.</param>
    /// <param name="options">Options of the final fit.</param>
    public static HawkesTrendSelection SelectTrend(IReadOnlyList<int>? knots, Func<int, HawkesData> data, HawkesFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= HawkesFitOptions.Default;
        knots ??= DefaultTrendKnots;
        if (knots.Count == 0)
        {
            throw new ArgumentException("give at least one candidate number of knots", nameof(knots));
        }

        options.Validate();
        var quick = options with { StandardErrors = false, Starts = options.SelectionStarts };
        var candidates = knots.Distinct().Order().AsParallel().AsOrdered().WithDegreeOfParallelism(2)
            .Select(n => (Knots: n, Data: data(n))).Select(c => (c.Knots, c.Data, Fit: Fit(c.Data, quick))).ToList();
        var usable = candidates.Where(c => c.Fit.Usable).ToList();
        var best = usable.Count > 0 ? usable.MinBy(c => c.Fit.Bic) : candidates[0];
        var final = Fit(best.Data, options, best.Fit.Estimates);
        return new HawkesTrendSelection(final, best.Knots, candidates.Select(c => new HawkesTrendCandidate(c.Knots, c.Fit.Bic, c.Fit.Aic, c.Fit.ExitReason,
            c.Fit.Estimates is { } e ? (double[,])e.Alpha.Clone() : null)).ToList());
    }
}

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
    public HawkesRange BranchingRange(string from, string to) => BranchingRange(Fit.Data.StreamIndex(from), Fit.Data.StreamIndex(to));
}

/// <summary>One candidate background.</summary>
/// <remarks>Its branching matrix is indexed [from, to] by the streams of <see cref="HawkesTrendSelection.Fit"/>.</remarks>
/// <param name="TrendKnots">Number of trend knots.</param>
/// <param name="Bic">Its BIC.</param>
/// <param name="Aic">Its AIC.</param>
/// <param name="ExitReason">How its fit ended.</param>
/// <param name="Branching">Its branching matrix, when the fit was usable.</param>
public sealed record HawkesTrendCandidate(int TrendKnots, double Bic, double Aic, HawkesExitReason ExitReason, double[,]? Branching);
