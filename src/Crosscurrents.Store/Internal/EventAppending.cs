using Crosscurrents.Core.Events;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.Internal;

internal static class EventAppending
{
    /// <summary>Appends an event's columns, id through source_text, in the order of <c>Migrations.EventColumns</c>.</summary>
    public static IDuckDBAppenderRow AppendEvent(this IDuckDBAppenderRow row, ConflictEvent e)
    {
        var p = e.Place;
        var f = e.Fatalities;
        return row.AppendValue(e.Id)
            .AppendValue(e.Source.Dataset)
            .AppendValue(e.Source.Version)
            .AppendValue(e.Source.SourceId)
            .AppendValue((DateOnly?)e.DateStart)
            .AppendValue((DateOnly?)e.DateEnd)
            .AppendValue((sbyte?)(sbyte)e.DatePrecision)
            .AppendValue(p.Country)
            .AppendValue(p.Province)
            .AppendValue(p.District)
            .AppendValue(p.PlaceName)
            .AppendValue(p.SourceProvince)
            .AppendValue(p.SourceDistrict)
            .AppendValue(p.Latitude)
            .AppendValue(p.Longitude)
            .AppendValue(p.Precision)
            .AppendValue(e.SideA.Name)
            .AppendValue(e.SideA.ActorId)
            .AppendValue(e.SideB.Name)
            .AppendValue(e.SideB.ActorId)
            .AppendValue((sbyte?)(sbyte)e.ViolenceType)
            .AppendValue(e.EventType)
            .AppendValue((int?)f.Low)
            .AppendValue((int?)f.Best)
            .AppendValue((int?)f.High)
            .AppendValue(f.SideA)
            .AppendValue(f.SideB)
            .AppendValue(f.Civilians)
            .AppendValue(f.Unknown)
            .AppendValue(e.SourceText);
    }
}
