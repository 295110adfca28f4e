using System.Globalization;
using Crosscurrents.Core.Events;
using Crosscurrents.Models.Comparisons;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Claims.Checks;

/// <summary><c>change</c>: whether the rate of a stream in period B against period A moved the claimed way.</summary>
/// <remarks>
/// The negative-binomial rate ratio of weekly counts, B against A, with its robust 95% interval
/// (<see cref="PeriodRateRatio"/>); weeks in both periods or in neither are left out. When events do not cover the
/// periods, the reported monthly figures give the mean per reported month in B against A with a Poisson interval
/// (<see cref="PoissonRateRatio"/>), which ignores overdispersion and is narrower; the reason says so.
/// </remarks>
public sealed class ChangeTest : ClaimTest<ChangeClaim>
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Change;

    /// <inheritdoc/>
    protected override ClaimVerdict Check(ChangeClaim claim, ClaimInputs inputs)
    {
        if (claim is not { From: { } aFrom, To: { } aTo, ThenFrom: { } bFrom, ThenTo: { } bTo })
        {
            return inputs.NotTestable(claim, "the change test needs from, to, then_from and then_to (periods A and B)");
        }

        var start = new[] { aFrom, bFrom }.Min();
        var end = new[] { aTo, bTo }.Max();
        if (inputs.Uncovered(claim, start, end) is { } why)
        {
            return Reported(claim, inputs, aFrom, aTo, bFrom, bTo) ?? inputs.NotTestable(claim, why);
        }

        var set = inputs.Counts(claim.Stream, start, end, TimeResolution.Week);
        var series = SeriesBuilder.Build(set, new SeriesOptions(TimeResolution.Week, claim.Measure, From: start, To: end), inputs.Context.Actors);
        var rows = series.PeriodStarts.Select((d, i) => (d, y: series.Groups[0].Best[i]))
            .Select(r => (r.y, inA: r.d >= aFrom && r.d <= aTo, inB: r.d >= bFrom && r.d <= bTo)).Where(r => r.inA != r.inB).ToList();
        var rr = PeriodRateRatio.NegativeBinomial(rows.Select(r => r.y).ToList(), rows.Select(r => r.inB).ToList());
        return inputs.Directional(claim, claim.Expect, rr.Estimate, rr.Lower, rr.Upper, $"rate ratio {rr.Estimate:0.00} (B against A)",
            string.Create(C, $"change test: negative-binomial regression of weekly {claim.Measure.Name()}, {bFrom:yyyy-MM-dd}–{bTo:yyyy-MM-dd} against {aFrom:yyyy-MM-dd}–{aTo:yyyy-MM-dd}, robust 95% interval"),
            set.Snapshot.Id, series);
    }

    /// <summary>The change test on a reported monthly series: missing months are left out and counted (null without months on both sides).</summary>
    private static ClaimVerdict? Reported(ChangeClaim claim, ClaimInputs inputs, DateOnly aFrom, DateOnly aTo, DateOnly bFrom, DateOnly bTo)
    {
        var (series, source) = inputs.ReportedMonthly(claim.Reported);
        var a = series.Months.Where(m => m.Month >= aFrom && m.Month <= aTo && m.Value is not null).Select(m => m.Value!.Value).ToList();
        var b = series.Months.Where(m => m.Month >= bFrom && m.Month <= bTo && m.Value is not null).Select(m => m.Value!.Value).ToList();
        if (a.Count == 0 || b.Count == 0 || a.Sum() == 0 || b.Sum() == 0)
        {
            return null;
        }

        var ratio = PoissonRateRatio.OfMeans(a, b);
        var monthsA = ((aTo.Year - aFrom.Year) * 12) + aTo.Month - aFrom.Month + 1;
        var monthsB = ((bTo.Year - bFrom.Year) * 12) + bTo.Month - bFrom.Month + 1;
        var verdict = inputs.Directional(claim, claim.Expect, ratio.Estimate, ratio.Lower, ratio.Upper, $"ratio {ratio.Estimate:0.00} (B against A, {source})",
            string.Create(C, $"change test on reported figures (events do not cover the periods): mean per reported month, {b.Count} of {monthsB} months in B against {a.Count} of {monthsA} in A; Poisson 95% interval, which ignores overdispersion"),
            ClaimInputs.ReportedSnapshot(series, source), null);
        return verdict with { Source = source };
    }
}
