using Crosscurrents.Core.Periods;
using Crosscurrents.Models.Forecasting;
using Crosscurrents.Series.Covariates;

namespace Crosscurrents.Analysis.Forecasting;

/// <summary>
/// The Hawkes forecaster's background covariates as known at the origin: intercept, a linear trend, the annual harmonic
/// and the timeline's indicators (<see cref="DailyCovariates"/>), built from the periods that had begun by the origin.
/// </summary>
/// <remarks>
/// The trend is linear with a change of slope once a year of the window (one knot fewer than its whole years), so slow
/// rises and falls are read as trend rather than as excitation with a half-life of a year.
/// Over the forecast days: the harmonic follows the calendar; the trend is held at its level on the origin day; a
/// ceasefire or talks in force at the origin stay in force to their recorded end (the scheduled term; the timeline
/// records ends after the fact, so for a period without an announced term this is an approximation), and the days after
/// a ceasefire's end follow from it; a period that begins after the origin is not known and does not enter; the
/// after-takeover indicator is 1 only if the takeover had happened by the origin (a regime change is not scheduled).
/// </remarks>
public sealed class TimelineCovariates(Timeline timeline, CovariateOptions? options = null) : IScheduledCovariates
{
    private readonly CovariateOptions _options = (options ?? new CovariateOptions()) with { TrendKnots = 0 };

    /// <summary>Interior knots of the piecewise-linear trend over the fit window (null: one a year of the window, less one).</summary>
    public int? TrendKnots { get; init; }

    public ScheduledCovariates Build(DateOnly first, DateOnly origin, int futureDays)
    {
        var known = new Timeline(timeline.Periods.Where(p => p.Start <= origin));
        var observed = origin.DayNumber - first.DayNumber + 1;
        var (names, columns) = DailyCovariates.Build(first, origin.AddDays(futureDays), known, _options);
        var result = new List<(string Name, double[] Column)>();
        for (var c = 0; c < names.Count; c++)
        {
            result.Add(names[c] switch
            {
                "trend_per_decade" => (names[c], Hold(columns[c], observed)),
                "after_taliban_takeover" when origin < DailyCovariates.TalibanTakeover => (names[c], Hold(columns[c], observed)),
                _ => (names[c], columns[c]),
            });
        }

        // Slope changes (per year) once a year of the window (not of the forecast days), so slow rises and falls are trend, not excitation.
        var knots = TrendKnots ?? Math.Max(0, (observed / 365) - 1);
        for (var k = 1; k <= knots; k++)
        {
            var at = observed * k / (knots + 1.0);
            var column = Hold(Enumerable.Range(0, columns[0].Length).Select(d => Math.Max(0, d - at) / 365.25).ToArray(), observed);
            result.Add((string.Create(System.Globalization.CultureInfo.InvariantCulture, $"trend_change_{first.AddDays((int)at):yyyy-MM}"), column));
        }

        return new ScheduledCovariates(result.Select(r => r.Name).ToList(), result.Select(r => r.Column).ToList());
    }

    /// <summary>The column with every forecast day at its value on the origin day.</summary>
    private static double[] Hold(double[] column, int observed)
    {
        var held = (double[])column.Clone();
        for (var d = observed; d < held.Length; d++)
        {
            held[d] = column[observed - 1];
        }

        return held;
    }
}
