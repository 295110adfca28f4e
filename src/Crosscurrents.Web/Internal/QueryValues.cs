using System.Globalization;

namespace Crosscurrents.Web.Internal;

/// <summary>Reads query-string values as the CLI reads its options: checked, with the field and range in the error.</summary>
internal static class QueryValues
{
    public static int Int(string? text, string field, int defaultValue, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FieldException(field, string.Create(CultureInfo.InvariantCulture, $"{field} '{text}': expected a whole number from {min} to {max}"));
    }

    public static int? OptionalInt(string? text, string field, int min, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : Int(text, field, 0, min, max);

    public static double? OptionalDouble(string? text, string field, double min, double max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw new FieldException(field, string.Create(CultureInfo.InvariantCulture, $"{field} '{text}': expected a number from {min} to {max}"));
    }

    public static bool Bool(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return bool.TryParse(text, out var value) ? value : throw new FieldException(field, $"{field} '{text}': expected true or false");
    }

    /// <summary>An enum by its kebab-case name (as the JSON writes it), never by number.</summary>
    public static T Enum<T>(string? text, string field, T defaultValue)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        var names = System.Enum.GetNames<T>();
        var match = names.FirstOrDefault(n => string.Equals(n, text.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return match is not null
            ? System.Enum.Parse<T>(match)
            : throw new FieldException(field, $"{field} '{text}': use {string.Join(", ", names.Select(n => n.ToLowerInvariant()))}");
    }

    /// <summary>A usage message of the analysis layer, which names CLI options (<c>--min-fatalities</c>), with the query
    /// parameters instead (<c>minFatalities</c>).</summary>
    public static string AsParameters(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message ?? "", "(?<![\\w-])--([a-z][a-z0-9-]*)", m => Camel(m.Groups[1].Value), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private static string Camel(string kebab)
    {
        var parts = kebab.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>The field a usage message names (<c>--min-fatalities 5: ...</c> → <c>minFatalities</c>), or null.</summary>
    public static string? FieldOf(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, "--([a-z][a-z0-9-]*)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return message.StartsWith("unknown actor", StringComparison.Ordinal) ? "actor"
                : message.StartsWith("unknown stream", StringComparison.Ordinal) ? "stream"
                : message.StartsWith("unknown model", StringComparison.Ordinal) ? "model"
                : null;
        }

        return Camel(match.Groups[1].Value);
    }
}
