namespace Crosscurrents.Models.Scenarios;

/// <summary>Where a lever's effect on the background rate comes from.</summary>
public enum LeverEffectKind
{
    /// <summary>The fitted model's own background coefficient of a covariate (drawn with the other parameters on each path).</summary>
    Fitted,

    /// <summary>A rate ratio estimated outside the Hawkes fit (e.g. an event study of past operations), with its interval.</summary>
    Estimated,

    /// <summary>A rate ratio the user states (size and interval): an assumption, labelled so in every output.</summary>
    Assumed,
}

/// <summary>A lever's effect: a multiplicative change of the background rate while the lever is active.</summary>
/// <remarks>
/// A <see cref="LeverEffectKind.Fitted"/> effect is exp(γ_kc) of covariate column <see cref="Column"/>, for each
/// stream k its own coefficient, drawn jointly with every other parameter from the fit's asymptotic normal. Estimated
/// and assumed effects are one rate ratio for every stream the lever touches, drawn on each path as
/// ln RR ~ Normal(<see cref="LogRateRatio"/>, <see cref="LogStdError"/>²), independently of the fit (their sampling
/// error is not correlated with the Hawkes estimates, which is itself an assumption).
/// </remarks>
/// <param name="Kind">Where the effect comes from.</param>
/// <param name="Column">The covariate column of a fitted effect (−1 otherwise).</param>
/// <param name="LogRateRatio">ln of the central rate ratio of an estimated or assumed effect (0 for a fitted one).</param>
/// <param name="LogStdError">Standard error of ln RR (0: no uncertainty).</param>
/// <param name="Source">Where the number comes from, in words.</param>
public sealed record LeverEffect(LeverEffectKind Kind, int Column, double LogRateRatio, double LogStdError, string Source)
{
    /// <summary>z of the central 90% interval.</summary>
    public const double Z90 = 1.6448536269514722;

    /// <summary>Whether the data did not estimate the effect (the user stated it).</summary>
    public bool IsAssumed => Kind == LeverEffectKind.Assumed;

    /// <summary>The fitted coefficient of covariate <paramref name="column"/>.</summary>
    public static LeverEffect Fitted(int column, string covariate) => new(LeverEffectKind.Fitted, column, 0, 0, $"fitted background coefficient '{covariate}'");

    /// <summary>An assumed rate ratio with its 90% interval (ln-symmetric: the standard error is the mean of both halves).</summary>
    public static LeverEffect Assumed(double rateRatio, double low90, double high90, string source) =>
        new(LeverEffectKind.Assumed, -1, Math.Log(rateRatio), LogSe(low90, high90, Z90), source);

    /// <summary>A rate ratio estimated elsewhere, with its 95% interval.</summary>
    public static LeverEffect Estimated(double rateRatio, double low95, double high95, string source) =>
        new(LeverEffectKind.Estimated, -1, Math.Log(rateRatio), LogSe(low95, high95, 1.959963984540054), source);

    private static double LogSe(double low, double high, double z)
    {
        if (!(low > 0) || !(high >= low))
        {
            throw new ArgumentException($"an interval of rate ratios needs 0 < low ≤ high (got {low}..{high})");
        }

        return (Math.Log(high) - Math.Log(low)) / (2 * z);
    }
}

/// <summary>A rule that switches a lever on: after any day with an event of <see cref="Stream"/> killing at least <see cref="MinDeaths"/>.</summary>
/// <param name="Stream">Index of the stream whose events trigger the lever.</param>
/// <param name="MinDeaths">Deaths of one event that trigger it.</param>
/// <param name="WindowDays">The lever is active on the days after the triggering day (not the day itself), for this many days.</param>
public sealed record LeverRule(int Stream, double MinDeaths, int WindowDays);

/// <summary>Days a lever is active, as offsets from the first simulated day (both ends included).</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
public readonly record struct DayRange(int From, int To);

/// <summary>A lever: a change of the background rates of some streams on fixed days or by a rule.</summary>
/// <param name="Name">The lever's name, for output.</param>
/// <param name="Effect">Its effect on the background.</param>
/// <param name="Streams">Streams[k]: whether the lever changes stream k's background.</param>
/// <param name="Days">Fixed days it is active on.</param>
/// <param name="Rule">Or a rule that switches it on (null for fixed days only).</param>
public sealed record ScenarioLever(string Name, LeverEffect Effect, bool[] Streams, IReadOnlyList<DayRange> Days, LeverRule? Rule = null);

/// <summary>Events injected on a day (e.g. a mass-casualty attack), to see the excitation that follows.</summary>
/// <param name="Day">Offset of the day from the first simulated day.</param>
/// <param name="Stream">Index of the stream.</param>
/// <param name="Count">Number of events.</param>
/// <param name="DeathsEach">Deaths of each (for fatality totals and strike rules).</param>
public sealed record ScenarioInjection(int Day, int Stream, int Count, double DeathsEach);
