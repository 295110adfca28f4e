using System.Globalization;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Series.Counts;

/// <summary>Maps days to the period that contains them, for each resolution.</summary>
public static class PeriodCalendar
{
    public static DateOnly StartOf(DateOnly day, TimeResolution resolution) => resolution switch
    {
        TimeResolution.Day => day,
        TimeResolution.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeResolution.Month => new DateOnly(day.Year, day.Month, 1),
        TimeResolution.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(resolution)),
    };

    public static DateOnly Next(DateOnly start, TimeResolution resolution) => resolution switch
    {
        TimeResolution.Day => start.AddDays(1),
        TimeResolution.Week => start.AddDays(7),
        TimeResolution.Month => start.AddMonths(1),
        TimeResolution.Year => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(resolution)),
    };

    public static string Label(DateOnly start, TimeResolution resolution) => resolution switch
    {
        TimeResolution.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeResolution.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
        TimeResolution.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimeResolution.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(resolution)),
    };
}
