using Crosscurrents.Sources.Acled;
using Crosscurrents.Sources.EventsCsv;
using Crosscurrents.Sources.Ucdp;
using nietras.SeparatedValues;

namespace Crosscurrents.Sources.Importing;

/// <summary>The known formats, and detection of a file's format from its header.</summary>
public static class EventImporters
{
    /// <summary>Every importer, in the order detection tries them.</summary>
    public static readonly IReadOnlyList<IEventImporter> All =
        [new UcdpCandidateImporter(), new UcdpGedImporter(), new AcledImporter(), new EventsCsvImporter()];

    /// <summary>The importer for a format name.</summary>
    /// <exception cref="FormatNotRecognisedException">The name is not a known format.</exception>
    public static IEventImporter ByName(string format) =>
        All.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase))
        ?? throw new FormatNotRecognisedException($"'{format}' is not a known format.");

    /// <summary>Reads a file's header and picks the importer that recognises it.</summary>
    /// <exception cref="FormatNotRecognisedException">No importer recognises the header.</exception>
    public static IEventImporter Detect(string path)
    {
        IReadOnlyList<string> header;
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            header = reader.Header.ColNames;
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or NotSupportedException)
        {
            var reason = ex.Message.Length > 200 ? ex.Message[..200] + "..." : ex.Message;
            throw new FormatNotRecognisedException($"{path}: the first line is not a CSV header ({reason}).");
        }

        return All.FirstOrDefault(i => i.Recognises(header, path))
            ?? throw new FormatNotRecognisedException(
                $"{path}: format not recognised from its header ({string.Join(", ", header.Take(8).Select(h => h.Length > 40 ? h[..40] + "..." : h))}{(header.Count > 8 ? ", ..." : "")}).");
    }

    /// <summary>The list of known formats for error messages and help.</summary>
    public static string Describe() =>
        string.Join(Environment.NewLine, All.Select(i => $"  {i.Format,-15} {i.Description}"));
}

/// <summary>A file is in no format Crosscurrents knows. The message lists the formats that are known.</summary>
public sealed class FormatNotRecognisedException : Exception
{
    public FormatNotRecognisedException()
    {
    }

    public FormatNotRecognisedException(string message)
        : base(message + Environment.NewLine + "Known formats:" + Environment.NewLine + EventImporters.Describe())
    {
    }

    public FormatNotRecognisedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
