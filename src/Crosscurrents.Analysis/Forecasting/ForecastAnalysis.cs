using Crosscurrents.Core;
using Crosscurrents.Models.Forecasting;

namespace Crosscurrents.Analysis.Forecasting;

/// <summary>What to forecast (a stream's events or deaths, or the PICSS figures), how far, how many draws, which seed.</summary>
public sealed record ForecastRequest(string Stream = "ttp", string Target = "events", string By = "none", string? Province = null, int Horizon = 12, int Samples = 1000, int Seed = 1)
{
    /// <summary>Backtest threads (null: all cores; results do not depend on it).</summary>
    public int? Threads { get; init; }
}

/// <summary>Predictive distributions per unit and model, month by month.</summary>
public sealed record ForecastResult(string Target, string Coverage, string Origin, int Samples, int Seed, string Model, string Shown, IReadOnlyList<ForecastUnitRow> Units, string Snapshot)
{
    /// <summary>Models that could not forecast a unit from the origin, with the reason (they have no row in <see cref="Units"/>).</summary>
    public IReadOnlyList<FailureRow> Failures { get; init; } = [];

    /// <summary>Models left out of the run, and why.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The observed monthly series the forecasts start from (NaN: not covered), for fan charts.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<MonthlySeries> Observed { get; init; } = [];
}

/// <summary>One unit's forecasts by every model.</summary>
public sealed record ForecastUnitRow(string Unit, IReadOnlyList<ForecastModelRow> Forecasts);

/// <summary>One model's forecast, month by month.</summary>
public sealed record ForecastModelRow(string Model, IReadOnlyList<ForecastMonthRow> Months);

/// <summary>A month's predictive mean, median and 50% and 90% intervals.</summary>
public sealed record ForecastMonthRow(string Month, int Horizon, double Mean, double Median, IReadOnlyList<double> Interval50, IReadOnlyList<double> Interval90);

/// <summary>Rolling-origin scores per unit, model and horizon, and skill against the best baseline.</summary>
public sealed record BacktestRunResult(string Target, string Coverage, string FirstOrigin, string LastOrigin, int Horizons, int Samples, int Seed,
    IReadOnlyList<string> Models, IReadOnlyList<string> Baselines, string Model, IReadOnlyList<ScoreRow> Summary, IReadOnlyList<SkillRow> Skill, string Snapshot)
{
    /// <summary>Every (unit, origin, model) that could not forecast, with the reason; those are not scored and the ensemble mixed the others.</summary>
    public IReadOnlyList<FailureRow> Failures { get; init; } = [];

    /// <summary>Models left out of the run, and why.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A model that could not forecast a unit from an origin, and why.</summary>
public sealed record FailureRow(string Unit, string Model, string Origin, string Reason);

/// <summary>Mean scores of one model at one horizon for one unit.</summary>
public sealed record ScoreRow(string Unit, string Model, int Horizon, int Forecasts, double Crps, double Ignorance, double Mis90, double Coverage50, double Coverage90, double Brier, double MeanObserved);

/// <summary>Skill (1 − CRPS / best baseline's CRPS) with a Diebold–Mariano test over origins.</summary>
public sealed record SkillRow(string Unit, string Model, int Horizon, string BestBaseline, double Crps, double BaselineCrps, double? Skill, double? Dm, double? PValue, int Origins);

/// <summary>Forecasts from the last covered month, and rolling-origin backtests of every forecaster against the baselines.</summary>
public static class ForecastAnalysis
{
    /// <summary>Origins before the forecast origin the ensemble learns its weights from.</summary>
    public const int WeightOrigins = 48;

    /// <summary>The models in words, for results.</summary>
    public const string ModelDescription = "baselines zero, last value (Poisson), historical mean (NB, moments), conflictology (resampled last 12 months); nb: NB2 regression on log(1+y[t-1]), log(1+mean y[t-12..t-1]) over the last 60 months (trend and annual harmonic optional, off by default), simulated forward with parameters drawn from N(b, V); hawkes: univariate Hawkes model (exponential kernel; background intercept, trend held at its origin level, annual harmonic, timeline periods begun by the origin) fitted to the daily events of the last 36 covered months, simulated day by day with parameters drawn per path from the fit's asymptotic normal and summed to months (deaths: deaths per event resampled from the fit window), 'cannot forecast' when the fit does not converge; ensemble: mixture weighted by CRPS^-2 at earlier origins of the members that forecast";

    public static ForecastResult Forecast(AnalysisContext context, ForecastRequest request, string? origin, string shown, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var options = Options(request);
        var input = Input(context, request);
        var (models, notes) = ModelsFor(context, input, request);
        if (shown != Ensemble.Name && models.All(m => m.Name != shown))
        {
            throw new UsageException($"unknown model '{shown}' for this target; models: {Ensemble.Name}, {string.Join(", ", models.Select(m => m.Name))}{(notes.Count > 0 ? $" ({string.Join("; ", notes)})" : "")}");
        }

        var at = Inputs.DateInput.Month(origin, "--origin") ?? ForecastInputs.LastCovered(input.Units);

        // The ensemble's weights come from the members' scores at the origins before this one (none after it).
        var run = Models.Forecasting.Backtest.Run(input.Units, at.AddMonths(-WeightOrigins), at, models, options, new OriginProgress(progress ?? new Progress<double>()));
        if (run.Latest.Count == 0)
        {
            throw new UsageException($"no unit is covered in {at:yyyy-MM} with {options.MinimumHistory} covered months before it; {input.CoverageNote}");
        }

        var c = System.Globalization.CultureInfo.InvariantCulture;
        return new ForecastResult(input.Description, input.CoverageNote, at.ToString("yyyy-MM", c), options.Samples, options.Seed, ModelDescription, shown,
            run.Latest.Select(u => new ForecastUnitRow(u.Unit, u.Forecasts.Where(f => f.IsForecast).Select(f => new ForecastModelRow(f.Model, Enumerable.Range(1, f.Horizons).Select(f.Summary)
                .Select(s => new ForecastMonthRow(s.Month.ToString("yyyy-MM", c), s.Horizon, s.Mean, s.Median, [s.Lower50, s.Upper50], [s.Lower90, s.Upper90])).ToList())).ToList())).ToList(),
            input.Snapshot)
        {
            Observed = input.Units,
            Failures = run.Latest.SelectMany(u => u.Forecasts.Where(f => !f.IsForecast).Select(f => new FailureRow(u.Unit, f.Model, f.Origin.ToString("yyyy-MM", c), f.Failure!))).ToList(),
            Notes = notes,
        };
    }

    public static BacktestRunResult Backtest(AnalysisContext context, ForecastRequest request, string? from, string? to, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var options = Options(request) with { MaxDegreeOfParallelism = request.Threads };
        var input = Input(context, request);
        var first = Inputs.DateInput.Month(from, "--from") ?? input.DefaultFirstOrigin;
        var last = Inputs.DateInput.Month(to, "--to") ?? ForecastInputs.LastCovered(input.Units);
        var (models, notes) = ModelsFor(context, input, request);
        var run = Models.Forecasting.Backtest.Run(input.Units, first, last, models, options, new OriginProgress(progress ?? new Progress<double>()));
        var c = System.Globalization.CultureInfo.InvariantCulture;
        static double? Number(double value) => double.IsFinite(value) ? value : null;
        return new BacktestRunResult(input.Description, input.CoverageNote, first.ToString("yyyy-MM", c), last.ToString("yyyy-MM", c), options.Horizons, options.Samples, options.Seed,
            run.Models, run.Baselines, ModelDescription,
            run.Summary().Select(s => new ScoreRow(s.Unit, s.Model, s.Horizon, s.Forecasts, s.Crps, s.Ignorance, s.IntervalScore90, s.Coverage50, s.Coverage90, s.Brier, s.MeanObserved)).ToList(),
            run.Skill().Select(s => new SkillRow(s.Unit, s.Model, s.Horizon, s.BestBaseline, s.Crps, s.BaselineCrps, Number(s.Skill), Number(s.Test.Statistic), Number(s.Test.PValue), s.Test.Origins)).ToList(),
            input.Snapshot)
        {
            Failures = run.Failures.Select(f => new FailureRow(f.Unit, f.Model, f.Origin.ToString("yyyy-MM", c), f.Reason)).ToList(),
            Notes = notes,
        };
    }

    /// <summary>
    /// The forecasters for an input: the standard set, and the Hawkes forecaster when the series carry daily histories
    /// (event targets, national or by province); with a note saying why it is left out otherwise.
    /// </summary>
    public static (IReadOnlyList<IForecastModel> Models, IReadOnlyList<string> Notes) ModelsFor(AnalysisContext context, ForecastInput input, ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(request);
        if (input.Units.Count > 0 && input.Units.All(u => u.Daily is not null))
        {
            return (ForecastModels.WithHawkes(new TimelineCovariates(context.Timeline)), []);
        }

        var why = ForecastInputs.Units(request.By) == ForecastUnits.District
            ? "hawkes: not run by district (one Hawkes fit per district and origin is beyond the backtest's time budget; most districts have too few events to fit)"
            : "hawkes: not run (the series has monthly figures only, no daily events to fit)";
        return (ForecastModels.Standard(), [why]);
    }

    private static ForecastInput Input(AnalysisContext context, ForecastRequest request) =>
        ForecastInputs.Build(context, request.Stream, ForecastInputs.Target(request.Target), ForecastInputs.Units(request.By), request.Province);

    /// <summary>Horizon, draws and seed as backtest options, validated before any work.</summary>
    private static BacktestOptions Options(ForecastRequest request)
    {
        var options = new BacktestOptions(request.Horizon, request.Samples, request.Seed);
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException($"--{ex.ParamName?.ToLowerInvariant()} is out of range: {ex.Message.Split(" (Parameter")[0]}");
        }

        return options;
    }
}
