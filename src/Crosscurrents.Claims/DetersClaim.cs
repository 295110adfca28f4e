namespace Crosscurrents.Claims;

/// <summary><c>test: deters</c>: in the <see cref="Window"/> days after events of <see cref="Source"/>, <see cref="Target"/> runs below its usual rate.</summary>
public sealed record DetersClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Deters;

    /// <summary>The stream that acts (the strikes).</summary>
    public required string Source { get; init; }

    /// <summary>The stream it is said to deter.</summary>
    public required string Target { get; init; }

    /// <summary>Days after each source event (1 to <see cref="ClaimFile.MaxWindow"/>; default 4).</summary>
    public int Window { get; init; } = 4;

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [Source, Target];
}
