using Crosscurrents.Core.Events;

namespace Crosscurrents.Core.Coverage;

/// <summary>What one import of a dataset covers: the days it is complete for, the places and the kinds of events.</summary>
/// <param name="Dataset">The dataset name the events carry (<c>ucdp-ged</c>, <c>acled</c>, <c>news</c>, ...).</param>
/// <param name="Completeness">Complete, partial or sample.</param>
/// <param name="From">First day covered (null for a sample with no events).</param>
/// <param name="To">Last day covered.</param>
/// <param name="Countries">Country names covered (the events' <see cref="EventPlace.Country"/> spelling).</param>
/// <param name="Provinces">Provinces covered, or null for the whole of each country.</param>
/// <param name="Kinds">Violence types covered, or null for every kind.</param>
/// <param name="Origin">How it was set: <c>derived</c> from the file by the format's rule, or <c>stated</c> by the user.</param>
/// <param name="Rule">The rule or statement in words, e.g. "UCDP GED release: whole calendar years 1989–2021".</param>
public sealed record DatasetCoverage(
    string Dataset,
    Completeness Completeness,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string>? Provinces,
    IReadOnlyList<ViolenceType>? Kinds,
    string Origin,
    string Rule)
{
    /// <summary>True when this coverage makes periods countable (complete or partial, with days).</summary>
    public bool Counts => Completeness != Completeness.Sample && From is not null && To is not null;

    /// <summary>Whether this coverage speaks for a place and kind (not for the days).</summary>
    public bool Includes(CoverageScope scope, string country)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!Countries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        // A coverage limited to some provinces or kinds speaks only for a question limited to one of them.
        var placeOk = Provinces is null || (scope.Province is { } province && Provinces.Contains(province, StringComparer.OrdinalIgnoreCase));
        var kindOk = Kinds is null || (scope.Kind is { } kind && kind != ViolenceType.Unknown && Kinds.Contains(kind));
        return placeOk && kindOk;
    }

    /// <summary>"complete 1989-01-01..2021-12-31 in Pakistan" and the like.</summary>
    public string Describe()
    {
        var days = From is { } f && To is { } t ? $"{f:yyyy-MM-dd}..{t:yyyy-MM-dd}" : "no days";
        var where = string.Join(", ", Countries) + (Provinces is null ? "" : $" ({string.Join(", ", Provinces)})");
        var kinds = Kinds is null ? "" : $", {string.Join("/", Kinds.Select(k => k.ToString()))} only";
        return $"{Dataset}: {Completeness.ToString().ToLowerInvariant()} {days} in {(where.Length == 0 ? "no places" : where)}{kinds}";
    }
}

/// <summary>The places and kind a question is about: a country (null: every country a complete dataset covers),
/// a province within it, and a violence type (null: all).</summary>
public sealed record CoverageScope(string? Country = null, string? Province = null, ViolenceType? Kind = null)
{
    public static readonly CoverageScope Everywhere = new();

    /// <summary>The scope of an event filter.</summary>
    public static CoverageScope Of(EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new CoverageScope(filter.Country, filter.Province, filter.ViolenceType);
    }

    public override string ToString() =>
        (Country ?? "every covered country") + (Province is null ? "" : $" ({Province})") + (Kind is { } k ? $", {k} events" : "");
}
