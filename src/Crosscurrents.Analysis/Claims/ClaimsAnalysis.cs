using System.Text.Json.Serialization;
using Crosscurrents.Claims;

namespace Crosscurrents.Analysis.Claims;

/// <summary>The verdicts on a claim file, each with its effect, interval, data and, for an <c>as_of</c> claim, the verdict then.</summary>
public sealed record ClaimsResult(string File, IReadOnlyList<ClaimRow> Claims)
{
    /// <summary>The verdicts themselves, for charts and the brief.</summary>
    [JsonIgnore]
    public IReadOnlyList<ClaimVerdict> Verdicts { get; init; } = [];
}

/// <summary>One claim's verdict.</summary>
public sealed record ClaimRow(string Id, string Text, string Test, string Verdict, string Effect, double? Estimate, IReadOnlyList<double?>? Ci95,
    string Reason, string? Snapshot, string? Coverage, string? Source, ClaimAsOfRow? AsOf)
{
    /// <summary>For a test on a Hawkes fit: whether another candidate background (trend knots) gives a different verdict.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? DependsOnBackground { get; init; }
}

/// <summary>The verdict with the data known at the claim's date.</summary>
public sealed record ClaimAsOfRow(DateOnly Date, string Verdict, string Effect, double? Estimate, IReadOnlyList<double?>? Ci95, string Reason, string? Source);

/// <summary>Checks analysts' claims against the store.</summary>
public static class ClaimsAnalysis
{
    public static ClaimsResult Check(AnalysisContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = ClaimFile.Load(path, context.StreamCatalog, context.Actors, context.Places);
        var verdicts = ClaimChecker.Check(claims, new ClaimContext(context.Store, context.Actors, context.Timeline, context.StreamCatalog) { Reported = context.Store.ReportedFigures() });
        return new ClaimsResult(path, verdicts.Select(v => new ClaimRow(v.Claim.Id, v.Claim.Text, v.Claim.Test, v.Verdict.Text(), v.Effect, v.Estimate,
            v.Lower is null ? null : [v.Lower, v.Upper], v.Reason, v.Snapshot, v.Coverage, v.Source,
            v.AsOfVerdict is { } a ? new ClaimAsOfRow(v.Claim.AsOf!.Value, a.Verdict.Text(), a.Effect, a.Estimate, a.Lower is null ? null : [a.Lower, a.Upper], a.Reason, a.Source) : null)
        {
            DependsOnBackground = v.Hawkes is null ? null : v.DependsOnBackground,
        }).ToList())
        {
            Verdicts = verdicts,
        };
    }
}
