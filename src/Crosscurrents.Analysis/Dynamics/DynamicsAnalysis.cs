using System.Text.Json.Serialization;
using Crosscurrents.Core;
using Crosscurrents.Core.Streams;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Covariates;

namespace Crosscurrents.Analysis.Dynamics;

/// <summary>A multivariate Hawkes fit of daily counts: streams, days, covariates, trend knots (-1: by BIC), bootstrap and seed.</summary>
public sealed record DynamicsRequest(string Streams, DateOnly? From, DateOnly? To, int AfterCeasefireDays = 30, IReadOnlyList<string>? WindowsAfter = null,
    int TrendKnots = -1, int Bootstrap = 0, int Seed = 1);

/// <summary>
/// Who excites whom, half-lives, background rate ratios and goodness of fit; when the fit is not usable (did not
/// converge, ended on a bound, singular information), <see cref="Usable"/> is false, the reason is given and no estimate is.
/// </summary>
public sealed record DynamicsResult(IReadOnlyList<string> Streams, DateOnly From, DateOnly To, int Days, IReadOnlyList<double> Events, bool Usable, bool Converged,
    string ExitReason, string? ExitDetail, string Message, IReadOnlyList<string> Notes, TrendChoice? TrendKnots, string Model, int Seed, string Snapshot, string Coverage)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BackgroundRow>? Background { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BranchingRow>? Branching { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<HalfLifeRow>? HalfLifeDays { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? TriggeredShare { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? SpectralRadius { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? LogLikelihood { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Aic { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Bic { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Iterations { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<KsRow>? Ks { get; init; }

    /// <summary>The background in readable terms: levels, yearly change per trend segment, period effects.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BackgroundSummary>? BackgroundSummary { get; init; }

    /// <summary>Goodness of fit per stream, in words.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FitQualityRow>? FitQuality { get; init; }

    /// <summary>The fit and its residuals, for charts.</summary>
    [JsonIgnore]
    public HawkesRun Run { get; init; } = null!;
}

/// <summary>A stream's background rate ratios, one per covariate.</summary>
public sealed record BackgroundRow(string Stream, IReadOnlyList<RateRatioRow> RateRatios);

/// <summary>exp(coefficient) of a background covariate with its 95% interval; not estimable when the data cannot tell.</summary>
public sealed record RateRatioRow(string Covariate, double RateRatio, IReadOnlyList<double?>? Ci95, bool Estimable);

/// <summary>Expected offspring in <see cref="To"/> of one event in <see cref="From"/>, with Wald and bootstrap intervals.</summary>
public sealed record BranchingRow(string From, string To, double Estimate, double? StdError, IReadOnlyList<double?> Ci95, bool AtBound, bool AtZero, IReadOnlyList<double?>? BootstrapCi95);

/// <summary>The half-life of a stream's excitation, in days.</summary>
public sealed record HalfLifeRow(string Stream, double HalfLife, IReadOnlyList<double?>? Ci95, bool Identified, bool WithinDay);

/// <summary>Kolmogorov–Smirnov test of the time-rescaling residuals of a stream.</summary>
public sealed record KsRow(string Stream, double? D, double? P);

/// <summary>How the trend knots were chosen.</summary>
public sealed record TrendChoice(int Chosen, string Rule, IReadOnlyList<TrendCandidate> Candidates, IReadOnlyList<string> SelfExcitationRange);

/// <summary>A candidate number of knots: its BIC, how its fit ended and its branching ratios.</summary>
public sealed record TrendCandidate(int Knots, double? Bic, string ExitReason, IReadOnlyList<BranchingEstimate>? Branching);

/// <summary>A branching ratio estimate.</summary>
public sealed record BranchingEstimate(string From, string To, double Estimate);

/// <summary>Fits the Hawkes model of the dynamics command.</summary>
public static class DynamicsAnalysis
{
    /// <summary>More slope changes than this leave too few days per trend piece to tell trend from excitation.</summary>
    public const int MaxKnots = 40;

    public const string ModelDescription = "multivariate Hawkes for events dated to the day: exponential kernels over later days and a generalised-Poisson same-day cascade (same-day offspring included), log-linear background; SEs from observed information";

    public static DynamicsResult Run(AnalysisContext context, DynamicsRequest request, IProgress<(string Stage, double Fraction)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var chosen = Analyses.Streams(context, request.Streams);
        var windows = (request.WindowsAfter ?? []).Select(w =>
        {
            var parts = w.Split(':');
            return parts.Length == 2 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) && d is > 0 and <= 365
                ? (Analyses.Stream(context, parts[0], "--window-after"), d)
                : throw new UsageException($"--window-after '{w}': give STREAM:DAYS with DAYS from 1 to 365, e.g. pak-strikes-afg:14");
        }).ToList();
        var window = Analyses.Window(context, chosen, request.From, request.To);
        var run = Analyses.Hawkes(context, chosen, window.From, window.To, new CovariateOptions(request.AfterCeasefireDays, TrendKnots: Math.Max(0, request.TrendKnots)),
            request.Seed, windows, chooseTrendKnots: request.TrendKnots < 0);
        progress?.Report(("fitting", 1));
        var (data, model, gof) = (run.Data, run.Fit, run.GoodnessOfFit);
        var k = data.K;
        var trend = Trend(run.TrendSelection, data);
        var events = data.Counts.Select(c => c.Sum()).ToList();
        var result = new DynamicsResult(data.Streams, window.From, window.To, data.T, events, model.Usable, model.Usable, model.ExitReason.ToString(),
            model.Usable ? null : model.ExitDetail, model.Describe(), model.Notes, trend, ModelDescription, request.Seed, run.Snapshot.Id, window.Note) { Run = run };
        if (!model.Usable)
        {
            return result;
        }

        var bootstrapped = request.Bootstrap > 0 ? HawkesModel.Bootstrap(model, request.Seed, model.Options with { BootstrapReplications = request.Bootstrap }) : null;
        progress?.Report(("bootstrap", 1));
        HawkesInterval? Bootstrapped(int j, int i) => bootstrapped?.Branching(j, i);
        var names = data.CovariateNames;
        return result with
        {
            Background = Enumerable.Range(0, k).Select(i => new BackgroundRow(data.Streams[i], names.Select((n, c) =>
            {
                var r = model.RateRatio(i, c);
                return new RateRatioRow(n, r.RateRatio, r.Estimable ? [Finite(r.Lower), Finite(r.Upper)] : null, r.Estimable);
            }).ToList())).ToList(),
            Branching = Enumerable.Range(0, k).SelectMany(j => Enumerable.Range(0, k).Select(i =>
            {
                var b = model.Branching(j, i);
                return new BranchingRow(data.Streams[j], data.Streams[i], b.Estimate, Finite(b.StdError), [Finite(b.Lower), Finite(b.Upper)], b.AtBound, b.AtZero,
                    Bootstrapped(j, i) is { } x ? [Finite(x.Lower), Finite(x.Upper)] : null);
            })).ToList(),
            HalfLifeDays = Enumerable.Range(0, k).Select(j =>
            {
                var h = model.HalfLife(j);
                return new HalfLifeRow(data.Streams[j], h.HalfLife, h.Identified ? [Finite(h.Lower), Finite(h.Upper)] : null, h.Identified, h.WithinDay);
            }).ToList(),
            TriggeredShare = model.TriggeredShare,
            SpectralRadius = model.SpectralRadius,
            LogLikelihood = model.LogLikelihood,
            Aic = model.Aic,
            Bic = model.Bic,
            Iterations = model.Iterations,
            Ks = gof!.KsStatistic.Select((d, i) => new KsRow(data.Streams[i], Finite(d), Finite(gof.KsPValue[i]))).ToList(),
            BackgroundSummary = BackgroundReading.Summarise(run),
            FitQuality = BackgroundReading.Quality(run),
        };
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static TrendChoice? Trend(HawkesTrendSelection? selection, HawkesData data) => selection is null ? null : new TrendChoice(
        selection.TrendKnots,
        HawkesTrendSelection.Rule,
        selection.Candidates.Select(x => new TrendCandidate(x.TrendKnots, Finite(x.Bic), x.ExitReason.ToString(), x.Branching is null ? null
            : Enumerable.Range(0, data.K).SelectMany(j => Enumerable.Range(0, data.K).Select(i => new BranchingEstimate(data.Streams[j], data.Streams[i], x.Branching[j, i]))).ToList())).ToList(),
        Enumerable.Range(0, data.K).Select(j =>
        {
            var (lo, hi) = selection.BranchingRange(j, j);
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{data.Streams[j]} {lo:0.000}–{hi:0.000}");
        }).ToList());
}
