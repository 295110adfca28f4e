using System.Globalization;
using Crosscurrents.Core.Events;
using nietras.SeparatedValues;

namespace Crosscurrents.Sources.EventsCsv;

/// <summary>Writes events in the project's events CSV format (<see cref="EventsCsvFormat"/>).</summary>
public static class EventsCsvWriter
{
    public static void Write(IEnumerable<ConflictEvent> events, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        var any = false;
        foreach (var e in events)
        {
            any = true;
            var p = e.Place;
            var f = e.Fatalities;
            using var row = writer.NewRow();
            row["event_id"].Set(e.Source.SourceId);
            row["dataset"].Set(e.Source.Dataset);
            row["dataset_version"].Set(e.Source.Version);
            row["date_start"].Set(Date(e.DateStart));
            row["date_end"].Set(Date(e.DateEnd));
            row["date_precision"].Format((int)e.DatePrecision);
            row["country"].Set(p.Country);
            row["province"].Set(p.Province);
            row["district"].Set(p.District);
            row["place"].Set(p.PlaceName);
            row["source_province"].Set(p.SourceProvince);
            row["source_district"].Set(p.SourceDistrict);
            row["latitude"].Set(p.Latitude?.ToString("R", CultureInfo.InvariantCulture));
            row["longitude"].Set(p.Longitude?.ToString("R", CultureInfo.InvariantCulture));
            row["location_precision"].Set(Int(p.Precision));
            row["side_a"].Set(e.SideA.Name);
            row["side_a_actor"].Set(e.SideA.ActorId);
            row["side_b"].Set(e.SideB.Name);
            row["side_b_actor"].Set(e.SideB.ActorId);
            row["violence_type"].Format((int)e.ViolenceType);
            row["event_type"].Set(e.EventType);
            row["fatalities_low"].Format(f.Low);
            row["fatalities_best"].Format(f.Best);
            row["fatalities_high"].Format(f.High);
            row["deaths_a"].Set(Int(f.SideA));
            row["deaths_b"].Set(Int(f.SideB));
            row["deaths_civilians"].Set(Int(f.Civilians));
            row["deaths_unknown"].Set(Int(f.Unknown));
            row["source_text"].Set(e.SourceText);
        }

        if (!any)
        {
            // Sep writes the header with the first row; an empty export still gets one.
            output.WriteLine(string.Join(',', EventsCsvFormat.Columns));
        }
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Int(int? v) => v?.ToString(CultureInfo.InvariantCulture);
}
