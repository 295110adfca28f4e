using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Places;

namespace Crosscurrents.Analysis.Reference;

/// <summary>An actor of the registry with its aliases.</summary>
public sealed record ActorRow(string Id, string Name, string? Parent, string Role, string? Country, IReadOnlyList<AliasRow> Aliases, string? Description);

/// <summary>A name a source uses for an actor, and when.</summary>
public sealed record AliasRow(string Source, string Alias, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>The reference data: actor registry, gazetteer and timeline, as lists.</summary>
public static class ReferenceAnalysis
{
    public static IReadOnlyList<ActorRow> Actors(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var registry = context.Actors;
        return registry.Actors.Select(a => new ActorRow(a.Id, a.Name, a.ParentId, a.Role, a.Country,
            registry.Aliases.Where(x => x.ActorId == a.Id).Select(x => new AliasRow(x.Source, x.Name, x.ValidFrom, x.ValidTo)).ToList(), a.Description)).ToList();
    }

    public static IReadOnlyList<Place> Places(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Places.Places;
    }

    /// <summary>The timeline, or its entries of one kind.</summary>
    public static IReadOnlyList<Period> Periods(AnalysisContext context, string? kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        return kind is null ? context.Timeline.Periods.ToList() : context.Timeline.OfKind(kind).ToList();
    }
}
