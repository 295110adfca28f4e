using System.Security.Cryptography;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Store.DuckDb;

namespace Crosscurrents.Cli;

/// <summary>
/// Where things are: the shipped data folder (registry, gazetteer, timeline, UCDP file, font, outlines) and the
/// database. Composes the pieces; holds no logic of its own.
/// </summary>
internal sealed class Workspace
{
    /// <summary>The release of the shipped UCDP GED file (the file does not name it; see data/NOTICE.md).</summary>
    public const string ShippedGedVersion = "22.1";

    public Workspace(string databasePath, string dataDirectory)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        DataDirectory = dataDirectory;
    }

    public string DatabasePath { get; }

    public string DataDirectory { get; }

    public string RejectsPath => RejectsFile.PathFor(DatabasePath);

    public string ShippedGedFile => Path.Combine(DataDirectory, "ucdp-ged", "conflict_data_pak.csv");

    public string TimelineFile => Path.Combine(DataDirectory, "timeline", "pak_afg_key_events.csv");

    public string FontFile => Path.Combine(DataDirectory, "fonts", "DejaVuSans.ttf");

    public string OutlinesFile => Path.Combine(DataDirectory, "geo", "outlines.geojson");

    public string NoticeFile => Path.Combine(DataDirectory, "NOTICE.md");

    /// <summary>The database used when <c>--db</c> is not given: <c>$CROSSCURRENTS_DB</c>, else
    /// <c>~/.local/share/crosscurrents/events.duckdb</c> (the user's local application data folder).</summary>
    public static string DefaultDatabasePath =>
        Environment.GetEnvironmentVariable("CROSSCURRENTS_DB") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "crosscurrents", "events.duckdb");

    /// <summary>The shipped data folder: <c>$CROSSCURRENTS_DATA</c>, else <c>data/</c> beside the program.</summary>
    public static string DefaultDataDirectory =>
        Environment.GetEnvironmentVariable("CROSSCURRENTS_DATA") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(AppContext.BaseDirectory, "data");

    public ActorRegistry LoadActors() => ActorRegistry.Load(Path.Combine(DataDirectory, "actors"));

    public Gazetteer LoadPlaces() => Gazetteer.Load(Path.Combine(DataDirectory, "places", "gazetteer.csv"));

    public Timeline LoadTimeline() => Timeline.Load(TimelineFile);

    public DuckDbEventStore OpenStore(bool readOnly = false) => DuckDbEventStore.Open(DatabasePath, readOnly);

    /// <summary>
    /// Imports the shipped UCDP file unless an earlier import already read these exact bytes, and stores the timeline.
    /// Returns the import summary, or null when nothing had to be imported.
    /// </summary>
    public ImportSummary? EnsureShippedData(IEventStore store, TimeProvider time, IProgress<double>? progress)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.ReplaceTimeline(LoadTimeline());
        string sha;
        using (var stream = File.OpenRead(ShippedGedFile))
        {
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        // The shipped reported figures (PICSS/PIPS, UCDP country-year) are reference data: replaced on every run.
        var reportedFolder = Path.Combine(DataDirectory, "reported");
        if (Directory.Exists(reportedFolder))
        {
            foreach (var file in Directory.GetFiles(reportedFolder, "*.csv").Order(StringComparer.Ordinal))
            {
                store.ReplaceReportedFigures(Path.GetFileName(file), Sources.Reported.ReportedImport.Read(file).Figures);
            }
        }

        if (store.Batches().Any(b => b.FileSha256 == sha))
        {
            return null;
        }

        var context = new ImportContext(ShippedGedFile, LoadActors(), LoadPlaces(), ShippedGedVersion);
        return EventImport.Run(ShippedGedFile, new UcdpGedImporter(), store, context, RejectsPath, time, progress);
    }
}
