using System.Text;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Sources.Tests.Importing;

public sealed class TextEncodingsTests
{
    [Fact]
    public void FirstInvalidUtf8_FindsTheLineOfTheBadByte_PastTheFirstBlock()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.csv");
        // 1,000 lines of 100 bytes (each with a two-byte é, so some straddle a 64 KiB block edge), then a Latin-1 é.
        var line = "caf\u00e9," + new string('x', 94) + "\n";
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 1000))), .. Encoding.Latin1.GetBytes("caf\u00e9\n")]);
        Assert.Equal((1001, (byte)0xE9), TextEncodings.FirstInvalidUtf8(path));
    }

    [Fact]
    public void FirstInvalidUtf8_IsNull_ForUtf8_AndFlagsASequenceCutAtTheEnd()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.csv");
        var text = string.Concat(Enumerable.Repeat("\u0628\u0644\u0648\u0686\u0633\u062a\u0627\u0646 \u20ac \U0001F600\n", 5000));
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Null(TextEncodings.FirstInvalidUtf8(path));

        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("a\nb\n"), 0xE2, 0x82]);
        Assert.Equal((3, (byte)0xE2), TextEncodings.FirstInvalidUtf8(path));
    }

    [Fact]
    public void NotDecodable_NamesTheFileAndLine_AndSuggestsAnEncoding()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.csv");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("h\nok\n"), 0xFF, (byte)'\n']);
        var ex = TextEncodings.NotDecodable(path, TextEncodings.StrictUtf8, 1, new DecoderFallbackException("bad", [0xFF], 0));
        Assert.Equal($"{path}, line 3: not valid UTF-8 (byte FF); give the encoding with --encoding latin1 or windows-1252", ex.Message);
    }
}
