namespace Crosscurrents.Models.Hawkes;

/// <summary>
/// How <see cref="HawkesModel.Fit(HawkesData, HawkesFitOptions?, HawkesParameters?)"/> searches, when its estimates
/// count as usable, and how <see cref="HawkesModel.Bootstrap"/> and <see cref="HawkesModel.SelectTrend"/> refit.
/// Every default is stated; change them with <c>with</c>, and <see cref="Validate"/> says which value is out of range.
/// </summary>
/// <remarks>
/// The bounds are limits of the search, not of the model: a fit that ends on one (other than a branching ratio at
/// its natural bound 0) is reported as <see cref="HawkesExitReason.AtBound"/> and its estimates are not used. The
/// defaults are those every result in <c>docs/dynamics.md</c> and the benchmarks was computed with.
/// </remarks>
public sealed record HawkesFitOptions
{
    /// <summary>The three default starting points (see <see cref="StartPoints"/>). Declared first: <see cref="Default"/> reads it.</summary>
    public static IReadOnlyList<HawkesStart> DefaultStartPoints { get; } =
    [
        new HawkesStart(0.7, 0.2, 0.05, 3),
        new HawkesStart(0.4, 0.5, 0.02, 10),
        new HawkesStart(0.9, 0.05, 0.01, 1),
    ];

    /// <summary>Largest branching ratio searched (default 5).</summary>
    public double MaxBranching { get; init; } = 5;

    /// <summary>Shortest half-life of the excitation searched, in days (default 0.1: daily data say little below that).</summary>
    public double MinHalfLifeDays { get; init; } = 0.1;

    /// <summary>Longest half-life searched, in days (default 365: slower excitation is indistinguishable from trend).</summary>
    public double MaxHalfLifeDays { get; init; } = 365;

    /// <summary>Bound on every background coefficient |γ| (default 30, a rate ratio of 10¹³).</summary>
    public double MaxAbsCoefficient { get; init; } = 30;

    /// <summary>Convergence: the largest projected gradient of −log L per event (default 1e-5).</summary>
    public double GradientTolerance { get; init; } = 1e-5;

    /// <summary>The gradient tolerance handed to the box-constrained BFGS optimiser (default null: <see cref="GradientTolerance"/> / 100,
    /// so the optimiser goes a little past the point that counts as converged).</summary>
    public double? OptimiserGradientTolerance { get; init; }

    /// <summary>The optimiser's tolerance on the change of the parameters between iterations (default 1e-12).</summary>
    public double OptimiserParameterTolerance { get; init; } = 1e-12;

    /// <summary>The optimiser's tolerance on the change of the objective between iterations (default 1e-15).</summary>
    public double OptimiserFunctionTolerance { get; init; } = 1e-15;

    /// <summary>Optimiser iterations per start (default 1000).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>How often a start is restarted from its best point when the optimiser stops short of convergence (default 3).</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>Starting points tried, the first <see cref="Starts"/> of <see cref="StartPoints"/> (default 3); the best converged one is kept.</summary>
    public int Starts { get; init; } = 3;

    /// <summary>
    /// The starting points (default three: moderate excitation, background share 0.7, self 0.2, cross 0.05, half-life 3
    /// days; strong and slow, 0.4, 0.5, 0.02, 10 days; weak and fast, 0.9, 0.05, 0.01, 1 day).
    /// </summary>
    public IReadOnlyList<HawkesStart> StartPoints { get; init; } = DefaultStartPoints;

    /// <summary>A parameter within this distance of a search bound (in search coordinates: γ, α and ln ω) is on it (default 1e-6).</summary>
    public double BoundTolerance { get; init; } = 1e-6;

    /// <summary>For the convergence test, a parameter within this distance of a bound whose gradient points out of the
    /// search box is on an active constraint and its gradient is left out (default 1e-10).</summary>
    public double ActiveBoundTolerance { get; init; } = 1e-10;

    /// <summary>A branching ratio below this is at its natural bound 0 (default 1e-8).</summary>
    public double ZeroBranching { get; init; } = 1e-8;

    /// <summary>The observed information is singular when, scaled to unit diagonal (so that neither the parameters' units nor the number of events matter), its smallest eigenvalue is at most this times its largest (default 1e-9).</summary>
    public double SingularityTolerance { get; init; } = 1e-9;

    /// <summary>Relative step of the central differences of the gradient that give the observed information (default 1e-5).</summary>
    public double InformationStep { get; init; } = 1e-5;

    /// <summary>A background rate ratio whose log has a standard error above this is reported as not estimable (default 50).</summary>
    public double MaxEstimableStdError { get; init; } = 50;

    /// <summary>A 0/1 background indicator that is 1 (or 0) on fewer days than this is left out, with a note (default 30).</summary>
    public int MinIndicatorDays { get; init; } = 30;

    /// <summary>A stream with fewer events than this on (or off) an indicator's days does not get that indicator (rate ratio held at 1, with a note; default 5).</summary>
    public int MinIndicatorEvents { get; init; } = 5;

    /// <summary>Compute standard errors from the observed information (default true). Without them the information is not
    /// checked either, so a fit can be <see cref="HawkesExitReason.Converged"/> with parameters that are not identified.</summary>
    public bool StandardErrors { get; init; } = true;

    /// <summary>Robust (sandwich) standard errors H⁻¹ J H⁻¹, J the sum of the days' outer products of scores: guards against
    /// the approximation of the within-day kernel (default false: the observed information alone).</summary>
    public bool RobustStandardErrors { get; init; }

    /// <summary>Parametric bootstrap: data sets simulated and refitted (default 200).</summary>
    public int BootstrapReplications { get; init; } = 200;

    /// <summary>Starting points of each bootstrap refit, after the fitted estimates (default 1: the estimates alone).</summary>
    public int BootstrapStarts { get; init; } = 1;

    /// <summary>A simulated bootstrap data set with more events than this is an exploding process and is dropped (default 5,000,000).</summary>
    public int BootstrapMaxEvents { get; init; } = 5_000_000;

    /// <summary>Starting points of each candidate fit in <see cref="HawkesModel.SelectTrend"/> (default 1; the chosen candidate is refitted with <see cref="Starts"/>).</summary>
    public int SelectionStarts { get; init; } = 1;

    /// <summary>The default options.</summary>
    public static HawkesFitOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        static void Check(bool ok, string name, object? value, string rule)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be {rule}");
            }
        }

        static bool Positive(double v) => v > 0 && double.IsFinite(v);
        Check(Positive(MaxBranching), nameof(MaxBranching), MaxBranching, "positive");
        Check(Positive(MinHalfLifeDays), nameof(MinHalfLifeDays), MinHalfLifeDays, "positive");
        Check(MaxHalfLifeDays > MinHalfLifeDays && double.IsFinite(MaxHalfLifeDays), nameof(MaxHalfLifeDays), MaxHalfLifeDays, "finite and above MinHalfLifeDays");
        Check(Positive(MaxAbsCoefficient), nameof(MaxAbsCoefficient), MaxAbsCoefficient, "positive");
        Check(Positive(GradientTolerance), nameof(GradientTolerance), GradientTolerance, "positive");
        Check(OptimiserGradientTolerance is null || Positive(OptimiserGradientTolerance.Value), nameof(OptimiserGradientTolerance), OptimiserGradientTolerance, "positive or null");
        Check(Positive(OptimiserParameterTolerance), nameof(OptimiserParameterTolerance), OptimiserParameterTolerance, "positive");
        Check(Positive(OptimiserFunctionTolerance), nameof(OptimiserFunctionTolerance), OptimiserFunctionTolerance, "positive");
        Check(MaxIterations >= 1, nameof(MaxIterations), MaxIterations, "at least 1");
        Check(Restarts >= 0, nameof(Restarts), Restarts, "at least 0");
        Check(Starts >= 1, nameof(Starts), Starts, "at least 1");
        Check(StartPoints is { Count: > 0 }, nameof(StartPoints), StartPoints?.Count, "a non-empty list");
        foreach (var s in StartPoints!)
        {
            Check(s is not null && s.BackgroundShare is > 0 and <= 1 && s.SelfBranching >= 0 && s.CrossBranching >= 0 && Positive(s.HalfLifeDays) && double.IsFinite(s.SelfBranching + s.CrossBranching),
                nameof(StartPoints), s, "starts with a background share in (0, 1], branching ratios ≥ 0 and a positive half-life");
        }

        Check(BoundTolerance >= 0 && double.IsFinite(BoundTolerance), nameof(BoundTolerance), BoundTolerance, "at least 0");
        Check(ActiveBoundTolerance >= 0 && double.IsFinite(ActiveBoundTolerance), nameof(ActiveBoundTolerance), ActiveBoundTolerance, "at least 0");
        Check(ZeroBranching >= 0 && double.IsFinite(ZeroBranching), nameof(ZeroBranching), ZeroBranching, "at least 0");
        Check(SingularityTolerance >= 0 && SingularityTolerance < 1, nameof(SingularityTolerance), SingularityTolerance, "from 0 to below 1");
        Check(Positive(InformationStep), nameof(InformationStep), InformationStep, "positive");
        Check(Positive(MaxEstimableStdError), nameof(MaxEstimableStdError), MaxEstimableStdError, "positive");
        Check(MinIndicatorEvents >= 0, nameof(MinIndicatorEvents), MinIndicatorEvents, "at least 0");
        Check(MinIndicatorDays >= 0, nameof(MinIndicatorDays), MinIndicatorDays, "at least 0");
        Check(BootstrapReplications >= 1, nameof(BootstrapReplications), BootstrapReplications, "at least 1");
        Check(BootstrapStarts >= 1, nameof(BootstrapStarts), BootstrapStarts, "at least 1");
        Check(BootstrapMaxEvents >= 1, nameof(BootstrapMaxEvents), BootstrapMaxEvents, "at least 1");
        Check(SelectionStarts >= 1, nameof(SelectionStarts), SelectionStarts, "at least 1");
    }
}
