using System.Globalization;
using Crosscurrents.Models.Forecasting.Internal;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Scenarios;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// The Hawkes forecaster: fits the self-exciting model with background covariates to the unit's daily events before
/// the origin, then simulates the days after it (<see cref="ScenarioSimulator"/>, no levers) and sums them into months.
/// </summary>
/// <remarks>
/// Fit: <see cref="HawkesModel.Fit(HawkesData, HawkesFitOptions?, HawkesParameters?)"/> on one stream (the unit's
/// events) over the longest run of covered months ending at the origin, at most
/// <see cref="HawkesForecastOptions.TrainingMonths"/>; background log-rate linear in the covariates of
/// <see cref="IScheduledCovariates"/> (by default intercept, trend and season; the analysis layer adds the timeline's
/// periods as known at the origin). Columns constant over the window are dropped. Simulation: each path draws the
/// parameters from the fit's asymptotic normal (truncated to a stationary process, <see cref="ScenarioModel"/>), the
/// events of the last <see cref="HawkesForecastOptions.HistoryDays"/> days still excite the future (exactly, by the
/// memorylessness of the exponential kernel), and the future background follows the scheduled covariates. Deaths: each
/// simulated event's deaths are drawn from the deaths per event of the fit window (the deaths of a day shared equally
/// among its events), independently of the excitation (independent marks). When the fit does not converge, the window
/// is too short or has too few events, or a path explodes, the result is <see cref="ForecastDistribution.CannotForecast"/>
/// with the reason, never a forecast from starting values; so is a fit whose background level over the forecast days
/// has a log standard error above <see cref="HawkesForecastOptions.MaxBackgroundLogStdError"/>. Each unit is fitted on its own (K = 1): excitation between
/// units is not modelled. Path i is seeded by (seed, i), so results do not depend on threads.
/// </remarks>
public sealed class HawkesForecaster(IScheduledCovariates? covariates = null, HawkesForecastOptions? options = null) : IForecastModel
{
    private readonly IScheduledCovariates _covariates = covariates ?? new CalendarCovariates();
    private readonly HawkesForecastOptions _options = Validated(options ?? new HawkesForecastOptions());

    /// <summary>The model's name.</summary>
    public const string ModelName = "hawkes";

    public string Name => ModelName;

    public bool IsBaseline => false;

    /// <summary>The options in use.</summary>
    public HawkesForecastOptions Options => _options;

    public ForecastDistribution Forecast(MonthlySeries history, int horizons, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        Baseline.Validate(horizons, samples);
        var c = CultureInfo.InvariantCulture;
        var originIndex = history.Count - 1;
        var origin = history.Month(originIndex);
        ForecastDistribution Cannot(string reason) => ForecastDistribution.CannotForecast(Name, origin, reason);
        if (history.Daily is not { } daily)
        {
            return Cannot("no daily history: the series has monthly figures only");
        }

        daily.Validate();
        var months = 0;
        while (months < _options.TrainingMonths && history.IsCovered(originIndex - months))
        {
            months++;
        }

        if (months < _options.MinimumTrainingMonths)
        {
            return Cannot(string.Create(c, $"only {months} covered months end at the origin, fewer than {_options.MinimumTrainingMonths}"));
        }

        var first = history.Month(originIndex - months + 1);
        var last = origin.AddMonths(1).AddDays(-1);
        var (from, days) = (daily.IndexOf(first), last.DayNumber - first.DayNumber + 1);
        if (from < 0 || from + days > daily.Days)
        {
            return Cannot($"the daily history {daily.FirstDay:yyyy-MM-dd}..{daily.LastDay:yyyy-MM-dd} does not span the fit window {first:yyyy-MM-dd}..{last:yyyy-MM-dd}");
        }

        var counts = Slice(daily.Events, from, days);
        var deathsPerDay = daily.Deaths is null ? null : Slice(daily.Deaths, from, days);
        if (counts.Any(v => !double.IsFinite(v) || v < 0 || v != Math.Floor(v)) || (deathsPerDay?.Any(v => !double.IsFinite(v)) ?? false))
        {
            return Cannot("the daily history has missing or invalid days inside covered months");
        }

        var events = counts.Sum();
        if (events < _options.MinimumEvents)
        {
            return Cannot(string.Create(c, $"{events} events in the fit window {first:yyyy-MM}..{origin:yyyy-MM}, fewer than {_options.MinimumEvents}"));
        }

        var horizonEnd = origin.AddMonths(horizons + 1);
        var futureDays = horizonEnd.DayNumber - last.DayNumber - 1;
        var design = _covariates.Build(first, last, futureDays);
        var keep = Enumerable.Range(0, design.Names.Count)
            .Where(j => design.Names[j] == "intercept" || design.Columns[j].Take(days).Distinct().Skip(1).Any()).ToArray();
        var data = HawkesData.FromColumns([history.Unit], [counts], keep.Select(j => design.Names[j]).ToList(), keep.Select(j => design.Columns[j][..days]).ToList());
        HawkesFit fit;
        try
        {
            fit = HawkesModel.Fit(data, _options.Fit);
        }
        catch (Exception ex) when (ex is ArgumentException or ArithmeticException or InvalidOperationException)
        {
            // The search can fail inside a linear-algebra step (e.g. a Cholesky of an indefinite matrix): no estimates.
            return Cannot($"the Hawkes fit on {first:yyyy-MM}..{origin:yyyy-MM} failed: {ex.Message}");
        }

        if (!fit.Usable)
        {
            return Cannot($"the Hawkes fit on {first:yyyy-MM}..{origin:yyyy-MM}: {fit.Describe()}");
        }

        // The fit may leave out indicators with too few days; the future takes the columns it kept, by name.
        var columns = fit.CovariateNames.Select(n => design.Columns[design.Names.ToList().IndexOf(n)]).ToArray();
        var future = Matrix<double>.Build.Dense(futureDays, columns.Length, (d, j) => columns[j][days + d]);
        // A background level over the forecast days that the window barely determines (an indicator seen on a few
        // days, a trend) would put draws of e^{±many} on the paths: that is no forecast.
        // A coefficient the fit held fixed at 0 (no events on an indicator's days) adds nothing and is left out of the check.
        var z = 1.959963984540054;
        var held = Enumerable.Range(0, columns.Length).Select(j => fit.RateRatio(0, j) is { Estimable: false, RateRatio: 1 }).ToArray();
        for (var d = 0; d < futureDays; d++)
        {
            var level = fit.Background(0, Enumerable.Range(0, columns.Length).Select(j => held[j] ? 0 : future[d, j]).ToArray());
            var se = Math.Log(level.Upper / level.Lower) / (2 * z);
            if (!level.Estimable || !(se <= _options.MaxBackgroundLogStdError))
            {
                return Cannot(string.Create(c, $"the background rate on {last.AddDays(d + 1):yyyy-MM-dd} is not determined by the window ({(level.Estimable ? $"standard error of its log {se:0.##}, more than {_options.MaxBackgroundLogStdError}" : "a coefficient it needs has no finite standard error")})"));
            }
        }

        var monthStarts = Enumerable.Range(0, horizons).Select(h => origin.AddMonths(h + 1).DayNumber - last.DayNumber - 1).ToArray();
        var setup = new ScenarioSetup(future, [counts[Math.Max(0, days - _options.HistoryDays)..]], monthStarts, [Marks(counts, deathsPerDay)], [], []);
        var largestMonth = MonthTotals(counts, first).Max();
        var limit = (int)Math.Min(int.MaxValue, _options.MaxEventsPerPathFactor * (1 + largestMonth) * horizons);
        var paths = ScenarioSimulator.Run(ScenarioModel.FromFit(fit, _options.DrawParameters), setup,
            new ScenarioRunOptions(samples, seed, MaxEventsPerPath: limit, MaxDegreeOfParallelism: 1));
        if (paths.Exploded > 0)
        {
            return Cannot(string.Create(c, $"{paths.Exploded} of {samples} simulated paths exceeded {limit} events (an explosive draw)"));
        }

        var deaths = daily.Target == DailyTarget.Deaths;
        var result = Enumerable.Range(0, horizons).Select(h => paths.Month(0, h, deaths)).ToArray();
        return new ForecastDistribution(Name, origin, result);
    }

    private static double[] Slice(IReadOnlyList<double> values, int from, int count)
    {
        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = values[from + i];
        }

        return result;
    }

    /// <summary>Deaths per event in the window: each day's deaths shared equally among its events (empty without deaths).</summary>
    private static double[] Marks(double[] counts, double[]? deaths)
    {
        if (deaths is null)
        {
            return [];
        }

        var marks = new List<double>();
        for (var d = 0; d < counts.Length; d++)
        {
            for (var e = 0; e < counts[d]; e++)
            {
                marks.Add(Math.Max(0, deaths[d]) / counts[d]);
            }
        }

        return [.. marks];
    }

    private static IEnumerable<double> MonthTotals(double[] counts, DateOnly first) =>
        counts.Select((v, d) => (Month: first.AddDays(d).Month + (first.AddDays(d).Year * 12), v)).GroupBy(x => x.Month).Select(g => g.Sum(x => x.v));

    private static HawkesForecastOptions Validated(HawkesForecastOptions options)
    {
        options.Validate();
        return options;
    }
}
