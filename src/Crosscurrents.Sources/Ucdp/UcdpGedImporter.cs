using System.Text.RegularExpressions;
using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Importing;
using Crosscurrents.Sources.Internal;

namespace Crosscurrents.Sources.Ucdp;

/// <summary>
/// UCDP Georeferenced Event Dataset CSV: the 50-column HDX country extracts (with their <c>iso3</c> column and HXL
/// hashtag row) and the 49-column global releases (GED 23.1 and later). Columns are found by name, so both load.
/// </summary>
/// <remarks>
/// <c>best</c>, <c>low</c> and <c>high</c> are kept as given: GED does not guarantee <c>low ≤ best ≤ high</c>.
/// Events get the id <c>ucdp-ged:{id}</c>; GED ids are stable across releases, so a newer release updates events.
/// </remarks>
public partial class UcdpGedImporter : CsvEventImporter
{
    public override string Format => "ucdp-ged";

    public override string Description => "UCDP GED event CSV (HDX 50-column extract or 49-column release)";

    public override IReadOnlyList<string> KeyColumns { get; } =
        ["id", "relid", "type_of_violence", "side_a", "side_b", "date_start", "date_end", "best", "low", "high", "latitude", "longitude"];

    /// <summary>The dataset name events carry.</summary>
    protected virtual string Dataset => "ucdp-ged";

    public override bool Recognises(IReadOnlyList<string> header, string fileName) =>
        base.Recognises(header, fileName) && !UcdpCandidateImporter.IsCandidateFileName(fileName);

    /// <summary>The release a UCDP file name shows: <c>GEDEvent_v25_1.csv</c> → 25.1, <c>GEDEvent_v25_0_3</c> → 25.0.3, <c>ged251</c> → 25.1.</summary>
    public static string? VersionFromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var m = VersionPattern().Match(name);
        if (m.Success)
        {
            return m.Groups["minor2"].Success
                ? $"{m.Groups["major"].Value}.{m.Groups["minor"].Value}.{m.Groups["minor2"].Value}"
                : $"{m.Groups["major"].Value}.{m.Groups["minor"].Value}";
        }

        var compact = CompactVersionPattern().Match(name);
        return compact.Success ? $"{compact.Groups["major"].Value}.{compact.Groups["minor"].Value}" : null;
    }

    protected override (string Dataset, string Version, string AliasSource) Labels(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (Dataset, context.DatasetVersion ?? VersionFromFileName(context.FilePath) ?? "unknown", "ucdp");
    }

    private protected override ConflictEvent? Parse(ref FieldParser f, ImportContext context, (string Dataset, string Version, string AliasSource) labels)
    {
        var id = f.RequiredText("id");
        var start = f.RequiredDate("date_start");
        var end = f.OptionalDate("date_end") ?? start;
        var violence = f.RequiredInt("type_of_violence", 1, 3);
        var datePrecision = f.OptionalInt("date_prec", 1, 5) ?? 1;
        var sideA = f.RepeatedText("side_a") ?? f.RequiredText("side_a");
        var sideB = f.RepeatedText("side_b") ?? f.RequiredText("side_b");
        var country = f.RepeatedText("country") ?? f.RequiredText("country");
        var latitude = f.Coordinate("latitude", 90);
        var longitude = f.Coordinate("longitude", 180);
        var wherePrec = f.OptionalInt("where_prec", 1, 7);
        var fatalities = f.Fatalities("best", "low", "high");
        if (f.HasError || !f.CheckSpanAndCoordinates(start, end, latitude, longitude))
        {
            return null;
        }

        var headline = f.Text("source_headline");
        var article = f.Text("source_article");
        return new ConflictEvent
        {
            Id = labels.Dataset + ":" + id,
            Source = new EventSource(labels.Dataset, labels.Version, id),
            DateStart = start,
            DateEnd = end,
            DatePrecision = (DatePrecision)datePrecision,
            Place = Place(context, country, f.RepeatedText("adm_1"), f.RepeatedText("adm_2"), f.RepeatedText("where_coordinates"), latitude, longitude, wherePrec),
            SideA = Side(context, labels.AliasSource, sideA, start),
            SideB = Side(context, labels.AliasSource, sideB, start),
            ViolenceType = (ViolenceType)violence,
            Fatalities = fatalities,
            SourceText = (headline, article) switch
            {
                (null, null) => null,
                (not null, null) => headline,
                (null, not null) => article,
                _ => headline + " | " + article,
            },
        };
    }

    [GeneratedRegex(@"v(?<major>\d{2})_(?<minor>\d+)(?:_(?<minor2>\d+))?", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"ged(?<major>\d{2})(?<minor>\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex CompactVersionPattern();
}
