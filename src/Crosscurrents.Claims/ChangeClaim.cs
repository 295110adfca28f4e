using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims;

/// <summary><c>test: change</c>: the rate of a stream in period B (<see cref="ThenFrom"/>–<see cref="ThenTo"/>) against period A (<see cref="Claim.From"/>–<see cref="Claim.To"/>) moved the <see cref="Expect"/>ed way.</summary>
public sealed record ChangeClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Change;

    /// <summary>The stream.</summary>
    public required string Stream { get; init; }

    /// <summary>Events or fatalities (default events).</summary>
    public Measure Measure { get; init; } = Measure.Events;

    /// <summary>The start of period B.</summary>
    public DateOnly? ThenFrom { get; init; }

    /// <summary>The end of period B.</summary>
    public DateOnly? ThenTo { get; init; }

    /// <summary>The claimed direction.</summary>
    public required ChangeDirection Expect { get; init; }

    /// <summary>The reported series used when events do not cover the periods, as publisher/measure/quantity (default PICSS/militant_attacks/attacks).</summary>
    public string? Reported { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [Stream];
}
