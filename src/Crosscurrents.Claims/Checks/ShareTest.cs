using System.Globalization;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Models.Comparisons;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>share</c>: the share of a place's events that have the actor (or a faction) as a side, against the claimed bounds.</summary>
/// <remarks>
/// The Wilson 95% interval of the share (<see cref="CountInterval.Wilson"/>), taking incidents as independent:
/// supported when the whole interval meets the bounds, contradicted when it lies wholly beyond one of them.
/// </remarks>
public sealed class ShareTest : ClaimTest<ShareClaim>
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Share;

    /// <inheritdoc/>
    protected override ClaimVerdict Check(ShareClaim claim, ClaimInputs inputs)
    {
        if (inputs.NothingCovered(claim) is { } untestable)
        {
            return untestable;
        }

        var (from, to) = (inputs.First, inputs.Last);
        var context = inputs.Context;
        var filter = EventFilter.All with { From = from, To = to, Country = claim.Country };
        var events = context.Store.Query(filter).Incidents()
            .Where(e => claim.Provinces is null || claim.Provinces.Contains(e.Place.Province ?? "", StringComparer.OrdinalIgnoreCase)).ToList();
        var where = $"{claim.Country ?? "anywhere"}{(claim.Provinces is null ? "" : " (" + string.Join(", ", claim.Provinces) + ")")}";
        if (events.Count == 0)
        {
            return inputs.NotTestable(claim, $"no events located in {where} between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} in the data ({inputs.Coverage})");
        }

        var family = context.Actors.WithDescendants(context.Actors.Lookup(claim.Actor)!.Id);
        var n = events.Count;
        var k = events.Count(e => family.Contains(e.SideA.ActorId ?? "") || family.Contains(e.SideB.ActorId ?? ""));
        var share = CountInterval.Wilson(k, n);
        var (lower, upper) = (share.Lower, share.Upper);
        var supported = (claim.AtLeast is null || lower >= claim.AtLeast) && (claim.AtMost is null || upper <= claim.AtMost);
        var contradicted = (claim.AtLeast is not null && upper < claim.AtLeast) || (claim.AtMost is not null && lower > claim.AtMost);
        var snapshot = Core.Snapshots.DataSnapshot.OfEvents(events.Select(EventContentHash.Compute)).Id;
        return new ClaimVerdict(claim, supported ? Verdict.Supported : contradicted ? Verdict.Contradicted : Verdict.Inconclusive,
            $"share {share.Estimate:P1} ({k:N0} of {n:N0} events)", share.Estimate, lower, upper,
            string.Create(C, $"share test: events with {claim.Actor} (or its factions) as a side among all events in {where}, {from:yyyy-MM-dd}–{to:yyyy-MM-dd}; Wilson 95% interval against {(claim.AtLeast is { } a ? $"at least {a:P0}" : "")}{(claim.AtLeast is not null && claim.AtMost is not null ? " and " : "")}{(claim.AtMost is { } m ? $"at most {m:P0}" : "")}"),
            snapshot, inputs.Coverage);
    }
}
