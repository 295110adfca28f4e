namespace Crosscurrents.Models.Hawkes;

/// <summary>How <see cref="HawkesModel.Fit(HawkesData, HawkesFitOptions?, HawkesParameters?)"/> searches; change with <c>with</c>.</summary>
/// <remarks>
/// The bounds are limits of the search, not of the model: a fit that ends on one (other than a branching ratio at
/// its natural bound 0) is reported as <see cref="HawkesExitReason.AtBound"/> and its estimates are not used.
/// </remarks>
public sealed record HawkesFitOptions
{
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

    /// <summary>Optimiser iterations per start (default 1000).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Starting points tried (default 3: the usual start and two with stronger and weaker, faster and slower excitation); the best converged one is kept.</summary>
    public int Starts { get; init; } = 3;

    /// <summary>A 0/1 background indicator that is 1 (or 0) on fewer days than this is left out, with a note (default 30).</summary>
    public int MinIndicatorDays { get; init; } = 30;

    /// <summary>A stream with fewer events than this on (or off) an indicator's days does not get that indicator (rate ratio held at 1, with a note; default 5).</summary>
    public int MinIndicatorEvents { get; init; } = 5;

    /// <summary>Compute standard errors from the observed information (default true).</summary>
    public bool StandardErrors { get; init; } = true;

    /// <summary>Robust (sandwich) standard errors H⁻¹ J H⁻¹, J the sum of the days' outer products of scores: guards against
    /// the approximation of the within-day kernel (default false: the observed information alone).</summary>
    public bool RobustStandardErrors { get; init; }

    /// <summary>The default options.</summary>
    public static HawkesFitOptions Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option out of range.</summary>
    public void Validate()
    {
        static void Check(bool ok, string name, object value, string rule)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be {rule}");
            }
        }

        Check(MaxBranching > 0 && double.IsFinite(MaxBranching), nameof(MaxBranching), MaxBranching, "positive");
        Check(MinHalfLifeDays > 0, nameof(MinHalfLifeDays), MinHalfLifeDays, "positive");
        Check(MaxHalfLifeDays > MinHalfLifeDays && double.IsFinite(MaxHalfLifeDays), nameof(MaxHalfLifeDays), MaxHalfLifeDays, "finite and above MinHalfLifeDays");
        Check(MaxAbsCoefficient > 0, nameof(MaxAbsCoefficient), MaxAbsCoefficient, "positive");
        Check(GradientTolerance > 0, nameof(GradientTolerance), GradientTolerance, "positive");
        Check(MaxIterations >= 1, nameof(MaxIterations), MaxIterations, "at least 1");
        Check(Starts >= 1, nameof(Starts), Starts, "at least 1");
        Check(MinIndicatorEvents >= 0, nameof(MinIndicatorEvents), MinIndicatorEvents, "at least 0");
        Check(MinIndicatorDays >= 0, nameof(MinIndicatorDays), MinIndicatorDays, "at least 0");
    }
}
