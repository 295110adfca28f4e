namespace Crosscurrents.Models.Forecasting;

/// <summary>What a monthly series counts, when it carries its daily history.</summary>
public enum DailyTarget
{
    /// <summary>The months count events.</summary>
    Events,

    /// <summary>The months count deaths (the daily history then carries deaths per day too).</summary>
    Deaths,
}

/// <summary>
/// The daily counts behind a monthly series, for forecasters that model the daily process (the Hawkes forecaster).
/// </summary>
/// <remarks>
/// Coverage is the monthly series': a day of a month the series marks as not covered (NaN) is not read, whatever
/// its entry here. <see cref="MonthlySeries.Through"/> cuts the daily history at the end of the origin month, so a
/// forecaster never sees a day after it.
/// </remarks>
/// <param name="FirstDay">The day of <c>Events[0]</c>.</param>
/// <param name="Events">Events per day.</param>
/// <param name="Deaths">Deaths per day (best estimate), or null when only events are known.</param>
/// <param name="Target">What the monthly series counts.</param>
public sealed record DailyHistory(DateOnly FirstDay, IReadOnlyList<double> Events, IReadOnlyList<double>? Deaths, DailyTarget Target)
{
    /// <summary>The number of days.</summary>
    public int Days => Events.Count;

    /// <summary>The last day held.</summary>
    public DateOnly LastDay => FirstDay.AddDays(Events.Count - 1);

    /// <summary>The offset of <paramref name="day"/> from <see cref="FirstDay"/>.</summary>
    public int IndexOf(DateOnly day) => day.DayNumber - FirstDay.DayNumber;

    /// <summary>The history up to and including <paramref name="lastDay"/>.</summary>
    public DailyHistory Through(DateOnly lastDay)
    {
        var n = Math.Clamp(IndexOf(lastDay) + 1, 0, Events.Count);
        return this with { Events = Events.Take(n).ToArray(), Deaths = Deaths?.Take(n).ToArray() };
    }

    /// <summary>Throws when the deaths do not match the events, or a deaths target has no deaths.</summary>
    public void Validate()
    {
        if (Deaths is not null && Deaths.Count != Events.Count)
        {
            throw new ArgumentException($"{Deaths.Count} days of deaths for {Events.Count} days of events");
        }

        if (Target == DailyTarget.Deaths && Deaths is null)
        {
            throw new ArgumentException("a deaths target needs deaths per day");
        }
    }
}
