using Crosscurrents.Core;
using System.Globalization;

namespace Crosscurrents.Cli.Commands;

/// <summary>
/// Every numeric option has a documented range (shown in its help) and is checked before any work starts, so a value
/// such as <c>--lags 0</c> or <c>--min-segment 0</c> is a usage error, not a crash, a hang or an out-of-memory.
/// </summary>
internal static class OptionRange
{
    /// <summary>Creates an integer option whose help ends with its range.</summary>
    public static Option<int> Int(string name, string description, int defaultValue, int min, int max) =>
        new(name) { Description = $"{description} ({min} to {max}; default {defaultValue})", DefaultValueFactory = _ => defaultValue };

    /// <summary>The option's value, or a usage error naming the option, the value and the range.</summary>
    public static int Get(ParseResult result, Option<int> option, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(option);
        var value = result.GetValue(option);
        return value < min || value > max
            ? throw new UsageException($"{option.Name} {value.ToString(CultureInfo.InvariantCulture)}: expected a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}")
            : value;
    }

    /// <summary>An optional number: null, or a finite value within the range.</summary>
    public static double? Get(ParseResult result, Option<double?> option, double min, double max)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(option);
        var value = result.GetValue(option);
        return value is { } v && (!double.IsFinite(v) || v < min || v > max)
            ? throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option.Name} {v}: expected a number from {min} to {max}"))
            : value;
    }
}
