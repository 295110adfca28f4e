using System.Globalization;

namespace Crosscurrents.Claims;

/// <summary>A base for the tests of one claim record type: checks the type, then calls <see cref="Check(TClaim, ClaimInputs)"/>.</summary>
/// <typeparam name="TClaim">The claim record the test decides.</typeparam>
public abstract class ClaimTest<TClaim> : IClaimTest
    where TClaim : Claim
{
    /// <inheritdoc/>
    public abstract ClaimKind Kind { get; }

    /// <inheritdoc/>
    public ClaimVerdict Check(Claim claim, ClaimInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(inputs);
        return claim is TClaim typed ? Check(typed, inputs)
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the {Kind.Name()} test checks {typeof(TClaim).Name}, not {claim.GetType().Name}"), nameof(claim));
    }

    /// <summary>Checks a claim of this test's record type.</summary>
    protected abstract ClaimVerdict Check(TClaim claim, ClaimInputs inputs);
}
