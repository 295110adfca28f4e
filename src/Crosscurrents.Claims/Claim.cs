namespace Crosscurrents.Claims;

/// <summary>
/// A checkable claim, as written in a claim file (YAML). Which fields matter depends on <see cref="Test"/>; see
/// <c>docs/claims.md</c> for the vocabulary with an example of each.
/// </summary>
public sealed record Claim
{
    public required string Id { get; init; }

    /// <summary>The claim as quoted.</summary>
    public required string Text { get; init; }

    /// <summary>peak, change, after-vs-before, excites, deters, share or links.</summary>
    public required string Test { get; init; }

    /// <summary>The stream the claim is about (data/streams.csv), for peak, change, after-vs-before and share.</summary>
    public string? Stream { get; init; }

    /// <summary>events or fatalities.</summary>
    public string Measure { get; init; } = "events";

    /// <summary>peak: the years the series is searched; change: period A.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>peak: the years where the maximum should fall.</summary>
    public int[]? ExpectYears { get; init; }

    /// <summary>change: period B, compared with period A (From–To).</summary>
    public DateOnly? ThenFrom { get; init; }

    public DateOnly? ThenTo { get; init; }

    /// <summary>increase or decrease (change, after-vs-before).</summary>
    public string? Expect { get; init; }

    /// <summary>after-vs-before: timeline kinds of the interventions.</summary>
    public string[]? Kinds { get; init; }

    /// <summary>after-vs-before and deters: window length (weeks for an event study, days for deters).</summary>
    public int Window { get; init; } = 4;

    /// <summary>excites, deters, links: the stream X that acts ...</summary>
    public string? Source { get; init; }

    /// <summary>... and the stream Y it acts on.</summary>
    public string? Target { get; init; }

    /// <summary>share: the actor whose share is measured, and the place and bounds.</summary>
    public string? Actor { get; init; }

    public string? Country { get; init; }

    public string[]? Provinces { get; init; }

    public double? AtLeast { get; init; }

    public double? AtMost { get; init; }

    /// <summary>links: against (fight each other) or co-located (active in the same district and month).</summary>
    public string? Relation { get; init; }

    /// <summary>When the claim was made: the verdict is then given twice, with what was known by that date and with all
    /// data now.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>peak and change: the reported series to use when events do not cover the claim's period, as
    /// publisher/measure/quantity (default PICSS/militant_attacks/attacks for Pakistan).</summary>
    public string? Reported { get; init; }

    /// <summary>A seed for the claim's randomised parts (bootstrap, placebos).</summary>
    public int Seed { get; init; } = 1;
}
