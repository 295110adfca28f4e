using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims;

/// <summary><c>test: peak</c>: the maximum of the yearly series of a stream, searched from <see cref="Claim.From"/> to <see cref="Claim.To"/>, falls in <see cref="ExpectYears"/>.</summary>
public sealed record PeakClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Peak;

    /// <summary>The stream.</summary>
    public required string Stream { get; init; }

    /// <summary>Events or fatalities (default events).</summary>
    public Measure Measure { get; init; } = Measure.Events;

    /// <summary>The years where the maximum should fall.</summary>
    public required IReadOnlyList<int> ExpectYears { get; init; }

    /// <summary>The reported series used when events do not cover the years, as publisher/measure/quantity (default PICSS/militant_attacks/attacks).</summary>
    public string? Reported { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [Stream];
}
