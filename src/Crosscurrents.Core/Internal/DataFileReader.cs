using System.Globalization;
using nietras.SeparatedValues;

namespace Crosscurrents.Core.Internal;

/// <summary>Reads the project's small reference CSV files (registry, gazetteer, timeline) with errors that name file, line and field.</summary>
internal static class DataFileReader
{
    public static List<T> Read<T>(string path, string[] requiredColumns, Func<DataRow, T> map)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var missing = requiredColumns.Where(c => !reader.Header.TryIndexOf(c, out _)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: header lacks column(s) {string.Join(", ", missing)}");
        }

        var result = new List<T>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in reader.Header.ColNames)
            {
                values[name] = row[name].ToString();
            }

            result.Add(map(new DataRow(path, row.LineNumberFrom, values)));
        }

        return result;
    }
}

/// <summary>One row of a reference file, with typed accessors that fail with file, line and field.</summary>
internal sealed class DataRow(string path, int line, Dictionary<string, string> values)
{
    public string Required(string field)
    {
        var value = values[field].Trim();
        return value.Length > 0 ? value : throw Error(field, "is empty");
    }

    public string? Optional(string field) =>
        values.TryGetValue(field, out var v) && v.Trim().Length > 0 ? v.Trim() : null;

    public DateOnly? OptionalDate(string field)
    {
        var value = Optional(field);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(field, $"'{value}' is not a yyyy-MM-dd date");
    }

    public double? OptionalDouble(string field)
    {
        var value = Optional(field);
        if (value is null)
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Error(field, $"'{value}' is not a number");
    }

    private InvalidDataException Error(string field, string problem) =>
        new($"{path}, line {line}, field '{field}': {problem}");
}
