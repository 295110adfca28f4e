using System.Security.Cryptography;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Store;
using Crosscurrents.Store.DuckDb;

namespace Crosscurrents.Analysis;

/// <summary>
/// Where things are: the shipped data folder (registry, gazetteer, timeline, UCDP file, font, outlines) and the
/// database. Composes the pieces; holds no logic of its own.
/// </summary>
public sealed class Workspace
{
    /// <summary>The release of the shipped UCDP GED file (the file does not name it; see data/NOTICE.md).</summary>
    public const string ShippedGedVersion = "22.1";

    public Workspace(string databasePath, string dataDirectory)
    {
        // A PostgreSQL connection string or URL is kept as given (and shown without its password); a DuckDB file path
        // is made absolute.
        _location = EventStores.IsServer(databasePath) ? databasePath : Path.GetFullPath(databasePath);
        DatabasePath = EventStores.Describe(_location);
        DataDirectory = dataDirectory;
    }

    private readonly string _location;

    /// <summary>The DuckDB file, or for a PostgreSQL store its server and database without the password (for messages).</summary>
    public string DatabasePath { get; }

    public string DataDirectory { get; }

    /// <summary>True for a PostgreSQL store, false for a DuckDB file.</summary>
    public bool IsServerStore => EventStores.IsServer(_location);

    /// <summary>The rejects file beside a DuckDB file; empty for a PostgreSQL store, which keeps its rejects in the database.</summary>
    public string RejectsPath => IsServerStore ? "" : RejectsFile.PathFor(_location);

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

    /// <summary>The claim file the program ships (claims/op-ed-2024.yaml beside it), or null when it is missing.</summary>
    public static string? ShippedClaimFile =>
        Path.Combine(AppContext.BaseDirectory, "claims", "op-ed-2024.yaml") is var file && File.Exists(file) ? file : null;

    /// <summary>The policy options the program ships (scenarios/*.yaml beside it, the status quo left out: every run has it).</summary>
    public static IReadOnlyList<string> ShippedScenarioFiles =>
        Path.Combine(AppContext.BaseDirectory, "scenarios") is var folder && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Where(f => !f.EndsWith("status-quo.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];

    public ActorRegistry LoadActors() => ActorRegistry.Load(Path.Combine(DataDirectory, "actors"));

    public Gazetteer LoadPlaces() => Gazetteer.Load(Path.Combine(DataDirectory, "places", "gazetteer.csv"));

    public Timeline LoadTimeline() => Timeline.Load(TimelineFile);

    /// <summary>Whether a store that has never had the shipped data gets them on first use (false: <c>--no-shipped-data</c>).</summary>
    public bool LoadShippedData { get; init; } = true;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Runs long work with progress (a bar on a terminal, plain lines otherwise).</summary>
    public Func<string, Func<IProgress<double>, ImportSummary?>, ImportSummary?> WithProgress { get; init; } = (_, work) => work(new Progress<double>());

    /// <summary>Where one-line notices go (the error stream in the CLI).</summary>
    public Action<string> Notice { get; init; } = _ => { };

    /// <summary>The setting that records whether the shipped data were loaded into a store (<c>loaded</c>) or declined.</summary>
    public const string ShippedDataSetting = "shipped-data";

    /// <summary>
    /// Opens the store. A store that has never had the shipped data (a new file, or one made before the setting
    /// existed) first gets them — events, timeline and reported figures — so <c>import</c>, <c>brief</c> and every
    /// analysis see the same state; with <c>--no-shipped-data</c> a new store starts empty and stays so.
    /// </summary>
    public IEventStore OpenStore(bool readOnly = false)
    {
        if (!readOnly)
        {
            // A writer opens the store once, read-write (so a DuckDB file held by another process is refused with the
            // writer's message), and loads the shipped data into it when it never had them.
            var writable = EventStores.Open(_location, readOnly: false, Holder);
            try
            {
                LoadShippedDataOnce(writable);
                return writable;
            }
            catch
            {
                writable.Dispose();
                throw;
            }
        }

        // A PostgreSQL connection string or URL (Host=...;Database=... or postgres://) opens the server store.
        if (IsServerStore || !File.Exists(_location) || NeedsShippedData())
        {
            using var store = EventStores.Open(_location, readOnly: false, Holder);
            LoadShippedDataOnce(store);
        }

        return EventStores.Open(_location, readOnly: true, Holder);
    }

    /// <summary>What this process is (<c>crosscurrents import</c>), recorded beside a DuckDB file while it writes to it
    /// so that another process refused the file is told who holds it.</summary>
    public string? Command { get; init; }

    /// <summary>Where this process serves the store (<c>crosscurrents serve</c>), recorded with <see cref="Command"/>.</summary>
    public string? ServerUrl { get; init; }

    private StoreHolder? Holder => Command is { } command ? new StoreHolder(command, ServerUrl) : null;

    /// <summary>
    /// Prepares the store for a server (creating it, with the shipped data unless declined). A DuckDB file is opened for
    /// writing and held until the result is disposed, so imports go through the server and another process is told
    /// the server holds the file; PostgreSQL has many writers, and nothing is held (null).
    /// </summary>
    public IDisposable? Hold()
    {
        if (IsServerStore)
        {
            OpenStore(readOnly: true).Dispose();
            return null;
        }

        return OpenStore(readOnly: false);
    }

    private void LoadShippedDataOnce(IEventStore store)
    {
        if (store.Setting(ShippedDataSetting) is not null)
        {
            return;
        }

        if (!LoadShippedData)
        {
            store.SetSetting(ShippedDataSetting, "declined");
            return;
        }

        var summary = WithProgress("loading the shipped data (UCDP GED 22.1 Pakistan, timeline, reported figures)", progress => EnsureShippedData(store, Time, progress));
        if (summary is not null)
        {
            Notice($"loaded the shipped data into {DatabasePath}: {summary.Counts.Imported:N0} UCDP GED {ShippedGedVersion} events ({summary.Coverage?.Describe()}), the timeline and the reported figures");
        }
    }

    /// <summary>Opens the store (see <see cref="OpenStore"/>) with an analysis context over it.</summary>
    public AnalysisSession Open(bool readOnly = true) => new(OpenStore(readOnly), this);

    private bool NeedsShippedData()
    {
        using var store = DuckDbEventStore.Open(_location, readOnly: true);
        return store.SchemaVersion < DuckDbEventStore.CurrentSchemaVersion || store.Setting(ShippedDataSetting) is null;
    }

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
            store.SetSetting(ShippedDataSetting, "loaded");
            return null;
        }

        var context = new ImportContext(ShippedGedFile, LoadActors(), LoadPlaces(), ShippedGedVersion);
        var summary = EventImport.Run(ShippedGedFile, new UcdpGedImporter(), store, context, RejectsPath, time, progress);
        store.SetSetting(ShippedDataSetting, "loaded");
        return summary;
    }
}
