using Crosscurrents.Models.Forecasting.Scores;

namespace Crosscurrents.Models.Forecasting;

/// <summary>The scores of a backtest, with summaries per unit, model and horizon and skill against the best baseline.</summary>
/// <param name="Models">The models scored, in order (the ensemble last when it was run).</param>
/// <param name="Baselines">The models that are baselines.</param>
/// <param name="Scores">Every scored forecast.</param>
/// <param name="Latest">Every model's forecasts from the last origin, for each unit that has it.</param>
/// <param name="Options">The options used.</param>
/// <param name="FirstOrigin">The first origin month asked for.</param>
/// <param name="LastOrigin">The last origin month asked for.</param>
public sealed record BacktestResult(
    IReadOnlyList<string> Models,
    IReadOnlyList<string> Baselines,
    IReadOnlyList<ForecastScore> Scores,
    IReadOnlyList<ForecastDistributionSet> Latest,
    BacktestOptions Options,
    DateOnly FirstOrigin,
    DateOnly LastOrigin)
{
    /// <summary>The name of the pooled unit in summaries (all units' forecasts together).</summary>
    public const string AllUnits = "all";

    /// <summary>Every (unit, origin, model) that could not forecast, with the reason; those forecasts are not scored.</summary>
    public IReadOnlyList<ForecastFailure> Failures { get; init; } = [];

    /// <summary>The units scored, in the order given.</summary>
    public IReadOnlyList<string> Units => Scores.Select(s => s.Unit).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Mean scores per unit, model and horizon; with more than one unit also pooled over units (<see cref="AllUnits"/>).</summary>
    public IReadOnlyList<ScoreSummary> Summary()
    {
        var units = Units;
        var groups = Scores.GroupBy(s => (s.Unit, s.Model, s.Horizon)).Select(g => Summarise(g.Key.Unit, g.Key.Model, g.Key.Horizon, g.ToList()));
        if (units.Count > 1)
        {
            groups = groups.Concat(Scores.GroupBy(s => (s.Model, s.Horizon)).Select(g => Summarise(AllUnits, g.Key.Model, g.Key.Horizon, g.ToList())));
        }

        return groups.OrderBy(s => s.Unit == AllUnits ? 0 : 1).ThenBy(s => s.Unit == AllUnits ? -1 : IndexOf(units, s.Unit))
            .ThenBy(s => s.Horizon).ThenBy(s => IndexOf(Models, s.Model)).ToList();
    }

    /// <summary>
    /// Skill of every non-baseline model against the best baseline (lowest mean CRPS on the same targets) per unit and
    /// horizon: 1 − CRPS/CRPS_best, with a Diebold–Mariano test on the CRPS differences paired over origins (for the
    /// pooled unit, the differences are averaged over units at each origin first).
    /// </summary>
    public IReadOnlyList<SkillSummary> Skill()
    {
        var result = new List<SkillSummary>();
        var units = Units;
        var scopes = units.Count > 1 ? units.Prepend(AllUnits) : units;
        foreach (var unit in scopes)
        {
            var rows = unit == AllUnits ? Scores : Scores.Where(s => s.Unit == unit).ToList();
            foreach (var horizon in rows.Select(s => s.Horizon).Distinct().Order())
            {
                var at = rows.Where(s => s.Horizon == horizon).ToList();
                var byModel = at.GroupBy(s => s.Model).ToDictionary(g => g.Key, g => g.ToDictionary(s => (s.Unit, s.Origin)));
                var baselines = Baselines.Where(byModel.ContainsKey).ToList();
                if (baselines.Count == 0)
                {
                    continue;
                }

                var best = baselines.MinBy(b => byModel[b].Values.Average(s => s.Crps))!;
                foreach (var model in Models.Where(m => !Baselines.Contains(m) && byModel.ContainsKey(m)))
                {
                    var paired = byModel[model].Where(kv => byModel[best].ContainsKey(kv.Key))
                        .Select(kv => (kv.Key.Origin, Model: kv.Value.Crps, Baseline: byModel[best][kv.Key].Crps)).ToList();
                    var differences = paired.GroupBy(p => p.Origin).OrderBy(g => g.Key).Select(g => g.Average(p => p.Baseline - p.Model)).ToList();
                    var crps = paired.Average(p => p.Model);
                    var baselineCrps = paired.Average(p => p.Baseline);
                    result.Add(new SkillSummary(unit, model, horizon, best, crps, baselineCrps, baselineCrps > 0 ? 1 - (crps / baselineCrps) : double.NaN,
                        DieboldMariano.Test(differences, horizon)));
                }
            }
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return -1;
    }

    private static ScoreSummary Summarise(string unit, string model, int horizon, List<ForecastScore> rows) => new(
        unit, model, horizon, rows.Count,
        rows.Average(s => s.Crps), rows.Average(s => s.Ignorance), rows.Average(s => s.IntervalScore90),
        rows.Average(s => s.Covered50 ? 1.0 : 0.0), rows.Average(s => s.Covered90 ? 1.0 : 0.0), rows.Average(s => s.Brier),
        rows.Average(s => s.Observed));
}

/// <summary>Mean scores of one model at one horizon for a unit (or all units).</summary>
public sealed record ScoreSummary(string Unit, string Model, int Horizon, int Forecasts, double Crps, double Ignorance, double IntervalScore90,
    double Coverage50, double Coverage90, double Brier, double MeanObserved);

/// <summary>Skill of a model against the best baseline at one horizon.</summary>
/// <param name="Unit">The unit, or <see cref="BacktestResult.AllUnits"/>.</param>
/// <param name="Model">The model.</param>
/// <param name="Horizon">Months ahead.</param>
/// <param name="BestBaseline">The baseline with the lowest mean CRPS on these targets.</param>
/// <param name="Crps">The model's mean CRPS.</param>
/// <param name="BaselineCrps">The best baseline's mean CRPS.</param>
/// <param name="Skill">1 − Crps/BaselineCrps: 0.10 means 10% better than the best baseline.</param>
/// <param name="Test">Diebold–Mariano test of equal CRPS over origins.</param>
public sealed record SkillSummary(string Unit, string Model, int Horizon, string BestBaseline, double Crps, double BaselineCrps, double Skill, DieboldMarianoTest Test);
