using nietras.SeparatedValues;

namespace Crosscurrents.Models.Tests.Internal;

/// <summary>Reads a committed fixture CSV (copied beside the test assembly) into rows of column → text.</summary>
internal static class FixtureCsv
{
    public static List<Dictionary<string, string>> Rows(string folder, string file)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(AppContext.BaseDirectory, folder, "Fixtures", file));
        var result = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>();
            foreach (var column in reader.Header.ColNames)
            {
                values[column] = row[column].ToString();
            }

            result.Add(values);
        }

        return result;
    }
}
