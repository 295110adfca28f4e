using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;

namespace Crosscurrents.Testing.Fixtures;

/// <summary>The repository's shipped data, found by walking up from the running assembly to <c>Crosscurrents.slnx</c>.</summary>
public static class RepositoryData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Crosscurrents.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Crosscurrents.slnx above {AppContext.BaseDirectory}");
    });

    private static readonly Lazy<ActorRegistry> LazyActors = new(() => ActorRegistry.Load(Path.Combine(DataDirectory, "actors")));
    private static readonly Lazy<Gazetteer> LazyPlaces = new(() => Gazetteer.Load(Path.Combine(DataDirectory, "places", "gazetteer.csv")));

    public static string RepositoryRoot => Root.Value;

    public static string DataDirectory => Path.Combine(Root.Value, "data");

    public static string ShippedGedFile => Path.Combine(DataDirectory, "ucdp-ged", "conflict_data_pak.csv");

    public static string TimelineFile => Path.Combine(DataDirectory, "timeline", "pak_afg_key_events.csv");

    public static ActorRegistry Actors => LazyActors.Value;

    public static Gazetteer Places => LazyPlaces.Value;

    public static Timeline LoadTimeline() => Timeline.Load(TimelineFile);
}
