using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Places;

namespace Crosscurrents.Sources.Importing;

/// <summary>Reads one file format into events. Implementations never throw on a bad record: they reject it.</summary>
public interface IEventImporter
{
    /// <summary>The format name users pass to <c>--format</c>, e.g. <c>ucdp-ged</c>.</summary>
    string Format { get; }

    /// <summary>One line for the list of known formats.</summary>
    string Description { get; }

    /// <summary>The columns whose presence identifies the format.</summary>
    IReadOnlyList<string> KeyColumns { get; }

    /// <summary>Whether a header (and the file name, for formats that share a header) is this format.</summary>
    bool Recognises(IReadOnlyList<string> header, string fileName);

    /// <summary>Streams the records of a file. <paramref name="progress"/> receives the fraction of bytes read.</summary>
    IEnumerable<ImportRecord> Read(Stream stream, ImportContext context, IProgress<double>? progress = null);

    /// <summary>The dataset every accepted event of the file carries, when the format fixes it (null when rows name
    /// their own dataset). An importer that gives one also accepts each id at most once per file.</summary>
    string? FixedDataset(ImportContext context) => null;
}

/// <summary>What importers need to resolve names: the registry and the gazetteer, and the dataset labels.</summary>
/// <param name="FilePath">The file's path, used in rejections.</param>
/// <param name="Actors">The actor registry.</param>
/// <param name="Places">The gazetteer.</param>
/// <param name="DatasetVersion">The release, when the user gives it or the file name shows it.</param>
/// <param name="DatasetName">For the generic CSV: the dataset name when the file has no <c>dataset</c> column.</param>
/// <param name="Dates">The dates accepted (default <see cref="ImportDateRange.Default"/>); records outside are rejected.</param>
/// <param name="Encoding">The file's text encoding; null reads strict UTF-8 (a BOM is honoured) and fails on invalid bytes.</param>
public sealed record ImportContext(
    string FilePath,
    ActorRegistry Actors,
    Gazetteer Places,
    string? DatasetVersion = null,
    string? DatasetName = null,
    ImportDateRange? Dates = null,
    System.Text.Encoding? Encoding = null)
{
    /// <summary>Coverage the user states for this file; what it leaves null is derived by the format's rule.</summary>
    public Core.Coverage.StatedCoverage? Coverage { get; init; }

    /// <summary>Remove the dataset's events that the file lacks inside its complete coverage (moved to the history).</summary>
    public bool DropMissing { get; init; }

    /// <summary>The date range in force.</summary>
    public ImportDateRange DateRange => Dates ?? ImportDateRange.Default;
}
