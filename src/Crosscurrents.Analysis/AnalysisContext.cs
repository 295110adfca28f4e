using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;

namespace Crosscurrents.Analysis;

/// <summary>
/// What every analysis runs on: the store, the reference data of the workspace (actor registry, gazetteer, timeline,
/// stream catalog, each read once on first use) and the clock. Front ends create one per request and pass it on.
/// </summary>
public sealed class AnalysisContext
{
    private readonly Lazy<ActorRegistry> _actors;
    private readonly Lazy<Gazetteer> _places;
    private readonly Lazy<Timeline> _timeline;
    private readonly Lazy<IReadOnlyList<StreamDefinition>> _streams;

    private readonly IEventStore? _store;

    /// <summary>A context over <paramref name="store"/>; without one (null), only the reference data can be read.</summary>
    public AnalysisContext(IEventStore? store, Workspace workspace, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _store = store;
        Workspace = workspace;
        Time = time ?? workspace.Time;
        _actors = new(workspace.LoadActors);
        _places = new(workspace.LoadPlaces);
        _timeline = new(workspace.LoadTimeline);
        _streams = new(() => StreamDefinition.Load(Path.Combine(workspace.DataDirectory, "streams.csv")));
    }

    public IEventStore Store => _store ?? throw new InvalidOperationException("this analysis context has no store open");

    public Workspace Workspace { get; }

    public TimeProvider Time { get; }

    public ActorRegistry Actors => _actors.Value;

    public Gazetteer Places => _places.Value;

    /// <summary>The timeline file of the workspace (the store keeps a copy for SQL users).</summary>
    public Timeline Timeline => _timeline.Value;

    /// <summary>The stream catalog (data/streams.csv).</summary>
    public IReadOnlyList<StreamDefinition> StreamCatalog => _streams.Value;
}
