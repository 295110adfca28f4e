namespace Crosscurrents.Core.Places;

/// <summary>A gazetteer entry: a province or district with its coordinates and the names sources use for it.</summary>
/// <param name="Country">Country name.</param>
/// <param name="Level"><c>province</c> or <c>district</c>.</param>
/// <param name="Province">The (current) province the place lies in; for a province, its own name.</param>
/// <param name="Name">Current canonical name.</param>
/// <param name="Aliases">Other spellings and former names (e.g. <c>Khyber agency</c>, <c>D.I. Khan</c>).</param>
/// <param name="Latitude">Representative latitude (median of the events located there, or a centroid).</param>
/// <param name="Longitude">Representative longitude.</param>
/// <param name="FormerProvince">The pre-2018 unit, <c>Federally Administered Tribal Areas</c>, for the merged agencies.</param>
/// <param name="FormerName">The pre-2018 name (e.g. <c>Khyber Agency</c>).</param>
public sealed record Place(
    string Country,
    string Level,
    string Province,
    string Name,
    IReadOnlyList<string> Aliases,
    double? Latitude,
    double? Longitude,
    string? FormerProvince,
    string? FormerName)
{
    public bool IsProvince => Level == "province";
}
