namespace Crosscurrents.Sources.EventsCsv;

/// <summary>
/// The project's own events CSV, documented in <c>docs/events-csv.md</c>. <c>crosscurrents events --format csv</c>
/// writes it and <c>crosscurrents import</c> reads it back, so exports round-trip.
/// </summary>
public static class EventsCsvFormat
{
    /// <summary>The columns, in the order the writer emits them.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id", "dataset", "dataset_version", "date_start", "date_end", "date_precision",
        "country", "province", "district", "place", "source_province", "source_district", "latitude", "longitude", "location_precision",
        "side_a", "side_a_actor", "side_b", "side_b_actor", "violence_type", "event_type",
        "fatalities_low", "fatalities_best", "fatalities_high", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
        "source_text",
    ];

    /// <summary>The columns a file must have; every other column is optional.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["event_id", "date_start", "country", "side_a", "fatalities_best"];
}
