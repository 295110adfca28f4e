using Npgsql;
using NpgsqlTypes;

namespace Crosscurrents.Store.Postgres;

/// <summary>Writes nullable values to a binary COPY row (a null is written as NULL, not as a typed default).</summary>
internal static class CopyValues
{
    public static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    public static void Date(NpgsqlBinaryImporter copy, DateOnly? value)
    {
        if (value is { } d)
        {
            copy.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            copy.WriteNull();
        }
    }

    public static void Int(NpgsqlBinaryImporter copy, int? value)
    {
        if (value is { } n)
        {
            copy.Write(n, NpgsqlDbType.Integer);
        }
        else
        {
            copy.WriteNull();
        }
    }

    public static void Double(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } x)
        {
            copy.Write(x, NpgsqlDbType.Double);
        }
        else
        {
            copy.WriteNull();
        }
    }

    public static void Small(NpgsqlBinaryImporter copy, int value) => copy.Write((short)value, NpgsqlDbType.Smallint);

    /// <summary>An event's columns, id through source_text, in the order of the event columns.</summary>
    public static void Event(NpgsqlBinaryImporter copy, Core.Events.ConflictEvent e)
    {
        var p = e.Place;
        var f = e.Fatalities;
        Text(copy, e.Id);
        Text(copy, e.Source.Dataset);
        Text(copy, e.Source.Version);
        Text(copy, e.Source.SourceId);
        Date(copy, e.DateStart);
        Date(copy, e.DateEnd);
        Small(copy, (int)e.DatePrecision);
        Text(copy, p.Country);
        Text(copy, p.Province);
        Text(copy, p.District);
        Text(copy, p.PlaceName);
        Text(copy, p.SourceProvince);
        Text(copy, p.SourceDistrict);
        Double(copy, p.Latitude);
        Double(copy, p.Longitude);
        Int(copy, p.Precision);
        Text(copy, e.SideA.Name);
        Text(copy, e.SideA.ActorId);
        Text(copy, e.SideB.Name);
        Text(copy, e.SideB.ActorId);
        Small(copy, (int)e.ViolenceType);
        Text(copy, e.EventType);
        Int(copy, f.Low);
        Int(copy, f.Best);
        Int(copy, f.High);
        Int(copy, f.SideA);
        Int(copy, f.SideB);
        Int(copy, f.Civilians);
        Int(copy, f.Unknown);
        Text(copy, e.SourceText);
    }
}
