using System.Buffers;
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

    /// <summary>
    /// The file error for text that <paramref name="encoding"/> cannot decode, naming the file and the line: for UTF-8
    /// the line of the first bad byte (the file is scanned again), else the line the reader had reached.
    /// </summary>
    public static InvalidDataException NotDecodable(string path, Encoding encoding, int afterLine, DecoderFallbackException exception)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(exception);
        var bad = exception.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte?)null;
        var where = $"after line {afterLine}";
        if (encoding.CodePage == 65001 && File.Exists(path) && FirstInvalidUtf8(path) is { } first)
        {
            (where, bad) = ($"line {first.Line}", first.Byte);
        }

        var (name, hint) = encoding.CodePage == 65001 ? ("UTF-8", "; give the encoding with --encoding latin1 or windows-1252") : (Describe(encoding), "");
        return new InvalidDataException($"{path}, {where}: not valid {name} (byte {bad:X2}){hint}", exception);
    }

    /// <summary>The line (from 1) and value of the first byte that does not start a valid UTF-8 sequence, or null when
    /// the whole file is UTF-8.</summary>
    public static (int Line, byte Byte)? FirstInvalidUtf8(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        int kept = 0, line = 1;
        while (true)
        {
            var n = file.Read(buffer, kept, buffer.Length - kept);
            var end = n == 0;
            var span = buffer.AsSpan(0, kept + n);
            while (span.Length > 0)
            {
                var status = Rune.DecodeFromUtf8(span, out _, out var used);
                if (status == OperationStatus.NeedMoreData && !end)
                {
                    break; // a sequence split across reads: decoded with the next block
                }

                if (status != OperationStatus.Done)
                {
                    return (line, span[0]);
                }

                line += span[0] == (byte)'\n' ? 1 : 0;
                span = span[used..];
            }

            if (end)
            {
                return null;
            }

            kept = span.Length;
            span.CopyTo(buffer);
        }
    }
}
