namespace Crosscurrents.Claims;

/// <summary><c>test: share</c>: events with <see cref="Actor"/> (or its factions) as a side make up at least <see cref="AtLeast"/> and/or at most <see cref="AtMost"/> of all events in a place.</summary>
public sealed record ShareClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Share;

    /// <summary>The actor (id or alias in the registry).</summary>
    public required string Actor { get; init; }

    /// <summary>The country (null: anywhere).</summary>
    public string? Country { get; init; }

    /// <summary>Provinces of the country (null: all).</summary>
    public IReadOnlyList<string>? Provinces { get; init; }

    /// <summary>Lower bound of the share, 0 to 1.</summary>
    public double? AtLeast { get; init; }

    /// <summary>Upper bound of the share, 0 to 1.</summary>
    public double? AtMost { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [];
}
