using System.Globalization;
using Crosscurrents.Models.Hawkes.Internal;

namespace Crosscurrents.Models.Hawkes;

/// <summary>A fitted Hawkes model, and how the fit ended.</summary>
/// <remarks>
/// Estimates exist only when <see cref="ExitReason"/> is <see cref="HawkesExitReason.Converged"/>
/// (<see cref="Usable"/>): <see cref="Estimates"/> is null otherwise, and the named accessors
/// (<see cref="Branching(string, string)"/>, <see cref="HalfLife(string)"/>, <see cref="RateRatio(string, string)"/>,
/// <see cref="Parameter"/>) throw <see cref="InvalidOperationException"/>, so no caller can show the point where a
/// failed search stopped (or the start it came from) as if it were an estimate. Wald intervals use the observed
/// information; for a branching ratio at its natural bound 0 the interval's lower end is 0 and
/// <see cref="HawkesBranching.AtZero"/> is set.
/// </remarks>
public sealed record HawkesFit
{
    private const double Z95 = 1.959963984540054;

    /// <summary>Stream names.</summary>
    public required IReadOnlyList<string> Streams { get; init; }

    /// <summary>The data fitted: the caller's, less the background indicators left out (see <see cref="Notes"/>).</summary>
    public required HawkesData Data { get; init; }

    /// <summary>The options the fit was made with (a bootstrap refits with them).</summary>
    public required HawkesFitOptions Options { get; init; }

    /// <summary>Background covariates of the fit (those of <see cref="Data"/>).</summary>
    public IReadOnlyList<string> CovariateNames => Data.CovariateNames;

    /// <summary>The estimates, or null when the fit is not <see cref="Usable"/>.</summary>
    public HawkesParameters? Estimates => Usable ? Point : null;

    /// <summary>Maximised log-likelihood (for a fit that is not usable, the value where the search stopped).</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>Number of free parameters.</summary>
    public required int FreeParameters { get; init; }

    /// <summary>2 × free parameters − 2 log L.</summary>
    public double Aic => (2.0 * FreeParameters) - (2 * LogLikelihood);

    /// <summary>ln(events) × free parameters − 2 log L.</summary>
    public double Bic => (Math.Log(Math.Max(2, Data.Counts.Sum(c => c.Sum()))) * FreeParameters) - (2 * LogLikelihood);

    /// <summary>Per stream, the share of events attributed to excitation (NaN when the fit is not usable).</summary>
    public required double[] TriggeredShare { get; init; }

    /// <summary>Largest |eigenvalue| of α: below 1 means a stationary (non-explosive) process (NaN when the fit is not usable).</summary>
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

    /// <summary>Where the search stopped: the estimates when usable, otherwise for diagnosis only.</summary>
    internal HawkesParameters Point { get; init; } = null!;

    /// <summary>Standard errors in <see cref="Layout"/> order (NaN when not computed, or for a fixed parameter).</summary>
    internal double[] StdErrors { get; init; } = [];

    /// <summary>Per parameter: a branching ratio at 0, or a parameter held fixed.</summary>
    internal bool[] AtBound { get; init; } = [];

    /// <summary>Per parameter: held fixed and left out of the information matrix.</summary>
    internal bool[] Fixed { get; init; } = [];

    /// <summary>Per stream: its half-life reached the lower limit of the search, so its excitation is all within the day.</summary>
    internal bool[] WithinDay { get; init; } = [];

    /// <summary>Inverse observed information, in <see cref="Layout"/> order (NaN where not computed).</summary>
    internal double[,] Covariance { get; init; } = new double[0, 0];

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

    /// <summary>One parameter's estimate, standard error and status.</summary>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public HawkesEstimate Parameter(HawkesParameterId id)
    {
        EnsureUsable();
        var index = Layout.IndexOf(id);
        return new HawkesEstimate(id, Name(id), Point[id], StdErrors[index], Fixed[index], AtBound[index]);
    }

    /// <summary>Every parameter's estimate (background coefficients, branching ratios, decays).</summary>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public IReadOnlyList<HawkesEstimate> ParameterTable()
    {
        EnsureUsable();
        return Point.Ids().Select(Parameter).ToList();
    }

    /// <summary>Branching ratio from → to (expected to-events one from-event triggers) with its standard error and 95% interval.</summary>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public HawkesBranching Branching(int from, int to)
    {
        EnsureUsable();
        var index = Layout.Branching(from, to);
        var estimate = Point.Alpha[from, to];
        var se = StdErrors[index];
        return new HawkesBranching(estimate, se, Math.Max(0, estimate - (Z95 * se)), estimate + (Z95 * se), AtBound[index]);
    }

    /// <summary>Branching ratio between two streams named as in <see cref="Streams"/>.</summary>
    /// <exception cref="ArgumentException">A stream is not in the fit.</exception>
    public HawkesBranching Branching(string from, string to) => Branching(Index(from), Index(to));

    /// <summary>Background rate ratio exp(γ) of a covariate for a stream, with its 95% interval.</summary>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public HawkesRateRatio RateRatio(int stream, int covariate)
    {
        EnsureUsable();
        var index = Layout.Background(stream, covariate);
        var g = Point.Gamma[stream][covariate];
        var se = StdErrors[index];
        var estimable = !Fixed[index] && double.IsFinite(se) && se < Options.MaxEstimableStdError;
        return new HawkesRateRatio(Math.Exp(g), Math.Exp(g - (Z95 * se)), Math.Exp(g + (Z95 * se)), estimable);
    }

    /// <summary>
    /// exp(c'γ) for a stream's background coefficients γ and weights <paramref name="weights"/> (one per covariate),
    /// with its 95% interval from the inverse observed information: a level at a date (weights = the covariate row), or
    /// a trend's change over a year (weights on the trend terms).
    /// </summary>
    /// <remarks>Delta method on the log scale: the interval is exp(c'γ ± 1.96 √(c'Vc)). Not estimable when a weighted
    /// coefficient is fixed or its variance is undefined or too large to mean anything.</remarks>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public HawkesRateRatio Background(int stream, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        EnsureUsable();
        if (weights.Count != CovariateNames.Count)
        {
            throw new ArgumentException($"give {CovariateNames.Count} weights, one per covariate", nameof(weights));
        }

        double estimate = 0, variance = 0;
        var estimable = true;
        for (var a = 0; a < weights.Count; a++)
        {
            if (weights[a] == 0)
            {
                continue;
            }

            var ia = Layout.Background(stream, a);
            estimate += weights[a] * Point.Gamma[stream][a];
            estimable &= !Fixed[ia] && double.IsFinite(StdErrors[ia]) && StdErrors[ia] < Options.MaxEstimableStdError;
            for (var b = 0; b < weights.Count; b++)
            {
                if (weights[b] != 0)
                {
                    variance += weights[a] * weights[b] * Covariance[ia, Layout.Background(stream, b)];
                }
            }
        }

        var se = variance >= 0 ? Math.Sqrt(variance) : double.NaN;
        estimable &= double.IsFinite(se);
        return new HawkesRateRatio(Math.Exp(estimate), Math.Exp(estimate - (Z95 * se)), Math.Exp(estimate + (Z95 * se)), estimable);
    }

    /// <summary>Background rate ratio of a named covariate, or null when the fit left that covariate out.</summary>
    public HawkesRateRatio? RateRatio(string stream, string covariate)
    {
        var column = CovariateNames.ToList().IndexOf(covariate);
        return column < 0 ? null : RateRatio(Index(stream), column);
    }

    /// <summary>Half-life ln 2 / ω of the excitation from a stream, in days, with a 95% interval (symmetric in ln ω).</summary>
    /// <exception cref="InvalidOperationException">The fit has no usable estimates.</exception>
    public HawkesHalfLife HalfLife(int stream)
    {
        EnsureUsable();
        var index = Layout.Decay(stream);
        var omega = Point.Omega[stream];
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

    private Layout Layout => new(Streams.Count, CovariateNames.Count);

    private string Name(HawkesParameterId id) => id.Kind switch
    {
        HawkesParameterKind.Background => $"{Streams[id.Stream]} background '{CovariateNames[id.Other]}'",
        HawkesParameterKind.Branching => $"{Streams[id.Stream]} → {Streams[id.Other]} branching ratio",
        _ => $"{Streams[id.Stream]} decay",
    };

    private int Index(string stream) => StreamIndex(stream) is >= 0 and var i ? i
        : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"no stream '{stream}' in the fit ({string.Join(", ", Streams)})"), nameof(stream));
}
