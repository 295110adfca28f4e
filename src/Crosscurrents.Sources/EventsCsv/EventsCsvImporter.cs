using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Internal;

namespace Crosscurrents.Sources.EventsCsv;

/// <summary>Reads the project's own documented events CSV (see <see cref="EventsCsvFormat"/>).</summary>
/// <remarks>
/// Province and district are normalised through the gazetteer unless the file gives <c>source_province</c>, in which
/// case the file's own normalised names are kept (a round trip of an export changes nothing). Side names are
/// resolved through the registry unless <c>side_a_actor</c>/<c>side_b_actor</c> name a registry actor.
/// </remarks>
public sealed class EventsCsvImporter : CsvEventImporter
{
    public override string Format => "crosscurrents";

    public override string Description => "Crosscurrents events CSV (docs/events-csv.md: event_id, date_start, country, side_a, fatalities_best, ...)";

    public override IReadOnlyList<string> KeyColumns => EventsCsvFormat.RequiredColumns;

    /// <summary>Rows may name their dataset in a <c>dataset</c> column, so no single dataset is promised.</summary>
    public override string? FixedDataset(ImportContext context) => null;

    protected override (string Dataset, string Version, string AliasSource) Labels(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.DatasetName ?? "custom", context.DatasetVersion ?? "unknown", "*");
    }

    private protected override ConflictEvent? Parse(ref FieldParser f, ImportContext context, (string Dataset, string Version, string AliasSource) labels)
    {
        var id = f.RequiredText("event_id");
        var start = f.RequiredDate("date_start");
        var end = f.OptionalDate("date_end") ?? start;
        var precision = f.OptionalInt("date_precision", 1, 5) ?? 1;
        var country = f.RequiredText("country");
        var latitude = f.Coordinate("latitude", 90);
        var longitude = f.Coordinate("longitude", 180);
        var locationPrecision = f.OptionalInt("location_precision", 1, 7);
        var sideA = f.RequiredText("side_a");
        var violence = f.OptionalInt("violence_type", 0, 3) ?? 0;
        var fatalities = f.Fatalities("fatalities_best", "fatalities_low", "fatalities_high");
        if (f.HasError || !f.CheckSpanAndCoordinates(start, end, latitude, longitude))
        {
            return null;
        }

        var dataset = f.Text("dataset") ?? labels.Dataset;
        var version = f.Text("dataset_version") ?? labels.Version;
        var sourceProvince = f.Text("source_province");
        var place = sourceProvince is not null
            ? new EventPlace(country, f.Text("province"), f.Text("district"), f.Text("place"), sourceProvince, f.Text("source_district"), latitude, longitude, locationPrecision)
            : Place(context, country, f.Text("province"), f.Text("district"), f.Text("place"), latitude, longitude, locationPrecision);
        return new ConflictEvent
        {
            Id = dataset + ":" + id,
            Source = new EventSource(dataset, version, id),
            DateStart = start,
            DateEnd = end,
            DatePrecision = (DatePrecision)precision,
            Place = place,
            SideA = Mention(context, labels.AliasSource, sideA, f.Text("side_a_actor"), start),
            SideB = Mention(context, labels.AliasSource, f.Text("side_b"), f.Text("side_b_actor"), start),
            ViolenceType = (ViolenceType)violence,
            EventType = f.Text("event_type"),
            Fatalities = fatalities,
            SourceText = f.Text("source_text"),
        };
    }

    private static ActorMention Mention(ImportContext context, string aliasSource, string? name, string? actorId, DateOnly date) =>
        actorId is not null && context.Actors.Find(actorId) is not null
            ? new ActorMention(name ?? "", actorId)
            : Side(context, aliasSource, name, date);
}
