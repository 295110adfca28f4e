namespace Crosscurrents.Claims;

/// <summary><c>test: regroup</c>: a group uses talks and ceasefires to regroup, so violence after they end exceeds violence before they began.</summary>
public sealed record RegroupClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Regroup;

    /// <summary>The stream whose violence is counted.</summary>
    public required string Stream { get; init; }

    /// <summary>The group whose talks and ceasefires count (default the stream's actor).</summary>
    public string? Actor { get; init; }

    /// <summary>Timeline kinds of the episodes (default negotiation, ceasefire, ceasefire_end).</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>Weeks before each episode began and after it ended (default 4); entries closer than this are one episode.</summary>
    public int Window { get; init; } = 4;

    /// <summary>The claimed direction (increase: regrouping).</summary>
    public required ChangeDirection Expect { get; init; }

    /// <summary>The reported series used for episodes the events do not cover, as publisher/measure/quantity (default PICSS/militant_attacks/attacks).</summary>
    public string? Reported { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [Stream];
}
