namespace Crosscurrents.Core.Events;

/// <summary>Where an event happened, normalised to the gazetteer, with the names the source used.</summary>
/// <param name="Country">Country name, e.g. <c>Pakistan</c>.</param>
/// <param name="Province">Normalised first-level unit (FATA events since the 2018 merger read <c>Khyber Pakhtunkhwa</c>).</param>
/// <param name="District">Normalised district (the FATA agency's post-2018 district name).</param>
/// <param name="PlaceName">The village, town or other named place, when given.</param>
/// <param name="SourceProvince">The first-level name as the source gave it (e.g. <c>Federally Administered Tribal Areas</c>).</param>
/// <param name="SourceDistrict">The second-level name as the source gave it (e.g. <c>Khyber agency</c>).</param>
/// <param name="Latitude">WGS84 latitude, null when the source has none.</param>
/// <param name="Longitude">WGS84 longitude.</param>
/// <param name="Precision">UCDP <c>where_prec</c> (1 exact place … 7 country) or the source's own code.</param>
public readonly record struct EventPlace(
    string Country,
    string? Province,
    string? District,
    string? PlaceName,
    string? SourceProvince,
    string? SourceDistrict,
    double? Latitude,
    double? Longitude,
    int? Precision);
