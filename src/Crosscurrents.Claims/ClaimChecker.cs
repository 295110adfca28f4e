using Crosscurrents.Claims.Checks;

namespace Crosscurrents.Claims;

/// <summary>
/// Checks claims against the data by handing each to the test of its kind (<see cref="Tests"/>). Every verdict says
/// which test decided it and carries the effect, its 95% interval, the data snapshot and the span of the data; a claim
/// whose period the data do not cover is not testable, with the reason, and becomes testable when newer data are
/// imported, with no change to the claim.
/// </summary>
/// <remarks>
/// Rules: an interval entirely on the claimed side gives supported, entirely on the other side contradicted, and one
/// that admits both inconclusive. Each test states its statistics and assumptions: <see cref="PeakTest"/>,
/// <see cref="ChangeTest"/>, <see cref="AfterVsBeforeTest"/>, <see cref="RegroupTest"/>, <see cref="ExcitesTest"/>,
/// <see cref="DetersTest"/>, <see cref="ShareTest"/>, <see cref="LinksTest"/>. No model or count ever reads an
/// uncovered day as a day without violence: each claim sees only the longest run of days complete sources cover for
/// its streams and places inside its own window.
/// </remarks>
public static class ClaimChecker
{
    /// <summary>The test of every claim kind.</summary>
    public static IReadOnlyList<IClaimTest> Tests { get; } =
    [
        new PeakTest(), new ChangeTest(), new AfterVsBeforeTest(), new RegroupTest(), new ExcitesTest(), new DetersTest(), new ShareTest(), new LinksTest(),
    ];

    /// <summary>Checks every claim; a claim with an as-of date gets a second verdict with only what was known then.</summary>
    public static IReadOnlyList<ClaimVerdict> Check(IEnumerable<Claim> claims, ClaimContext context)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(context);
        var map = context.Store.CoverageMap();
        return claims.Select(claim =>
        {
            var scopes = ClaimInputs.Scopes(claim, context);
            var run = map.LongestRun(scopes, claim.From ?? DateOnly.MinValue, claim.To ?? DateOnly.MaxValue);
            var first = run?.From ?? DateOnly.MaxValue;
            var last = run?.To ?? DateOnly.MinValue;
            var coverage = string.Join("; ", scopes.Distinct().Select(map.Describe));
            var now = CheckOne(claim, new ClaimInputs(context, first, last, coverage, asOf: null));
            return claim.AsOf is { } asOf ? now with { AsOfVerdict = CheckOne(claim, AsOf(context, first, last, coverage, asOf)) } : now;
        }).ToList();
    }

    /// <summary>As of a date, only what was known then: events and figures for periods that ended before it.</summary>
    private static ClaimInputs AsOf(ClaimContext context, DateOnly first, DateOnly last, string coverage, DateOnly date)
    {
        last = last < date.AddDays(-1) ? last : date.AddDays(-1);
        return new ClaimInputs(context, first, last, $"{coverage}; as of {date:yyyy-MM-dd}: data to {last:yyyy-MM-dd}", date);
    }

    private static ClaimVerdict CheckOne(Claim claim, ClaimInputs inputs)
    {
        if (Tests.FirstOrDefault(t => t.Kind == claim.Kind) is not { } test)
        {
            return inputs.NotTestable(claim, $"unknown test '{claim.Test}'");
        }

        try
        {
            var verdict = test.Check(claim, inputs);
            return verdict.Verdict == Verdict.NotTestable || verdict.Source != "events" ? verdict : verdict with { Reason = verdict.Reason + inputs.MixWarning(claim) };
        }
        catch (ArgumentException ex)
        {
            return inputs.NotTestable(claim, $"the model could not be fitted: {ex.Message}");
        }
    }
}
