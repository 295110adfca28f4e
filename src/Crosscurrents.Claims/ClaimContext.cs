using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;

namespace Crosscurrents.Claims;

/// <summary>What the checker reads: the store, the registry, the timeline and the stream definitions.</summary>
/// <param name="Store">The event store.</param>
/// <param name="Actors">The actor registry.</param>
/// <param name="Timeline">The timeline of ceasefires, talks, operations and strikes.</param>
/// <param name="Streams">The stream definitions (data/streams.csv).</param>
public sealed record ClaimContext(IEventStore Store, ActorRegistry Actors, Timeline Timeline, IReadOnlyList<StreamDefinition> Streams)
{
    /// <summary>Reported figures (PICSS, PIPS, UCDP country-year) used when events do not cover a claim's period.</summary>
    public IReadOnlyList<Core.Reported.ReportedFigure> Reported { get; init; } = [];
}
