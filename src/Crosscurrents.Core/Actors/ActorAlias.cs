namespace Crosscurrents.Core.Actors;

/// <summary>A name a source uses for an actor, optionally valid only between two dates.</summary>
/// <param name="ActorId">The canonical actor.</param>
/// <param name="Source">Source family the alias applies to (<c>ucdp</c>, <c>acled</c>, <c>news</c>) or <c>*</c> for any.</param>
/// <param name="Name">The name as the source writes it.</param>
/// <param name="ValidFrom">First day the alias means this actor (inclusive), or null.</param>
/// <param name="ValidTo">Last day the alias means this actor (inclusive), or null.</param>
/// <remarks>Dated aliases let "Government of Afghanistan" mean the Islamic Republic before 15 Aug 2021 and the Taliban government after.</remarks>
public sealed record ActorAlias(string ActorId, string Source, string Name, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly date) => (ValidFrom is null || date >= ValidFrom) && (ValidTo is null || date <= ValidTo);
}
