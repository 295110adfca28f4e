using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Crosscurrents.Core.Events;

/// <summary>
/// A hash of what an event says (dates, place, sides, type, deaths, provenance), not of where or when it was
/// imported. Re-importing an unchanged event gives the same hash, so the store can tell unchanged from updated.
/// </summary>
public static class EventContentHash
{
    public static string Compute(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Place;
        var f = e.Fatalities;
        var text = string.Join('\u001f',
            e.Id, e.Source.Dataset, e.Source.SourceId,
            e.DateStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.DateEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ((int)e.DatePrecision).ToString(CultureInfo.InvariantCulture),
            p.Country, p.Province, p.District, p.PlaceName, p.SourceProvince, p.SourceDistrict,
            p.Latitude?.ToString("R", CultureInfo.InvariantCulture), p.Longitude?.ToString("R", CultureInfo.InvariantCulture),
            p.Precision?.ToString(CultureInfo.InvariantCulture),
            e.SideA.Name, e.SideA.ActorId, e.SideB.Name, e.SideB.ActorId,
            ((int)e.ViolenceType).ToString(CultureInfo.InvariantCulture), e.EventType,
            f.Low.ToString(CultureInfo.InvariantCulture), f.Best.ToString(CultureInfo.InvariantCulture), f.High.ToString(CultureInfo.InvariantCulture),
            f.SideA?.ToString(CultureInfo.InvariantCulture), f.SideB?.ToString(CultureInfo.InvariantCulture),
            f.Civilians?.ToString(CultureInfo.InvariantCulture), f.Unknown?.ToString(CultureInfo.InvariantCulture),
            e.SourceText);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
