namespace Crosscurrents.Claims;

/// <summary>One kind of claim test: given a claim of its kind and what the checker read, the verdict.</summary>
/// <remarks>
/// Implementations (in <c>Checks/</c>, one per kind) hold the rule that turns an estimate into a verdict and the
/// wording of the reason; the statistics they rest on live in <c>Crosscurrents.Models</c>. A test never throws for
/// a claim the data cannot decide: it returns <see cref="Verdict.NotTestable"/> with the reason.
/// </remarks>
public interface IClaimTest
{
    /// <summary>The kind of claim this test decides.</summary>
    ClaimKind Kind { get; }

    /// <summary>Checks one claim of <see cref="Kind"/>.</summary>
    /// <exception cref="ArgumentException">The claim is of another kind.</exception>
    ClaimVerdict Check(Claim claim, ClaimInputs inputs);
}
