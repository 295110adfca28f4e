using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Internal;

namespace Crosscurrents.Sources.Acled;

/// <summary>
/// ACLED export CSV (the data-export tool and API column names). ACLED gives one fatality figure, which becomes
/// low = best = high; its event type and sub-event type are kept as the event type.
/// </summary>
/// <remarks>
/// <c>event_date</c> is read as ISO (<c>2024-01-15</c>, API and newer exports) or as <c>15 January 2024</c> (older
/// exports). <c>time_precision</c> 1/2/3 maps to day/week/month. Events get the id <c>acled:{event_id_cnty}</c>.
/// </remarks>
public sealed class AcledImporter : CsvEventImporter
{
    public override string Format => "acled";

    public override string Description => "ACLED export CSV (event_id_cnty, event_date, actor1, actor2, fatalities, ...)";

    public override IReadOnlyList<string> KeyColumns { get; } =
        ["event_id_cnty", "event_date", "event_type", "actor1", "country", "latitude", "longitude", "fatalities"];

    protected override (string Dataset, string Version, string AliasSource) Labels(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ("acled", context.DatasetVersion ?? "unknown", "acled");
    }

    private protected override ConflictEvent? Parse(ref FieldParser f, ImportContext context, (string Dataset, string Version, string AliasSource) labels)
    {
        var id = f.RequiredText("event_id_cnty");
        var date = f.RequiredDate("event_date");
        var precision = f.OptionalInt("time_precision", 1, 3) ?? 1;
        var eventType = f.RequiredText("event_type");
        var subType = f.Text("sub_event_type");
        var actor1 = f.RequiredText("actor1");
        var country = f.RequiredText("country");
        var latitude = f.Coordinate("latitude", 90);
        var longitude = f.Coordinate("longitude", 180);
        var geoPrecision = f.OptionalInt("geo_precision", 1, 3);
        var fatalities = f.RequiredInt("fatalities", 0);
        if (f.HasError)
        {
            return null;
        }

        var notes = f.Text("notes");
        var source = f.Text("source");
        return new ConflictEvent
        {
            Id = labels.Dataset + ":" + id,
            Source = new EventSource(labels.Dataset, labels.Version, id),
            DateStart = date,
            DateEnd = date,
            DatePrecision = precision switch { 1 => DatePrecision.Day, 2 => DatePrecision.Week, _ => DatePrecision.Month },
            Place = Place(context, country, f.Text("admin1"), f.Text("admin2"), f.Text("location"), latitude, longitude, geoPrecision),
            SideA = Side(context, labels.AliasSource, actor1, date),
            SideB = Side(context, labels.AliasSource, f.Text("actor2"), date),
            ViolenceType = ViolenceType.Unknown,
            EventType = subType is null ? eventType : eventType + " / " + subType,
            Fatalities = new Fatalities(fatalities, fatalities, fatalities),
            SourceText = (source, notes) switch
            {
                (null, null) => null,
                (not null, null) => source,
                (null, not null) => notes,
                _ => source + " | " + notes,
            },
        };
    }
}
