using System.Globalization;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Models.Comparisons;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>share</c>: the share of a place's events that have the actor (or a faction) as a side, against the claimed bounds.</summary>
/// <remarks>
/// The Wilson 95% interval of the share (<see cref="CountInterval.Wilson"/>) with the effective number of events:
/// events come in clusters (one operation reported as several events, all with the same actor), so the events are
/// grouped by calendar week and the variance of the share across weeks (the ratio estimator's) gives a design effect
/// deff = max(1, v / (p(1 − p)/n)); the interval is Wilson's at n / deff events. Supported when the whole interval meets the
/// bounds, contradicted when it lies wholly beyond one of them. Taking events as independent gave false verdicts in
/// 15–25% of simulated worlds with clusters of 1–6 events (benchmarks/results/claims-calibration.md).
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
        // Incidents per week and province, all and those with the actor (or a faction) as a side, counted in the store.
        var family = context.Actors.WithDescendants(context.Actors.Lookup(claim.Actor)!.Id);
        bool InProvinces(string? province) => claim.Provinces is null || claim.Provinces.Contains(province ?? "", StringComparer.OrdinalIgnoreCase);
        bool InPlace(EventCountRow r) => InProvinces(r.Province);
        var request = new CountRequest(TimeResolution.Week, CountKey.Province);
        var all = context.Store.Count(filter, request);
        var weeks = all.Rows.Where(InPlace).GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Sum(r => r.Events));
        var withActor = context.Store.Count(filter with { ActorIds = family }, request).Rows.Where(InPlace).GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Sum(r => r.Events));
        var where = $"{claim.Country ?? "anywhere"}{(claim.Provinces is null ? "" : " (" + string.Join(", ", claim.Provinces) + ")")}";
        var n = (int)weeks.Values.Sum();
        if (n == 0)
        {
            return inputs.NotTestable(claim, $"no events located in {where} between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} in the data ({inputs.Coverage})");
        }

        var k = (int)withActor.Values.Sum();
        var deff = DesignEffect(weeks.Select(w => ((int)withActor.GetValueOrDefault(w.Key), (int)w.Value)).ToList(), k, n);
        var effective = Math.Max(1, (int)Math.Round(n / deff));
        var share = CountInterval.Wilson((int)Math.Round((double)k * effective / n), effective) with { Estimate = (double)k / n };
        var (lower, upper) = (share.Lower, share.Upper);
        var supported = (claim.AtLeast is null || lower >= claim.AtLeast) && (claim.AtMost is null || upper <= claim.AtMost);
        var contradicted = (claim.AtLeast is not null && upper < claim.AtLeast) || (claim.AtMost is not null && lower > claim.AtMost);
        // The snapshot names the events counted: those of the filter, or of the filter's events in the claim's provinces (streamed).
        var snapshot = (claim.Provinces is null ? all.Snapshot
            : Core.Snapshots.DataSnapshot.OfEvents(context.Store.Stream(filter)
                .Where(e => InProvinces(e.Place.Province)).Select(EventContentHash.Compute))).Id;
        return new ClaimVerdict(claim, supported ? Verdict.Supported : contradicted ? Verdict.Contradicted : Verdict.Inconclusive,
            $"share {share.Estimate:P1} ({k:N0} of {n:N0} events)", share.Estimate, lower, upper,
            string.Create(C, $"share test: events with {claim.Actor} (or its factions) as a side among all events in {where}, {from:yyyy-MM-dd}–{to:yyyy-MM-dd}; Wilson 95% interval at the effective number of events ({effective:N0}: events grouped by week, design effect {deff:0.0}) against {(claim.AtLeast is { } a ? $"at least {a:P0}" : "")}{(claim.AtLeast is not null && claim.AtMost is not null ? " and " : "")}{(claim.AtMost is { } m ? $"at most {m:P0}" : "")}"),
            snapshot, inputs.Coverage);
    }

    /// <summary>
    /// Kish's design effect of a share k/n estimated from clusters (weeks): the ratio estimator's variance across
    /// clusters, c/(c − 1) Σ (k_w − p n_w)² / n², over the binomial p(1 − p)/n; at least 1.
    /// </summary>
    internal static double DesignEffect(IReadOnlyList<(int K, int N)> clusters, int k, int n)
    {
        var p = (double)k / n;
        var c = clusters.Count;
        if (c < 2 || p is 0 or 1)
        {
            return 1;
        }

        var v = c / (c - 1.0) * clusters.Sum(w => Math.Pow(w.K - (p * w.N), 2)) / ((double)n * n);
        return Math.Max(1, v / (p * (1 - p) / n));
    }
}
