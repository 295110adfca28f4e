namespace Crosscurrents.Claims;

/// <summary><c>test: links</c>: the groups behind <see cref="Source"/> and <see cref="Target"/> are linked, in the sense of <see cref="Relation"/>.</summary>
public sealed record LinksClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Links;

    /// <summary>One stream.</summary>
    public required string Source { get; init; }

    /// <summary>The other.</summary>
    public required string Target { get; init; }

    /// <summary>What the link is.</summary>
    public required LinkRelation Relation { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [Source, Target];
}
