using System.Globalization;

namespace Crosscurrents.Models.Hawkes;

/// <summary>A fitted Hawkes model, and how the fit ended.</summary>
/// <remarks>
/// Estimates are usable only when <see cref="ExitReason"/> is <see cref="HawkesExitReason.Converged"/>
/// (<see cref="Usable"/>): the named accessors (<see cref="Branching(int, int)"/>, <see cref="HalfLife(int)"/>,
/// <see cref="RateRatio(int, int)"/>) throw <see cref="InvalidOperationException"/> otherwise, so no caller can show the
/// point where a failed search stopped as if it were an estimate. Wald intervals use the observed information; for a
/// branching ratio at its natural bound 0 the interval's lower end is 0 and <see cref="HawkesBranching.AtZero"/> is set.
/// </remarks>
public sealed record HawkesFit
{
    private const double Z95 = 1.959963984540054;

    /// <summary>Stream names.</summary>
    public required IReadOnlyList<string> Streams { get; init; }

    /// <summary>The data fitted: the caller's, less the background indicators left out (see <see cref="Notes"/>).</summary>
    public required HawkesData Data { get; init; }

    /// <summary>Background covariates of the fit (those of <see cref="Data"/>).</summary>
    public IReadOnlyList<string> CovariateNames => Data.CovariateNames;

    /// <summary>The estimates when <see cref="Usable"/>; otherwise the point where the search stopped (for diagnosis only).</summary>
    public required HawkesParameters Parameters { get; init; }

    /// <summary>Standard errors in <see cref="HawkesParameters.Pack"/> order (NaN when not computed, or for a fixed parameter).</summary>
    public required double[] StdErrors { get; init; }

    /// <summary>Per parameter: a branching ratio at 0, or a parameter held fixed (a background indicator with no events, the decay of a stream that excites nothing).</summary>
    public required bool[] AtBound { get; init; }

    /// <summary>Per parameter: held fixed and left out of the information matrix.</summary>
    public required bool[] Fixed { get; init; }

    /// <summary>Per stream: its half-life reached the lower limit of the search, so its excitation is all within the day.</summary>
    public required bool[] WithinDay { get; init; }

    /// <summary>Inverse observed information, in <see cref="HawkesParameters.Pack"/> order (NaN where not computed).</summary>
    public required double[,] Covariance { get; init; }

    /// <summary>Maximised log-likelihood.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>Number of free parameters.</summary>
    public required int FreeParameters { get; init; }

    /// <summary>2 × free parameters − 2 log L.</summary>
    public double Aic => (2.0 * FreeParameters) - (2 * LogLikelihood);

    /// <summary>ln(events) × free parameters − 2 log L.</summary>
    public double Bic => (Math.Log(Math.Max(2, Data.Counts.Sum(c => c.Sum()))) * FreeParameters) - (2 * LogLikelihood);

    /// <summary>Per stream, the share of events attributed to excitation.</summary>
    public required double[] TriggeredShare { get; init; }

    /// <summary>Largest |eigenvalue| of α: below 1 means a stationary (non-explosive) process.</summary>
    public required double SpectralRadius { get; init; }

    /// <summary>How the fit ended.</summary>
    public required HawkesExitReason ExitReason { get; init; }

    /// <summary>Details of the exit: which parameter sits on which bound, the smallest eigenvalue, the gradient left.</summary>
    public required string ExitDetail { get; init; }

    /// <summary>Optimiser iterations over all starts.</summary>
    public required int Iterations { get; init; }

    /// <summary>What the fit changed or could not estimate: indicators left out, parameters held fixed.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Whether the estimates can be used (the fit converged to an interior optimum with a positive-definite information).</summary>
    public bool Usable => ExitReason == HawkesExitReason.Converged;

    /// <summary>Same as <see cref="Usable"/>.</summary>
    public bool Converged => Usable;

    /// <summary>The exit in words, for output.</summary>
    public string Describe() => ExitReason switch
    {
        HawkesExitReason.Converged => "converged",
        HawkesExitReason.IterationLimit => $"did not converge: iteration limit reached ({ExitDetail})",
        HawkesExitReason.AtBound => $"did not find an interior optimum: {ExitDetail} at the limit of the search",
        HawkesExitReason.SingularInformation => $"some parameters are not identified: the information matrix is singular ({ExitDetail})",
        HawkesExitReason.LineSearchFailure => $"did not converge: the line search failed ({ExitDetail})",
        HawkesExitReason.InvalidValues => $"did not converge: the likelihood became undefined ({ExitDetail})",
        _ => ExitReason.ToString(),
    };

    /// <summary>Throws <see cref="InvalidOperationException"/> with <see cref="Describe"/> unless the fit is usable.</summary>
    public void EnsureUsable()
    {
        if (!Usable)
        {
            throw new InvalidOperationException($"the Hawkes fit has no usable estimates: {Describe()}");
        }
    }

    /// <summary>Index of a stream by name, or −1.</summary>
    public int StreamIndex(string stream) => Streams.ToList().IndexOf(stream);

    /// <summary>Branching ratio from → to (expected to-events one from-event triggers) with its standard error and 95% interval.</summary>
    public HawkesBranching Branching(int from, int to)
    {
        EnsureUsable();
        var index = (K * P) + (from * K) + to;
        var estimate = Parameters.Alpha[from, to];
        var se = StdErrors[index];
        return new HawkesBranching(estimate, se, Math.Max(0, estimate - (Z95 * se)), estimate + (Z95 * se), AtBound[index]);
    }

    /// <summary>Branching ratio between two streams named as in <see cref="Streams"/>.</summary>
    public HawkesBranching Branching(string from, string to) => Branching(Index(from), Index(to));

    /// <summary>Background rate ratio exp(γ) of a covariate for a stream, with its 95% interval.</summary>
    public HawkesRateRatio RateRatio(int stream, int covariate)
    {
        EnsureUsable();
        var index = (stream * P) + covariate;
        var g = Parameters.Gamma[stream][covariate];
        var se = StdErrors[index];
        var estimable = !Fixed[index] && double.IsFinite(se) && se < 50;
        return new HawkesRateRatio(Math.Exp(g), Math.Exp(g - (Z95 * se)), Math.Exp(g + (Z95 * se)), estimable);
    }

    /// <summary>Background rate ratio of a named covariate, or null when the fit left that covariate out.</summary>
    public HawkesRateRatio? RateRatio(string stream, string covariate)
    {
        var column = CovariateNames.ToList().IndexOf(covariate);
        return column < 0 ? null : RateRatio(Index(stream), column);
    }

    /// <summary>Half-life ln 2 / ω of the excitation from a stream, in days, with a 95% interval (symmetric in ln ω).</summary>
    public HawkesHalfLife HalfLife(int stream)
    {
        EnsureUsable();
        var index = (K * P) + (K * K) + stream;
        var omega = Parameters.Omega[stream];
        var halfLife = Math.Log(2) / omega;
        if (Fixed[index])
        {
            return new HawkesHalfLife(halfLife, double.NaN, double.NaN, Identified: false, WithinDay[stream]);
        }

        var seLog = StdErrors[index] / omega;
        return new HawkesHalfLife(halfLife, halfLife * Math.Exp(-Z95 * seLog), halfLife * Math.Exp(Z95 * seLog), Identified: true, WithinDay: false);
    }

    /// <summary>Half-life of a named stream's excitation.</summary>
    public HawkesHalfLife HalfLife(string stream) => HalfLife(Index(stream));

    private int K => Streams.Count;

    private int P => CovariateNames.Count;

    private int Index(string stream) => StreamIndex(stream) is >= 0 and var i ? i
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"no stream '{stream}' in the fit ({string.Join(", ", Streams)})"), nameof(stream));
}

/// <summary>A branching ratio with its standard error and 95% Wald interval (lower end floored at 0).</summary>
/// <param name="Estimate">Expected events of the target stream triggered by one event of the source stream.</param>
/// <param name="StdError">Standard error.</param>
/// <param name="Lower">Lower end of the 95% interval.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="AtZero">The estimate sits on the natural bound 0 (no excitation detected; the interval is one-sided).</param>
public readonly record struct HawkesBranching(double Estimate, double StdError, double Lower, double Upper, bool AtZero)
{
    /// <summary>Same as <see cref="AtZero"/>.</summary>
    public bool AtBound => AtZero;
}

/// <summary>A background rate ratio exp(γ) and its 95% interval.</summary>
/// <param name="RateRatio">exp(γ).</param>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Estimable">False when held fixed (no events of the stream on those days) or without a finite interval.</param>
public readonly record struct HawkesRateRatio(double RateRatio, double Lower, double Upper, bool Estimable);

/// <summary>A half-life of excitation, in days, with its 95% interval.</summary>
/// <param name="HalfLife">ln 2 / ω.</param>
/// <param name="Lower">Lower end.</param>
/// <param name="Upper">Upper end.</param>
/// <param name="Identified">False when the stream excites nothing (every branching ratio from it at 0), or when its half-life is at the lower limit: then there is no interval.</param>
/// <param name="WithinDay">The half-life is at the lower limit of the search (<see cref="HawkesFitOptions.MinHalfLifeDays"/>): the stream's offspring come on the same day; <see cref="HalfLife"/> is then only an upper bound.</param>
public readonly record struct HawkesHalfLife(double HalfLife, double Lower, double Upper, bool Identified, bool WithinDay);
