using System.Globalization;
using Crosscurrents.Core.Events;
using Crosscurrents.Models.Comparisons;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>peak</c>: whether the maximum of the yearly series falls in the stated years.</summary>
/// <remarks>
/// A parametric (Poisson) bootstrap of the yearly series (<see cref="PeakBootstrap"/>, 1,000 replications, the claim's
/// seed) gives the probability that the maximum falls in the stated years: at least 0.95 supported, at most 0.05
/// contradicted, inconclusive between; the interval is the 95% range of the peak year. When events do not cover the
/// years, the yearly reported figures (the published annual total, else the sum of a complete year's months) known by
/// the as-of date are used instead; years without a figure are left out and named.
/// </remarks>
public sealed class PeakTest : ClaimTest<PeakClaim>
{
    private const int Replications = 1000;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Peak;

    /// <inheritdoc/>
    protected override ClaimVerdict Check(PeakClaim claim, ClaimInputs inputs)
    {
        if (claim.From is not { } from || claim.To is not { } to)
        {
            return inputs.NotTestable(claim, "the peak test needs from and to (the years searched)");
        }

        if (inputs.Uncovered(claim, from, to) is { } why)
        {
            return Reported(claim, inputs, from, to) ?? inputs.NotTestable(claim, why);
        }

        var set = inputs.Counts(claim.Stream, from, to, TimeResolution.Year);
        var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Year, claim.Measure, From: from, To: to), inputs.Context.Actors);
        var values = series.Groups[0].Best;
        var years = series.PeriodStarts.Select(d => d.Year).ToArray();
        var boot = PeakBootstrap.Run(values, Replications, claim.Seed);
        var probability = boot.Probability(i => claim.ExpectYears.Contains(years[i]));
        var range = boot.Range95();
        var peak = years[boot.Peak];
        return new ClaimVerdict(claim, Rule(probability), $"peak in {peak} ({values.Max():N0} {claim.Measure.Name()})", peak, years[range.Lower], years[range.Upper],
            string.Create(C, $"peak test: the maximum of the yearly series {from.Year}–{to.Year} falls in {string.Join(" or ", claim.ExpectYears)} in {probability:P0} of 1,000 Poisson bootstrap replications (supported ≥ 95%, contradicted ≤ 5%); the interval is the 95% range of the peak year"),
            set.Snapshot.Id, inputs.Coverage) { Series = series };
    }

    private static Verdict Rule(double probability) => probability >= 0.95 ? Verdict.Supported : probability <= 0.05 ? Verdict.Contradicted : Verdict.Inconclusive;

    /// <summary>The peak test on a reported series (null when it has fewer than two yearly values in the window).</summary>
    private static ClaimVerdict? Reported(PeakClaim claim, ClaimInputs inputs, DateOnly from, DateOnly to)
    {
        var spec = ClaimInputs.ReportedSpec(claim.Reported);
        var series = Series.Reported.ReportedSeriesBuilder.Build(
            inputs.Context.Reported.Where(f => inputs.AsOf is null || f.PeriodEnd.AddMonths(1) <= inputs.AsOf.Value),
            new Series.Reported.ReportedSeriesOptions(spec[0], spec[1], spec[2]));
        var years = series.Years.Where(y => y.Year >= from.Year && y.Year <= to.Year && (y.PublishedTotal ?? y.SumOfMonths) is not null)
            .Select(y => (y.Year, Value: (y.PublishedTotal ?? y.SumOfMonths)!.Value)).ToList();
        if (years.Count < 2)
        {
            return null;
        }

        var missing = Enumerable.Range(from.Year, to.Year - from.Year + 1).Except(years.Select(y => y.Year)).ToList();
        var values = years.Select(y => y.Value).ToArray();
        var boot = PeakBootstrap.Run(values, Replications, claim.Seed);
        var probability = boot.Probability(i => claim.ExpectYears.Contains(years[i].Year));
        var range = boot.Range95();
        var peak = years[boot.Peak].Year;
        var source = $"{spec[0]} {spec[1]} ({spec[2]}), reported";
        return new ClaimVerdict(claim, Rule(probability), $"peak in {peak} ({values.Max():N0} {spec[2]}, {source})", peak, years[range.Lower].Year, years[range.Upper].Year,
            string.Create(C, $"peak test on reported figures (events do not cover {from.Year}–{to.Year}): yearly {source} figures for {string.Join(", ", years.Select(y => $"{y.Year}: {y.Value:N0}"))}{(missing.Count > 0 ? $"; no complete figure for {string.Join(", ", missing)}" : "")}{(inputs.AsOf is { } d ? $"; only figures for periods that ended before {d:yyyy-MM-dd}" : "")}; the maximum falls in {string.Join(" or ", claim.ExpectYears)} in {probability:P0} of 1,000 Poisson bootstrap replications"),
            Core.Snapshots.DataSnapshot.Compute(years.Select(y => ($"{source}:{y.Year}", y.Value.ToString("R", C)))).Id, inputs.Coverage) { Source = source };
    }
}
