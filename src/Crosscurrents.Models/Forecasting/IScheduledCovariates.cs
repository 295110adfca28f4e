namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// Daily background covariates for a Hawkes forecast: over the fit window as observed, and over the forecast days as
/// they were known at the origin (calendar terms, periods already scheduled), never as they turned out.
/// </summary>
public interface IScheduledCovariates
{
    /// <summary>Covariate columns for the days <paramref name="first"/>..<paramref name="origin"/> (the fit window) and the <paramref name="futureDays"/> days after it.</summary>
    /// <param name="first">The first day of the fit window.</param>
    /// <param name="origin">The last observed day (the end of the origin month): nothing after it may be used.</param>
    /// <param name="futureDays">Days forecast after <paramref name="origin"/>.</param>
    ScheduledCovariates Build(DateOnly first, DateOnly origin, int futureDays);
}

/// <summary>Named daily covariate columns, each with one entry per fit-window day and then per forecast day.</summary>
/// <param name="Names">Column names; one of them is <c>intercept</c>.</param>
/// <param name="Columns">Columns[c][d], d counted from the first day of the fit window.</param>
public sealed record ScheduledCovariates(IReadOnlyList<string> Names, IReadOnlyList<double[]> Columns);

/// <summary>
/// The calendar covariates: intercept, a linear trend (per decade) and the annual harmonic. Over the forecast days the
/// harmonic follows the calendar and the trend is held at its level on the origin day (not extrapolated).
/// </summary>
public sealed class CalendarCovariates : IScheduledCovariates
{
    public ScheduledCovariates Build(DateOnly first, DateOnly origin, int futureDays)
    {
        var observed = origin.DayNumber - first.DayNumber + 1;
        ArgumentOutOfRangeException.ThrowIfLessThan(observed, 2, nameof(origin));
        ArgumentOutOfRangeException.ThrowIfNegative(futureDays);
        var days = observed + futureDays;
        double[] Fill(Func<int, double> f) => Enumerable.Range(0, days).Select(f).ToArray();
        return new ScheduledCovariates(["intercept", "trend_per_decade", "season_sin", "season_cos"],
        [
            Fill(_ => 1),
            Fill(d => (Math.Min(d, observed - 1) - (observed - 1)) / 3652.5),
            Fill(d => Math.Sin(2 * Math.PI * first.AddDays(d).DayOfYear / 365.25)),
            Fill(d => Math.Cos(2 * Math.PI * first.AddDays(d).DayOfYear / 365.25)),
        ]);
    }
}
