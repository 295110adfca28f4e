using System.Text;

namespace Crosscurrents.Sources.Tests.Fuzz;

/// <summary>
/// Seeded hostile edits of real inputs: characters that break parsers (NUL and other controls, quotes, separators,
/// newlines, a BOM, surrogate halves, very long runs) inserted, replaced, deleted, duplicated or swapped.
/// </summary>
internal static class FuzzInput
{
    /// <summary>How long each fuzz target runs; the case count is what fits, so slow machines run fewer.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    private static readonly string[] Hostile =
    [
        "\0", "\u0001", "\u001b", "\u007f", "\"", "\"\"", ",", "\n", "\r", "\r\n", "\t", "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "#",
        "9999-12-31", "0001-01-01", "1850-01-01", "-1", "1e308", "NaN", "  ", "é", "\u202E", "[", "{", "]", "}", ":", "&a", "*a", "- ",
        "20 to 25 kilogrammes of ", " were killed", " and ",
    ];

    public static string Mutate(string text, Random random, int maxEdits = 8)
    {
        ArgumentNullException.ThrowIfNull(random);
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, maxEdits + 1); edits > 0; edits--)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(6))
            {
                case 0:
                    builder.Insert(at, Hostile[random.Next(Hostile.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    builder[at] = (char)random.Next(0, 0x3000);
                    break;
                case 2 when builder.Length > 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 40)));
                    break;
                case 3 when builder.Length > 0:
                    // Duplicate a stretch (repeated lines give duplicate ids).
                    var length = Math.Min(builder.Length - at, random.Next(1, 400));
                    builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                    break;
                case 4:
                    builder.Insert(at, new string(Hostile[random.Next(Hostile.Length)][0], random.Next(1, 2000)));
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0, 0x80));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Random text from a small hostile alphabet, for inputs that owe nothing to a real file.</summary>
    public static string Random(Random random, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(random);
        var builder = new StringBuilder();
        for (var n = random.Next(maxLength); n > 0; n--)
        {
            builder.Append(random.Next(3) == 0 ? Hostile[random.Next(Hostile.Length)] : ((char)random.Next(0x20, 0x7f)).ToString());
        }

        return builder.ToString();
    }

    /// <summary>The first lines of a file (the header and some records).</summary>
    public static string Head(string path, int lines) => string.Join('\n', File.ReadLines(path).Take(lines)) + "\n";
}
