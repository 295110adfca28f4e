using System.Globalization;
using Crosscurrents.Core;

namespace Crosscurrents.Analysis.Inputs;

/// <summary>Dates as users type them: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
public static class DateInput
{
    /// <summary>Parses yyyy, yyyy-MM or yyyy-MM-dd; a year or month as an end means its last day. Null stays null;
    /// anything else is a <see cref="UsageException"/> naming <paramref name="field"/>.</summary>
    public static DateOnly? Parse(string? value, string field, bool end)
    {
        if (value is null)
        {
            return null;
        }

        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", c, DateTimeStyles.None, out var month))
        {
            return end ? month.AddDays(DateTime.DaysInMonth(month.Year, month.Month) - 1) : month;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, c, out var year) && year is > 0 and < 10000)
        {
            return end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new UsageException($"{field} '{value}': expected yyyy-MM-dd, yyyy-MM or yyyy");
    }

    /// <summary>Parses yyyy-MM (null stays null).</summary>
    public static DateOnly? Month(string? value, string field) => value is null
        ? null
        : DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"{field} '{value}' is not a month (yyyy-MM)");
}
