using System.Text.Json.Serialization;
using Crosscurrents.Models.Scenarios;

namespace Crosscurrents.Analysis.Scenarios;

/// <summary>Scenario files to simulate from one Hawkes fit: paths, seed, the escalation threshold and whether to run the sensitivity table.</summary>
/// <param name="Files">Scenario files (they must share streams, calibration window and horizon).</param>
/// <param name="Paths">Monte Carlo paths per scenario (at least 10,000 for results).</param>
/// <param name="Seed">Seeds the fit's diagnostics and every path.</param>
/// <param name="Threshold">Escalation: a month with more attacks than this (null: the files' value, else the largest month of the last year of data).</param>
/// <param name="Sensitivity">Run the sensitivity table (each lever's effect at its interval's ends).</param>
/// <param name="SensitivityPaths">Paths of each sensitivity run (0: a fifth of <paramref name="Paths"/>, at least 200).</param>
/// <param name="Uncertainty">Draw the parameters per path from the fit's asymptotic normal (false: point estimates, for what-if runs).</param>
public sealed record ScenarioRequest(IReadOnlyList<string> Files, int Paths = 10_000, int Seed = 1, double? Threshold = null, bool Sensitivity = true,
    int SensitivityPaths = 0, bool Uncertainty = true);

/// <summary>A mean with the central 90% interval of the simulated paths (and the median).</summary>
/// <param name="Mean">Mean over paths.</param>
/// <param name="Median">Median.</param>
/// <param name="Ci90">5% and 95% quantiles.</param>
public sealed record TotalRow(double Mean, double Median, IReadOnlyList<double> Ci90);

/// <summary>A month of the fan chart: quantiles over paths of the target's attacks (and deaths).</summary>
/// <param name="Month">yyyy-MM.</param>
/// <param name="Events">5, 25, 50, 75 and 95% quantiles of attacks.</param>
/// <param name="EventsMean">Mean attacks.</param>
/// <param name="Deaths">5, 25, 50, 75 and 95% quantiles of deaths.</param>
/// <param name="Observed">What happened that month, when the data cover it (validation replays), else null.</param>
public sealed record FanRow(string Month, IReadOnlyList<double> Events, double EventsMean, IReadOnlyList<double> Deaths, double? Observed);

/// <summary>A lever as simulated: what it does and where its effect comes from.</summary>
/// <param name="Name">The lever's name.</param>
/// <param name="Kind">ceasefire, talks, strike, operation, inject.</param>
/// <param name="When">Its dates or rule, in words.</param>
/// <param name="Effect">fitted, estimated or assumed.</param>
/// <param name="Assumed">True when the data did not estimate the effect (the user stated it).</param>
/// <param name="RateRatio">The target stream's central rate ratio (null for an injection).</param>
/// <param name="Ci90">Its 90% interval.</param>
/// <param name="Source">Where the number comes from.</param>
public sealed record LeverRow(string Name, string Kind, string When, string Effect, bool Assumed, double? RateRatio, IReadOnlyList<double>? Ci90, string Source);

/// <summary>A path-paired difference against the status quo.</summary>
/// <param name="Events">Attacks over the horizon, this scenario minus the status quo: mean, median, 90% interval.</param>
/// <param name="Deaths">Deaths over the horizon, the same.</param>
/// <param name="ProbabilityFewer">Share of paths with fewer attacks than the status quo's same path.</param>
public sealed record DifferenceRow(TotalRow Events, TotalRow Deaths, double ProbabilityFewer);

/// <summary>One lever's effect fixed at an end of its 90% interval, and the difference against the status quo it gives.</summary>
/// <param name="Lever">The lever.</param>
/// <param name="Assumed">Whether its effect is assumed.</param>
/// <param name="LowRateRatio">The target's rate ratio at the interval's lower end.</param>
/// <param name="DifferenceAtLow">Mean paired difference in attacks with the effect there.</param>
/// <param name="HighRateRatio">The rate ratio at the upper end.</param>
/// <param name="DifferenceAtHigh">Mean paired difference in attacks with the effect there.</param>
/// <param name="Swing">|high − low|: how much the conclusion rests on this lever.</param>
public sealed record SensitivityRow(string Lever, bool Assumed, double LowRateRatio, double DifferenceAtLow, double HighRateRatio, double DifferenceAtHigh, double Swing);

/// <summary>One scenario's simulated outcome.</summary>
/// <param name="Name">Short name.</param>
/// <param name="Title">Title.</param>
/// <param name="Description">What it stands for.</param>
/// <param name="File">The scenario file (empty for the implicit status quo).</param>
/// <param name="OnlyAssumptions">Every lever's effect is assumed: the scenario shows the assumptions' consequences, not the data's.</param>
/// <param name="Assumptions">Each assumed lever in words.</param>
/// <param name="Levers">The levers.</param>
/// <param name="Fan">Monthly quantiles.</param>
/// <param name="Events">Attacks of the target over the horizon.</param>
/// <param name="Deaths">Deaths over the horizon.</param>
/// <param name="ProbabilityEscalation">Share of paths with at least one month above the threshold.</param>
/// <param name="VsStatusQuo">Path-paired difference against the status quo (null for the status quo itself).</param>
/// <param name="Sensitivity">The sensitivity table.</param>
/// <param name="RuleTriggersMean">Mean number of days a rule switched a lever on (strikes after attacks).</param>
/// <param name="ExplodedPaths">Paths cut at the event limit.</param>
public sealed record ScenarioOutcome(string Name, string Title, string Description, string File, bool OnlyAssumptions, IReadOnlyList<string> Assumptions,
    IReadOnlyList<LeverRow> Levers, IReadOnlyList<FanRow> Fan, TotalRow Events, TotalRow Deaths, double ProbabilityEscalation, DifferenceRow? VsStatusQuo,
    IReadOnlyList<SensitivityRow> Sensitivity, double RuleTriggersMean, int ExplodedPaths)
{
    /// <summary>Validation replays: the outcome scored against what happened (null when the data do not cover the horizon).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReplayScore? Score { get; init; }

    /// <summary>The simulated paths, for charts and tests.</summary>
    [JsonIgnore]
    public ScenarioPaths Paths { get; init; } = null!;
}

/// <summary>A scenario scored against the months that happened.</summary>
/// <param name="Months">Months scored (covered by the data).</param>
/// <param name="MeanCrps">Mean CRPS of the monthly attacks (lower is better).</param>
/// <param name="Coverage90">Share of months inside the 90% interval.</param>
/// <param name="ObservedTotal">Attacks that happened over the scored months.</param>
/// <param name="TotalPercentile">Where the observed total falls among the simulated totals (0..1).</param>
public sealed record ReplayScore(int Months, double MeanCrps, double Coverage90, double ObservedTotal, double TotalPercentile);

/// <summary>The Hawkes fit the scenarios simulate from.</summary>
/// <param name="Streams">Streams.</param>
/// <param name="From">First calibration day.</param>
/// <param name="To">Last calibration day.</param>
/// <param name="Days">Days fitted.</param>
/// <param name="Status">How the fit ended.</param>
/// <param name="SpectralRadius">Largest |eigenvalue| of the branching matrix.</param>
/// <param name="Covariates">Background covariates.</param>
public sealed record ScenarioFitRow(IReadOnlyList<string> Streams, DateOnly From, DateOnly To, int Days, string Status, double SpectralRadius, IReadOnlyList<string> Covariates);

/// <summary>Scenarios simulated from one fit, each against the status quo.</summary>
/// <param name="Target">The stream whose attacks are counted.</param>
/// <param name="Start">First simulated day.</param>
/// <param name="HorizonMonths">Months simulated.</param>
/// <param name="Paths">Paths per scenario.</param>
/// <param name="Seed">Seed.</param>
/// <param name="Threshold">Escalation threshold (attacks in a month).</param>
/// <param name="ThresholdSource">Where the threshold comes from.</param>
/// <param name="Fit">The fit.</param>
/// <param name="StatusQuo">The status quo (no levers).</param>
/// <param name="Scenarios">The files' scenarios.</param>
/// <param name="Model">The simulation in words, with its assumptions.</param>
/// <param name="Measures">What the counts are (events, and deaths by resampling).</param>
/// <param name="Notes">Warnings: coverage, exploded paths, levers the fit could not estimate.</param>
/// <param name="Snapshot">Data snapshot of the fit.</param>
/// <param name="Coverage">What covers the data.</param>
public sealed record ScenarioRunResult(string Target, DateOnly Start, int HorizonMonths, int Paths, int Seed, double Threshold, string ThresholdSource, ScenarioFitRow Fit,
    ScenarioOutcome StatusQuo, IReadOnlyList<ScenarioOutcome> Scenarios, string Model, string Measures, IReadOnlyList<string> Notes, string Snapshot, string Coverage)
{
    /// <summary>Validation replays: which scenario the outcome resembles most (lowest mean CRPS), when scored.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resembles { get; init; }
}
