using YamlDotNet.Core;

namespace Crosscurrents.Claims;

/// <summary>How large and deep a YAML file of one kind may be, and how its errors name it.</summary>
/// <param name="Kind">What the file is, in errors ("claim file").</param>
/// <param name="Items">What it holds, in the alias error ("claims").</param>
/// <param name="Needs">The nesting the format needs, said beside the limit.</param>
/// <param name="MaxDepth">Deepest nesting accepted.</param>
/// <param name="MaxAliases">Most aliases (*name) accepted.</param>
/// <param name="MaxNodes">Most values accepted.</param>
/// <param name="MaxFileBytes">Largest file accepted.</param>
public sealed record YamlShape(string Kind, string Items, int Needs, int MaxDepth, int MaxAliases, int MaxNodes, long MaxFileBytes)
{
    /// <summary>Reads the file within the size bound, checks its shape, and parses it; every failure names the file (and line).</summary>
    /// <exception cref="InvalidDataException">Too large, the wrong shape, or not YAML.</exception>
    public YamlDotNet.RepresentationModel.YamlStream Load(string path)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                throw new InvalidDataException($"{path}: {info.Length:N0} bytes; a {Kind} is expected to be under {MaxFileBytes:N0}");
            }

            var text = File.ReadAllText(path);
            Check(path, text);
            yaml.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}, line {ex.Start.Line}: not valid YAML ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // The document builder, like the scanner, fails this way on some input the event walk accepts (a stray
            // document marker inside a mapping, found by the claim-file fuzz test).
            throw new InvalidDataException($"{path}: not valid YAML ({ex.Message})", ex);
        }

        return yaml;
    }

    /// <summary>
    /// Walks the YAML events before the document is built, so an alias bomb, very deep nesting or a huge document is
    /// refused with its line instead of exhausting the stack or memory.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is too deep, has too many aliases or values, or is not YAML; the message names the file and line.</exception>
    public void Check(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, aliases = 0, nodes = 0;
        long lastLine = 1;
        bool Next()
        {
            try
            {
                return parser.MoveNext();
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
            {
                // YamlDotNet's scanner fails this way on some malformed input instead of raising a YamlException.
                throw new InvalidDataException($"{path}, line {lastLine}: not valid YAML after this line ({ex.Message})", ex);
            }
        }

        while (Next())
        {
            var e = parser.Current!;
            lastLine = e.Start.Line;
            switch (e)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    nodes++;
                    if (++depth > MaxDepth)
                    {
                        throw new InvalidDataException($"{path}, line {e.Start.Line}: nested {depth} levels deep; a {Kind} needs {Needs} (at most {MaxDepth})");
                    }

                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
                case YamlDotNet.Core.Events.AnchorAlias when ++aliases > MaxAliases:
                    throw new InvalidDataException($"{path}, line {e.Start.Line}: more than {MaxAliases} aliases (*name); expected plain {Items}");
                case YamlDotNet.Core.Events.Scalar:
                    nodes++;
                    break;
            }

            if (nodes > MaxNodes)
            {
                throw new InvalidDataException($"{path}, line {e.Start.Line}: more than {MaxNodes:N0} values; expected a {Kind}");
            }
        }
    }
}
