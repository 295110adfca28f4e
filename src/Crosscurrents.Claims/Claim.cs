namespace Crosscurrents.Claims;

/// <summary>
/// A checkable claim, as written in a claim file (YAML): the fields every claim has. Each test kind has its own
/// record with the fields it needs (<see cref="PeakClaim"/>, <see cref="ChangeClaim"/>, <see cref="AfterVsBeforeClaim"/>,
/// <see cref="RegroupClaim"/>, <see cref="ExcitesClaim"/>, <see cref="DetersClaim"/>, <see cref="ShareClaim"/>,
/// <see cref="LinksClaim"/>); <see cref="ClaimFile"/> reads a file into them. See <c>docs/claims.md</c> for the
/// vocabulary with an example of each.
/// </summary>
public abstract record Claim
{
    /// <summary>The claim's id, unique in its file.</summary>
    public required string Id { get; init; }

    /// <summary>The claim as quoted.</summary>
    public required string Text { get; init; }

    /// <summary>The claim in a short phrase of the claim file's author (the brief's key judgements list it with its
    /// verdict); null when the file gives none.</summary>
    public string? Summary { get; init; }

    /// <summary>Which test decides the claim.</summary>
    public abstract ClaimKind Kind { get; }

    /// <summary>The test's name as claim files write it (<c>after-vs-before</c>).</summary>
    public string Test => Kind.Name();

    /// <summary>The start of the days the claim is about (peak: the years searched; change: period A); null for all the data.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The end of those days.</summary>
    public DateOnly? To { get; init; }

    /// <summary>When the claim was made: the verdict is then given twice, with what was known by that date and with all
    /// data now.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>A seed for the claim's randomised parts (bootstrap, placebos; default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The streams (data/streams.csv) the claim names, in the order stream, source, target.</summary>
    public abstract IReadOnlyList<string> StreamNames { get; }
}
