namespace Crosscurrents.Claims;

/// <summary><c>test: excites</c>: events of <see cref="Source"/> trigger events of <see cref="Target"/> (the same stream for self-excitation).</summary>
public sealed record ExcitesClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Excites;

    /// <summary>The stream that acts.</summary>
    public required string Source { get; init; }

    /// <summary>The stream it acts on.</summary>
    public required string Target { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [Source, Target];
}
