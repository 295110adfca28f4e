using Crosscurrents.Analysis.Claims;
using Crosscurrents.Analysis.Importing;
using Crosscurrents.Core;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;
using Crosscurrents.Core.Reported;
using Crosscurrents.Core.Storage;
using Crosscurrents.Models.Changepoints;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Covariates;

namespace Crosscurrents.Analysis.Brief;

/// <summary>What the brief is made of: the events and reference data, the models of the Dynamics section, the claim
/// verdicts and the reported figures. Every number the brief shows is computed here; the writer only renders.</summary>
public sealed record BriefData(BriefEvents Events, ActorRegistry Actors, Gazetteer Places, Timeline Timeline, IReadOnlyList<ImportBatch> Batches,
    DateTimeOffset GeneratedAt, string Attribution, BriefDynamics? Dynamics, ClaimsResult? Claims, IReadOnlyList<ReportedFigure> Reported)
{
    /// <summary>Every count, series and table of the brief.</summary>
    public BriefFigures Figures { get; init; } = null!;

    /// <summary>The forecasts of the Forecasts section: national PICSS attacks 12 months ahead, with the backtest against
    /// the baselines (null when the store holds no PICSS figures or the forecast cannot be made).</summary>
    public BriefForecasts? Forecasts { get; init; }

    /// <summary>The policy scenarios of the Scenarios section (null when none were given or they cannot be run).</summary>
    public Scenarios.ScenarioRunResult? Scenarios { get; init; }

    /// <summary>The import of the shipped data this run made (null when they were there already).</summary>
    public ImportResult? ShippedImport { get; init; }

    /// <summary>Why a part of the brief is missing, by part (<c>claims</c>, <c>forecasts</c>, <c>scenarios</c>,
    /// <c>hawkes</c>, <c>changepoints</c>).</summary>
    public IReadOnlyDictionary<string, string> NotRun { get; init; } = new Dictionary<string, string>();

    /// <summary>Which sources cover which years and places (the first screen of the brief).</summary>
    public BriefCoverage Coverage { get; init; } = null!;

    /// <summary>The key judgements, made from every result above.</summary>
    public IReadOnlyList<KeyJudgement> KeyJudgements { get; init; } = [];
}

/// <summary>A forecast for the brief with the backtest that says how much to trust it.</summary>
public sealed record BriefForecasts(Forecasting.ForecastResult Forecast, Forecasting.BacktestRunResult Backtest);

/// <summary>Where a brief was written, from which data, with its coverage line and key judgements.</summary>
public sealed record BriefFileResult(string Brief, string Snapshot, long Events, string Database)
{
    /// <summary>Which sources cover which years and places, in one line.</summary>
    public string? Coverage { get; init; }

    /// <summary>The brief's key judgements.</summary>
    public IReadOnlyList<KeyJudgement> KeyJudgements { get; init; } = [];
}

/// <summary>Composes the brief: loads the shipped data when the store has never had them, fits the models, checks the claims.</summary>
public static class BriefAnalysis
{
    /// <summary>Runs every analysis of the brief; progress goes from 0 to 1 over the shipped-data load, models and claims.
    /// With <paramref name="ensureShippedData"/> false (a read-only store, e.g. the web host's) the shipped data are
    /// taken as they are in the store.</summary>
    public static BriefData Run(AnalysisContext context, string? claimFile, IProgress<(string Stage, double Fraction)>? progress = null, IReadOnlyList<string>? scenarioFiles = null, bool ensureShippedData = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        var store = context.Store;
        var workspace = context.Workspace;
        ImportResult? shipped = null;
        if (ensureShippedData && store.Setting(Workspace.ShippedDataSetting) != "declined")
        {
            var summary = workspace.EnsureShippedData(store, context.Time, new ImmediateProgress<double>(f => progress?.Report(("loading the shipped data", f))));
            if (summary is not null)
            {
                shipped = ImportAnalysis.Describe(summary, workspace.ShippedGedFile, Sources.Importing.ImportDateRange.Default, workspace.DatabasePath, store.Snapshot(EventFilter.All));
            }
        }

        var events = BriefEvents.FromStore(store, context.Actors);
        var notRun = new Dictionary<string, string>(StringComparer.Ordinal);
        var dynamics = Dynamics(context, notRun, new ImmediateProgress<double>(f => progress?.Report(("fitting models", f))));
        var claims = claimFile is null ? null : ClaimsAnalysis.Check(context, claimFile);
        if (claimFile is null)
        {
            notRun["claims"] = "no claim file was given";
        }

        progress?.Report(("checking claims", 1));
        var picss = new Forecasting.ForecastRequest(Target: "picss-attacks", Horizon: 12, Samples: 1000, Seed: 1);
        var forecasts = TryRun("forecasts", notRun, () => new BriefForecasts(Forecasting.ForecastAnalysis.Forecast(context, picss, null, "ensemble"),
            Forecasting.ForecastAnalysis.Backtest(context, picss with { Horizon = 3 }, null, null)));
        progress?.Report(("forecasting", 1));

        // The article's policy options, simulated from the fitted dynamics (fewer paths than the command's default: the
        // brief reports totals and differences, whose Monte Carlo error at 2,000 paths is well inside their intervals).
        var scenarios = scenarioFiles is { Count: > 0 } files
            ? TryRun("scenarios", notRun, () => Scenarios.ScenarioAnalysis.Run(context, new Scenarios.ScenarioRequest(files, Paths: 2_000, Seed: 1, Sensitivity: false)))
            : null;
        if (scenarioFiles is not { Count: > 0 })
        {
            notRun["scenarios"] = "no scenario files were given";
        }

        progress?.Report(("simulating scenarios", 1));
        var reported = store.ReportedFigures();
        var batches = store.Batches();
        var figures = BriefFigures.Compute(events, context.Actors, reported);
        var coverage = BriefCoverage.Compute(events.Coverage, batches, reported);
        return new BriefData(events, context.Actors, context.Places, store.Timeline(), batches, context.Time.GetUtcNow(),
            File.Exists(workspace.NoticeFile) ? File.ReadAllText(workspace.NoticeFile) : "", dynamics, claims, reported)
        {
            ShippedImport = shipped,
            Figures = figures,
            Forecasts = forecasts,
            Scenarios = scenarios,
            NotRun = notRun,
            Coverage = coverage,
            KeyJudgements = BriefJudgements.Compute(new JudgementInputs(events, coverage, figures, reported, dynamics, claims?.Verdicts, claims?.File, forecasts, scenarios, notRun)),
        };
    }

    /// <summary>
    /// The models behind the Dynamics section, on the TTP and Baloch streams: changepoints, a Hawkes fit from 2007 and
    /// event studies around ceasefire ends, operations and talks. A model the data cannot support is left out, not faked.
    /// </summary>
    private static BriefDynamics? Dynamics(AnalysisContext context, Dictionary<string, string> notRun, IProgress<double> progress)
    {
        var streams = Analyses.Streams(context, "ttp,baloch");
        if (context.Store.Coverage() is not { Last: { } last })
        {
            notRun["changepoints"] = notRun["hawkes"] = "no complete source covers any day";
            return null;
        }

        var changepoints = TryRun("changepoints", notRun, () => Analyses.Changepoints(context, streams[0], new SeriesOptions(TimeResolution.Month), new ChangepointOptions(MinSegment: 6, Bootstraps: 100, Seed: 1)));
        progress.Report(0.25);
        var first = new DateOnly(2007, 1, 1);
        if (last <= first.AddYears(2))
        {
            notRun["hawkes"] = $"the event data end on {last:yyyy-MM-dd}, less than two years after the model's first day, {first:yyyy-MM-dd}";
        }

        var hawkes = last > first.AddYears(2)
            ? TryRun("hawkes", notRun, () => Analyses.Hawkes(context, streams, first, last, new CovariateOptions(), seed: 1, chooseTrendKnots: true))
            : null;
        progress.Report(0.5);
        var studies = new List<BriefStudy>();
        foreach (var (kind, title) in new[] { ("ceasefire_end", "TTP-family events around ceasefire ends"), ("military_operation", "TTP-family events around the start of military operations"), ("negotiation", "TTP-family events around talks and peace deals") })
        {
            var run = TryRun("study " + kind, notRun, () => Analyses.Study(context, streams[0], [kind], TimeResolution.Week, new EventStudyOptions(Window: 4, Placebos: 100, Seed: 1)));
            if (run is not null)
            {
                studies.Add(new BriefStudy(title, run.Result, "week", run.Result.Interventions.Select(i => run.Series.PeriodStarts[i]).ToList(), run.Snapshot.Id));
            }
        }

        var quality = hawkes is { Fit.Usable: true } ? Analysis.Dynamics.BackgroundReading.Quality(hawkes) : null;
        var compared = new List<Analysis.Dynamics.ModelComparisonResult>();
        foreach (var rejected in (quality ?? []).Where(q => q.Rejects))
        {
            if (TryRun("model comparison " + rejected.Stream, notRun, () => Analysis.Dynamics.ModelComparison.Run(context,
                new Analysis.Dynamics.ModelComparisonRequest(rejected.Stream, hawkes!.First, hawkes.Last))) is { } r)
            {
                compared.Add(r);
            }
        }

        progress.Report(1);
        return new BriefDynamics(hawkes?.Fit, hawkes?.GoodnessOfFit, hawkes?.Snapshot.Id, hawkes is null ? "" : $"{hawkes.First:yyyy-MM-dd} to {hawkes.Last:yyyy-MM-dd}",
            studies, changepoints?.Series, changepoints?.Result, changepoints?.Snapshot.Id)
        {
            Background = hawkes is { Fit.Usable: true } ? Analysis.Dynamics.BackgroundReading.Summarise(hawkes) : null,
            FitQuality = quality,
            Alternatives = compared,
        };
    }

    /// <summary>Runs a part of the brief; when the data cannot support it, records why under <paramref name="part"/>.</summary>
    private static T? TryRun<T>(string part, Dictionary<string, string> notRun, Func<T> run)
        where T : class
    {
        try
        {
            return run();
        }
        catch (Exception ex) when (ex is UsageException or ArgumentException)
        {
            notRun[part] = ex.Message;
            return null;
        }
    }
}
