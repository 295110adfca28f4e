using Crosscurrents.Models.Forecasting.Internal;
using Crosscurrents.Models.Forecasting.Scores;

namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// Rolling-origin backtest, the VIEWS way: at every origin each model sees only the series up to the origin, forecasts
/// 1..H months ahead, and every forecast whose target month is covered is scored. Uncovered months are never scored and
/// never read as zeros.
/// </summary>
/// <remarks>
/// An origin is used for a unit when its month is covered and at least <see cref="BacktestOptions.MinimumHistory"/>
/// months up to it are. Origins run in parallel; each (unit, origin, model) draws from its own seed derived from the
/// master seed, the unit's name, the origin month and the model's name, so results are identical whatever the number
/// of threads (and adding a unit or a model changes no other's draws). The ensemble is composed after its members,
/// origin by origin, with weights from scores of earlier origins only (<see cref="Ensemble"/>). A model that cannot
/// forecast from an origin (<see cref="ForecastDistribution.CannotForecast"/>) is recorded in
/// <see cref="BacktestResult.Failures"/>, is not scored there, and the ensemble mixes the other members at that origin.
/// </remarks>
public static class Backtest
{
    /// <summary>Runs the backtest.</summary>
    /// <param name="units">The units' series (NaN where not covered).</param>
    /// <param name="firstOrigin">The first origin month (any day in it).</param>
    /// <param name="lastOrigin">The last origin month; forecasts from it are kept in <see cref="BacktestResult.Latest"/>.</param>
    /// <param name="models">The models; the baselines among them are what skill is measured against.</param>
    /// <param name="options">Options.</param>
    /// <param name="progress">Receives (origins done, origins in all) as origins finish.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static BacktestResult Run(IReadOnlyList<MonthlySeries> units, DateOnly firstOrigin, DateOnly lastOrigin, IReadOnlyList<IForecastModel> models,
        BacktestOptions? options = null, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(models);
        options ??= new BacktestOptions();
        options.Validate();
        if (models.Count == 0 || models.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() != models.Count)
        {
            throw new ArgumentException("at least one model, with distinct names", nameof(models));
        }

        if (models.Any(m => m.Name == Ensemble.Name))
        {
            throw new ArgumentException($"'{Ensemble.Name}' is the backtest's own ensemble", nameof(models));
        }

        var first = new DateOnly(firstOrigin.Year, firstOrigin.Month, 1);
        var last = new DateOnly(lastOrigin.Year, lastOrigin.Month, 1);
        var plans = units.Select(u => (Unit: u, Origins: Origins(u, first, last, options.MinimumHistory))).ToList();
        var total = plans.Sum(p => p.Origins.Count);
        var done = 0;
        var scores = new List<ForecastScore>();
        var latest = new List<ForecastDistributionSet>();
        var failures = new List<ForecastFailure>();
        foreach (var (unit, origins) in plans)
        {
            var forecasts = new ForecastDistribution[origins.Count][];
            var unitScores = new ForecastScore?[origins.Count][][];
            Parallel.For(0, origins.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1, CancellationToken = cancellationToken }, i =>
            {
                var origin = origins[i];
                var history = unit.Through(origin);
                var month = unit.Month(origin);
                forecasts[i] = models.Select(m => m.Forecast(history, options.Horizons,
                    options.Samples, Sampling.Seed(options.Seed, StableHash(unit.Unit), (month.Year * 12) + month.Month, StableHash(m.Name)))).ToArray();
                unitScores[i] = forecasts[i].Select(f => f.IsForecast ? Score(unit, origin, f, options) : new ForecastScore?[options.Horizons]).ToArray();
                var d = Interlocked.Increment(ref done);
                progress?.Report((d, total));
            });

            ForecastScore?[][]? ensembleScores = null; // [origin][horizon]
            ForecastDistribution? latestEnsemble = null;
            if (options.Ensemble && origins.Count > 0)
            {
                ensembleScores = new ForecastScore?[origins.Count][];
                var ensembleOptions = options.EnsembleOptions ?? new EnsembleOptions();
                for (var i = 0; i < origins.Count; i++)
                {
                    // Members that could not forecast from this origin are left out; the others' weights are renormalised.
                    var members = Enumerable.Range(0, models.Count).Where(m => forecasts[i][m].IsForecast).ToList();
                    if (members.Count == 0)
                    {
                        continue;
                    }

                    var weights = Enumerable.Range(1, options.Horizons).Select(h => (IReadOnlyList<double>)Ensemble.Weights(
                        members.Select(m => (IReadOnlyList<double>)EarlierCrps(unitScores, origins, i, m, h, ensembleOptions.WindowOrigins)).ToList(),
                        ensembleOptions)).ToList();
                    var mixed = Ensemble.Mix(members.Select(m => forecasts[i][m]).ToList(), weights);
                    ensembleScores[i] = Score(unit, origins[i], mixed, options);
                    if (i == origins.Count - 1)
                    {
                        latestEnsemble = mixed;
                    }
                }
            }

            for (var i = 0; i < origins.Count; i++)
            {
                scores.AddRange(unitScores[i].SelectMany(s => s).OfType<ForecastScore>());
                failures.AddRange(forecasts[i].Where(f => !f.IsForecast).Select(f => new ForecastFailure(unit.Unit, f.Model, f.Origin, f.Failure!)));
                if (ensembleScores?[i] is { } mixedScores)
                {
                    scores.AddRange(mixedScores.OfType<ForecastScore>());
                }
            }

            if (origins.Count > 0 && unit.Month(origins[^1]) == last)
            {
                latest.Add(new ForecastDistributionSet(unit.Unit, [.. forecasts[^1], .. latestEnsemble is null ? Array.Empty<ForecastDistribution>() : [latestEnsemble]]));
            }
        }

        var names = models.Select(m => m.Name).Concat(options.Ensemble ? [Ensemble.Name] : []).ToList();
        return new BacktestResult(names, models.Where(m => m.IsBaseline).Select(m => m.Name).ToList(), scores, latest, options, first, last) { Failures = failures };
    }

    /// <summary>The origins of a unit: covered months in first..last with enough covered history.</summary>
    public static IReadOnlyList<int> Origins(MonthlySeries unit, DateOnly first, DateOnly last, int minimumHistory)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var result = new List<int>();
        var covered = 0;
        for (var t = 0; t < unit.Count; t++)
        {
            covered += unit.IsCovered(t) ? 1 : 0;
            var month = unit.Month(t);
            if (month >= first && month <= last && unit.IsCovered(t) && covered >= minimumHistory)
            {
                result.Add(t);
            }
        }

        return result;
    }

    /// <summary>Scores a forecast against the covered target months of the unit (null for the others).</summary>
    internal static ForecastScore?[] Score(MonthlySeries unit, int origin, ForecastDistribution forecast, BacktestOptions options)
    {
        var result = new ForecastScore?[forecast.Horizons];
        for (var h = 1; h <= forecast.Horizons; h++)
        {
            var target = origin + h;
            if (!unit.IsCovered(target))
            {
                continue;
            }

            var y = unit.Values[target];
            var samples = forecast.Samples[h - 1];
            var sorted = samples.Order().ToArray();
            var (l90, u90) = (Quantiles.Sorted(sorted, 0.05), Quantiles.Sorted(sorted, 0.95));
            var (l50, u50) = (Quantiles.Sorted(sorted, 0.25), Quantiles.Sorted(sorted, 0.75));
            result[h - 1] = new ForecastScore(unit.Unit, forecast.Model, unit.Month(origin), h, y, sorted.Average(), Quantiles.Sorted(sorted, 0.5), l90, u90,
                ForecastScores.CrpsSorted(sorted, y), ForecastScores.Ignorance(sorted, y), ForecastScores.IntervalScore(sorted, y, 0.1),
                y >= l50 && y <= u50, y >= l90 && y <= u90, ForecastScores.Brier(sorted, y, options.BrierThreshold))
            {
                ProbabilityAbove = sorted.Count(v => v > options.BrierThreshold) / (double)sorted.Length,
            };
        }

        return result;
    }

    /// <summary>Member m's CRPS at horizon h for origins whose target is at or before origin i (the most recent <paramref name="window"/>).</summary>
    private static List<double> EarlierCrps(ForecastScore?[][][] scores, IReadOnlyList<int> origins, int i, int m, int h, int window)
    {
        var result = new List<double>();
        for (var k = i - 1; k >= 0 && result.Count < window; k--)
        {
            if (origins[k] + h <= origins[i] && scores[k][m][h - 1] is { } s)
            {
                result.Add(s.Crps);
            }
        }

        return result;
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.</summary>
    internal static int StableHash(string text)
    {
        var h = 2166136261u;
        foreach (var c in text)
        {
            h = unchecked((h ^ c) * 16777619u);
        }

        return unchecked((int)h);
    }
}

/// <summary>A model that could not forecast a unit from an origin, and why (<see cref="ForecastDistribution.CannotForecast"/>).</summary>
public sealed record ForecastFailure(string Unit, string Model, DateOnly Origin, string Reason);

/// <summary>Every model's forecast for one unit from one origin (a model that could not forecast is there with its reason).</summary>
public sealed record ForecastDistributionSet(string Unit, IReadOnlyList<ForecastDistribution> Forecasts);
