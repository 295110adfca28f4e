using System.Text;

namespace Crosscurrents.Sources.Importing;

/// <summary>
/// The text encodings an import reads (<c>--encoding</c>), and detection: a byte-order mark wins; a file that is valid
/// UTF-8 is UTF-8; anything else is read as Windows-1252 (Latin-1 with the printable 0x80–0x9F range), and the
/// summary says so.
/// </summary>
public static class TextEncodings
{
    /// <summary>The names <c>--encoding</c> accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["auto", "utf-8", "latin1", "windows-1252", "utf-16"];

    /// <summary>UTF-8 that fails on invalid bytes instead of storing replacement characters.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (a superset of Latin-1's printable characters).</summary>
    public static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The encoding for a name, or null for <c>auto</c>.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static Encoding? ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "AUTO" => null,
            "UTF-8" or "UTF8" => StrictUtf8,
            "LATIN1" or "LATIN-1" or "ISO-8859-1" => Encoding.Latin1,
            "WINDOWS-1252" or "CP1252" => Windows1252,
            "UTF-16" or "UTF16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            _ => throw new ArgumentException($"'{name}' is not a known encoding; use one of {string.Join(", ", Names)}", nameof(name)),
        };
    }

    /// <summary>Reads a file once to choose its encoding: a BOM's, UTF-8 when every byte sequence is valid, else Windows-1252.</summary>
    public static Encoding Detect(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        var first = true;
        int n;
        while ((n = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (first)
            {
                first = false;
                if (n >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
                {
                    return Encoding.Unicode; // the reader follows the BOM
                }
            }

            try
            {
                decoder.GetChars(buffer, 0, n, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return Windows1252;
            }
        }

        return StrictUtf8;
    }

    /// <summary>A short name for the summary.</summary>
    public static string Describe(Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.CodePage switch
        {
            65001 => "utf-8",
            28591 => "latin1",
            1252 => "windows-1252",
            1200 or 1201 => "utf-16",
            _ => encoding.WebName,
        };
    }
}
