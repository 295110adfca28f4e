namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    /// <summary>Trend knots tried by <see cref="SelectTrend"/> when the caller does not say.</summary>
    public static IReadOnlyList<int> DefaultTrendKnots { get; } = [0, 1, 2, 4, 6, 9, 12];

    /// <summary>
    /// The candidates of <see cref="DefaultTrendKnots"/> for a span of <paramref name="days"/> days: fewer knots than
    /// whole years, so that each trend piece has at least a year of data (the rule of <c>dynamics fit</c> and the claim check).
    /// </summary>
    public static IReadOnlyList<int> TrendKnotCandidates(int days) => DefaultTrendKnots.Where(n => n < Math.Max(1, days / 365)).ToList();

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
            c.Fit.Estimates is { } e ? (double[,])e.Alpha.Clone() : null) { Fit = c.Fit }).ToList());
    }
}
