namespace Crosscurrents.Models.Forecasting;

/// <summary>A monthly count series of one unit (country, province, district), as the forecasters read it.</summary>
/// <param name="Unit">The unit's name.</param>
/// <param name="FirstMonth">The first day of the month of <c>Values[0]</c>.</param>
/// <param name="Values">Counts per month; <see cref="double.NaN"/> where no complete source covers the month (missing, never zero).</param>
public sealed record MonthlySeries(string Unit, DateOnly FirstMonth, IReadOnlyList<double> Values)
{
    /// <summary>The daily counts behind the months, for daily-process forecasters (null: monthly figures only).</summary>
    public DailyHistory? Daily { get; init; }

    /// <summary>The number of months.</summary>
    public int Count => Values.Count;

    /// <summary>The first day of month <paramref name="index"/>.</summary>
    public DateOnly Month(int index) => FirstMonth.AddMonths(index);

    /// <summary>The index of the month containing <paramref name="date"/> (may be outside the series).</summary>
    public int IndexOf(DateOnly date) => ((date.Year - FirstMonth.Year) * 12) + date.Month - FirstMonth.Month;

    /// <summary>Whether month <paramref name="index"/> is covered (a number).</summary>
    public bool IsCovered(int index) => index >= 0 && index < Values.Count && !double.IsNaN(Values[index]);

    /// <summary>The series up to and including month <paramref name="origin"/> (its daily history to the month's last day): what a forecaster at that origin may see.</summary>
    public MonthlySeries Through(int origin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(origin);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(origin, Values.Count);
        return this with { Values = Values.Take(origin + 1).ToArray(), Daily = Daily?.Through(Month(origin + 1).AddDays(-1)) };
    }

    /// <summary>The covered values of the last <paramref name="months"/> months (all months when null), oldest first.</summary>
    public double[] CoveredValues(int? months = null)
    {
        var start = months is { } m ? Math.Max(0, Values.Count - m) : 0;
        return Values.Skip(start).Where(v => !double.IsNaN(v)).ToArray();
    }
}
