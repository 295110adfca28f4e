using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Ucdp;
using Crosscurrents.Testing.Fixtures;

namespace Crosscurrents.Reports.Tests;

internal static class ReportsTestKit
{
    private static readonly Lazy<EventSet> LazyShipped = new(() =>
    {
        using var stream = File.OpenRead(RepositoryData.ShippedGedFile);
        var events = new UcdpGedImporter().Read(stream, new ImportContext(RepositoryData.ShippedGedFile, RepositoryData.Actors, RepositoryData.Places, "22.1"))
            .Select(r => r.Event!).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        // The coverage the store would record for the release (its format's rule), so counts are numbers where it covers.
        var coverage = Core.Coverage.CoverageRules.Derive("ucdp-ged", "ucdp-ged", new Core.Coverage.ImportObservation(
            events.Min(e => e.DateStart), events.Max(e => e.DateStart), events.Select(e => e.Place.Country).ToHashSet(), events.Select(e => e.ViolenceType).ToHashSet()));
        return new EventSet(events, DataSnapshot.OfEvents(events.Select(EventContentHash.Compute)))
        {
            Coverage = new Core.Coverage.CoverageMap([coverage]),
        };
    });

    public static EventSet Shipped => LazyShipped.Value;

    public static string FontFile => Path.Combine(RepositoryData.DataDirectory, "fonts", "DejaVuSans.ttf");

    public static string OutlinesFile => Path.Combine(RepositoryData.DataDirectory, "geo", "outlines.geojson");

    /// <summary>Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.True(png.AsSpan(0, 8).SequenceEqual(signature), "not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
