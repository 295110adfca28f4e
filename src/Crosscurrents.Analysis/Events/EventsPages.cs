using Crosscurrents.Analysis.Inputs;
using Crosscurrents.Core;
using Crosscurrents.Core.Events;
using Crosscurrents.Sources.EventsCsv;

namespace Crosscurrents.Analysis.Events;

/// <summary>One page of the events that match a query: how many match in all, where the page starts, and its events.</summary>
public sealed record EventsPageResult(string Snapshot, long Total, int Offset, int Limit, IReadOnlyList<ConflictEvent> Events);

/// <summary>Events with coordinates as a GeoJSON FeatureCollection (points, longitude first), with how many had none.</summary>
public sealed record EventsGeoJsonResult(string Type, string Snapshot, int Count, int WithoutCoordinates, bool Truncated, IReadOnlyList<EventFeature> Features);

/// <summary>A GeoJSON feature: one event as a point.</summary>
public sealed record EventFeature(string Type, string Id, EventPoint Geometry, EventFeatureProperties Properties);

/// <summary>A GeoJSON point: [longitude, latitude].</summary>
public sealed record EventPoint(string Type, IReadOnlyList<double> Coordinates);

/// <summary>What a map shows of an event.</summary>
public sealed record EventFeatureProperties(DateOnly Date, string Dataset, string? Province, string? District, string? Place, int? Precision,
    string SideA, string SideB, ViolenceType Violence, int Deaths, int DeathsLow, int DeathsHigh);

/// <summary>
/// Events for front ends that page, map or download them: a page of events, GeoJSON points, and the events CSV with
/// text cells made safe for spreadsheets. Everything is streamed from the store, so memory stays flat.
/// </summary>
public static class EventsPages
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The most points one GeoJSON answer holds.</summary>
    public const int MaxFeatures = 50_000;

    /// <summary>Events <paramref name="offset"/> to <paramref name="offset"/>+<paramref name="limit"/> in the store's order.</summary>
    public static EventsPageResult Page(AnalysisContext context, EventQuery query, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        if (offset < 0)
        {
            throw new UsageException($"--offset {offset}: expected a whole number from 0");
        }

        if (limit is < 1 or > MaxPageSize)
        {
            throw new UsageException($"--limit {limit}: expected a whole number from 1 to {MaxPageSize}");
        }

        var filter = query.ToFilter(context.Actors);
        var snapshot = context.Store.Snapshot(filter);
        var events = context.Store.Page(filter, offset, limit);
        return new EventsPageResult(snapshot.Id, snapshot.EventCount, offset, limit, events);
    }

    /// <summary>The matching events that have coordinates, as points (at most <paramref name="limit"/>).</summary>
    public static EventsGeoJsonResult GeoJson(AnalysisContext context, EventQuery query, int limit = MaxFeatures)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        if (limit is < 1 or > MaxFeatures)
        {
            throw new UsageException($"--limit {limit}: expected a whole number from 1 to {MaxFeatures}");
        }

        var filter = query.ToFilter(context.Actors);
        var snapshot = context.Store.Snapshot(filter);
        var features = new List<EventFeature>();
        var without = 0;
        var truncated = false;
        foreach (var e in context.Store.Stream(filter))
        {
            if (e.Place is not { Latitude: { } lat, Longitude: { } lon } || !double.IsFinite(lat) || !double.IsFinite(lon))
            {
                without++;
                continue;
            }

            if (features.Count == limit)
            {
                truncated = true;
                continue;
            }

            var f = e.Fatalities;
            features.Add(new EventFeature("Feature", e.Id, new EventPoint("Point", [lon, lat]), new EventFeatureProperties(e.DateStart, e.Source.Dataset,
                e.Place.Province, e.Place.District, e.Place.PlaceName, e.Place.Precision, EventsAnalysis.Side(e.SideA), EventsAnalysis.Side(e.SideB),
                e.ViolenceType, f.Best, Math.Min(f.Low, f.Best), Math.Max(f.High, f.Best))));
        }

        return new EventsGeoJsonResult("FeatureCollection", snapshot.Id, features.Count, without, truncated, features);
    }

    /// <summary>
    /// Writes every matching event as the events CSV, with each text cell that a spreadsheet would run as a formula
    /// (starting with =, +, -, @, tab or carriage return) prefixed with an apostrophe. Numbers are left as they are.
    /// </summary>
    public static Core.Snapshots.DataSnapshot SafeCsv(AnalysisContext context, EventQuery query, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        var filter = query.ToFilter(context.Actors);
        var snapshot = context.Store.Snapshot(filter);
        EventsCsvWriter.Write(context.Store.Stream(filter).Select(FormulaSafe), output);
        return snapshot;
    }

    /// <summary>The event with its text cells made inert for spreadsheets (OWASP CSV injection).</summary>
    public static ConflictEvent FormulaSafe(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Place;
        return e with
        {
            Source = e.Source with { SourceId = Safe(e.Source.SourceId)!, Dataset = Safe(e.Source.Dataset)!, Version = Safe(e.Source.Version)! },
            Place = p with
            {
                Country = Safe(p.Country)!, Province = Safe(p.Province), District = Safe(p.District), PlaceName = Safe(p.PlaceName),
                SourceProvince = Safe(p.SourceProvince), SourceDistrict = Safe(p.SourceDistrict),
            },
            SideA = e.SideA with { Name = Safe(e.SideA.Name)!, ActorId = Safe(e.SideA.ActorId) },
            SideB = e.SideB with { Name = Safe(e.SideB.Name)!, ActorId = Safe(e.SideB.ActorId) },
            EventType = Safe(e.EventType),
            SourceText = Safe(e.SourceText),
        };
    }

    /// <summary>A text cell prefixed with an apostrophe when it starts like a formula.</summary>
    public static string? Safe(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
