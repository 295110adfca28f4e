using System.Globalization;
using System.Text;

namespace Crosscurrents.Testing.Generators;

/// <summary>
/// Writes synthetic UCDP GED CSV files (the 49-column layout of GED 23.1+, or the 50-column HDX layout with its
/// HXL tag row) with realistic values: dyads, places and deaths drawn from the Pakistani conflict, quoted
/// multi-line source fields, and stable ids. Seeded, so the same seed writes the same bytes.
/// </summary>
public static class GedFileGenerator
{
    public static readonly IReadOnlyList<string> Columns49 =
    [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
        "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
        "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "where_description",
        "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
        "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
        "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
    ];

    private static readonly (string SideA, string SideB, int Type)[] Dyads =
    [
        ("Government of Pakistan", "TTP", 1), ("Government of Pakistan", "TTP", 1), ("Government of Pakistan", "TTP", 1),
        ("Government of Pakistan", "BLA", 1), ("Government of Pakistan", "BRAS", 1), ("Government of Pakistan", "IS", 1),
        ("TTP", "Civilians", 3), ("Government of India", "Government of Pakistan", 1), ("Lashkar-e-Islam", "Ansaar ul-Islam", 2),
        ("Government of Pakistan", "Lashkar-e-Islam", 1),
    ];

    private static readonly (string Adm1, string Adm2, double Lat, double Lon)[] Places =
    [
        ("Federally Administered Tribal Areas", "North Waziristan", 32.96, 70.0), ("Federally Administered Tribal Areas", "Khyber agency", 33.9, 70.98),
        ("Khyber Pakhtunkwa province", "Peshawar district", 34.0, 71.58), ("Khyber Pakhtunkwa province", "Swat district", 35.2, 72.4),
        ("Khyber Pakhtunkwa province", "Dera Ismail Khan district", 31.83, 70.9), ("Balochistan province", "Quetta district", 30.2, 67.0),
        ("Balochistan province", "Kech district", 26.0, 63.05), ("Sindh province", "Karachi district", 24.86, 67.0),
        ("Punjab province", "Lahore district", 31.55, 74.34), ("Khyber Pakhtunkwa province", "", 34.0, 71.5),
    ];

    /// <summary>Writes <paramref name="rows"/> events to <paramref name="path"/>.</summary>
    /// <param name="path">Output file.</param>
    /// <param name="rows">Number of events.</param>
    /// <param name="seed">RNG seed.</param>
    /// <param name="hdxLayout">Write the 50-column HDX layout (adds <c>iso3</c>) with the HXL hashtag row.</param>
    /// <param name="firstId">Id of the first event; ids are consecutive.</param>
    public static void Write(string path, int rows, int seed, bool hdxLayout = false, long firstId = 1_000_000)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.NewLine = "\r\n";
        Write(writer, rows, seed, hdxLayout, firstId);
    }

    public static void Write(TextWriter writer, int rows, int seed, bool hdxLayout = false, long firstId = 1_000_000)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var c = CultureInfo.InvariantCulture;
        var columns = hdxLayout ? Columns49.Take(34).Append("iso3").Concat(Columns49.Skip(34)).ToList() : Columns49.ToList();
        writer.WriteLine(string.Join(',', columns));
        if (hdxLayout)
        {
            writer.WriteLine(string.Join(',', columns.Select(col => col switch
            {
                "year" => "#date+year",
                "country" => "#country+name",
                "iso3" => "#country+code",
                "latitude" => "#geo+lat",
                "longitude" => "#geo+lon",
                "best" => "#affected+killed",
                _ => "",
            })));
        }

        var random = new Random(seed);
        var start = new DateOnly(1989, 1, 1);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rows; i++)
        {
            var (sideA, sideB, type) = Dyads[random.Next(Dyads.Length)];
            var place = Places[random.Next(Places.Length)];
            var date = start.AddDays(random.Next(0, 12_000));
            var deathsA = random.Next(0, 4);
            var deathsB = random.Next(0, 8);
            var civilians = type == 3 ? random.Next(1, 20) : random.Next(0, 2);
            var unknown = random.Next(0, 2);
            var best = deathsA + deathsB + civilians + unknown;
            var lat = place.Lat + ((random.NextDouble() - 0.5) * 0.2);
            var lon = place.Lon + ((random.NextDouble() - 0.5) * 0.2);
            var id = (firstId + i).ToString(c);
            values["id"] = id;
            values["relid"] = $"PAK-{date.Year}-{type}-{i}";
            values["year"] = date.Year.ToString(c);
            values["active_year"] = "1";
            values["code_status"] = "Clear";
            values["type_of_violence"] = type.ToString(c);
            values["conflict_name"] = $"Pakistan: Government";
            values["dyad_name"] = $"{sideA} - {sideB}";
            values["side_a"] = sideA;
            values["side_b"] = sideB;
            values["number_of_sources"] = "1";
            values["source_article"] = random.Next(4) == 0 ? $"\"Dawn, {date:d MMMM yyyy};\nThe News, \"\"quoted\"\" report\"" : $"Dawn {date:yyyy-MM-dd}";
            values["source_headline"] = $"\"Attack in {place.Adm2}, {best} killed\"";
            values["where_prec"] = random.Next(1, 5).ToString(c);
            values["where_coordinates"] = place.Adm2.Length > 0 ? place.Adm2 + " town" : "";
            values["adm_1"] = place.Adm1;
            values["adm_2"] = place.Adm2;
            values["latitude"] = lat.ToString("0.######", c);
            values["longitude"] = lon.ToString("0.######", c);
            values["geom_wkt"] = $"POINT ({values["longitude"]} {values["latitude"]})";
            values["priogrid_gid"] = "170000";
            values["country"] = "Pakistan";
            values["iso3"] = "PAK";
            values["country_id"] = "770";
            values["region"] = "Asia";
            values["event_clarity"] = "1";
            values["date_prec"] = random.Next(1, 4).ToString(c);
            values["date_start"] = date.ToString("yyyy-MM-dd", c) + " 00:00:00.000";
            values["date_end"] = date.AddDays(random.Next(0, 2)).ToString("yyyy-MM-dd", c) + " 00:00:00.000";
            values["deaths_a"] = deathsA.ToString(c);
            values["deaths_b"] = deathsB.ToString(c);
            values["deaths_civilians"] = civilians.ToString(c);
            values["deaths_unknown"] = unknown.ToString(c);
            values["best"] = best.ToString(c);
            values["high"] = (best + random.Next(0, 5)).ToString(c);
            values["low"] = Math.Max(0, best - random.Next(0, 3)).ToString(c);
            values["gwnoa"] = "770";
            values["gwnob"] = "";
            for (var col = 0; col < columns.Count; col++)
            {
                if (col > 0)
                {
                    writer.Write(',');
                }

                writer.Write(values.GetValueOrDefault(columns[col], ""));
            }

            writer.WriteLine();
        }
    }
}
