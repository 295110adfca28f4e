using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims;

/// <summary><c>test: after-vs-before</c>: the rate of a stream in the weeks after timeline interventions of some kinds, against the weeks before, moved the <see cref="Expect"/>ed way.</summary>
public sealed record AfterVsBeforeClaim : Claim
{
    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.AfterVsBefore;

    /// <summary>The stream.</summary>
    public required string Stream { get; init; }

    /// <summary>Events or fatalities (default events).</summary>
    public Measure Measure { get; init; } = Measure.Events;

    /// <summary>Timeline kinds of the interventions (<c>ceasefire_end</c>, <c>cross_border_strike</c>, ...).</summary>
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>The claimed direction.</summary>
    public required ChangeDirection Expect { get; init; }

    /// <summary>Weeks either side of each intervention (1 to <see cref="ClaimFile.MaxWindow"/>; default 4).</summary>
    public int Window { get; init; } = 4;

    /// <inheritdoc/>
    public override IReadOnlyList<string> StreamNames => [Stream];
}
