using System.Globalization;
using Crosscurrents.Core.Reported;
using Crosscurrents.Sources.Importing;
using nietras.SeparatedValues;

namespace Crosscurrents.Sources.Reported;

/// <summary>What reading a file of reported figures gave: the figures, the rows refused and the warnings.</summary>
public sealed record ReportedImportResult(string Format, IReadOnlyList<ReportedFigure> Figures, IReadOnlyList<Rejection> Rejections, IReadOnlyList<string> Warnings, int Rows);

/// <summary>
/// Reads reported figures: the reported-figures CSV (docs/reported-figures.md; the PICSS/PIPS monthly and period
/// files are in it) and the UCDP Organized Violence country-year CSV. Nothing is dropped silently: a bad row is
/// rejected with line, field and reason; a period given twice is kept as a revision and reported; a province figure
/// larger than the national one for the same period is reported as a likely mix-up.
/// </summary>
public static class ReportedImport
{
    private static readonly string[] Quantities = ["attacks", "killed", "injured"];

    /// <summary>The format of a file from its header, or null when it holds no reported figures.</summary>
    public static string? Detect(string path)
    {
        HashSet<string> names;
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            names = reader.Header.ColNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // A header Sep refuses (a name twice, a line over its limit) is no reported-figures file; the event
            // importers' detection reports what is wrong with it.
            return null;
        }

        if (names.Contains("country_id_cy") && names.Contains("year_cy"))
        {
            return "ucdp-country-year";
        }

        return names.Contains("publisher") && names.Contains("measure") && (names.Contains("month") || names.Contains("period_start"))
            ? "reported-figures"
            : null;
    }

    /// <summary>The years a reported figure may cover.</summary>
    private const int FirstYear = 1900, LastYear = 2100;

    /// <summary>Reads the file in <paramref name="encoding"/> (see <see cref="TextEncodings.ByName"/>); null reads strict
    /// UTF-8 (a BOM is honoured), so a byte that is not UTF-8 is a file error naming its line, never a replacement
    /// character in the store.</summary>
    /// <exception cref="InvalidDataException">The file cannot be decoded or read as CSV.</exception>
    public static ReportedImportResult Read(string path, System.Text.Encoding? encoding = null)
    {
        var format = Detect(path) ?? throw new FormatNotRecognisedException($"{path}: not a reported-figures file");
        var text = encoding ?? TextEncodings.StrictUtf8;
        try
        {
            return format == "ucdp-country-year" ? ReadCountryYear(path, text) : ReadFigures(path, text);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            // UTF-8 errors are located by scanning the file again (the reader reads ahead of the record it returns).
            throw TextEncodings.NotDecodable(path, text, 1, ex);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"{path}: cannot be read as CSV ({ex.Message})", ex);
        }
    }

    private static SepReader Open(string path, System.Text.Encoding encoding) =>
        Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true })
            .From(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 }));

    private static ReportedImportResult ReadFigures(string path, System.Text.Encoding encoding)
    {
        var figures = new List<ReportedFigure>();
        var rejections = new List<Rejection>();
        var rows = 0;
        var name = Path.GetFileName(path);
        using var reader = Open(path, encoding);
        var monthly = reader.Header.TryIndexOf("month", out _);
        foreach (var row in reader)
        {
            rows++;
            var (line, raw, cells) = Cells(row);

            var header = reader.Header;
            string Text(string column) => header.TryIndexOf(column, out var i) && i < cells.Length ? cells[i] : "";
            Rejection Reject(string field, string reason) => new(path, line, field, reason, raw);
            if (cells.Length != header.ColNames.Count)
            {
                rejections.Add(Reject("(record)", $"has {cells.Length} fields, the header has {header.ColNames.Count}"));
                continue;
            }

            if (ControlCharacterColumn(cells) is { } bad0)
            {
                rejections.Add(Reject(header.ColNames[bad0], "contains a control character (NUL, ESC, ...); expected text"));
                continue;
            }

            var startText = monthly ? Text("month") : Text("period_start");
            var endText = monthly ? Text("month") : Text("period_end");
            if (!TryMonth(startText, out var start))
            {
                rejections.Add(Reject(monthly ? "month" : "period_start", $"'{startText}' is not a period in yyyy-MM form from {FirstYear} to {LastYear}"));
                continue;
            }

            if (!TryMonth(endText, out var end) || end < start)
            {
                rejections.Add(Reject("period_end", $"'{endText}' is not a yyyy-MM month on or after the start"));
                continue;
            }

            var publisher = Text("publisher");
            var measure = Text("measure");
            var country = Text("country");
            if (publisher.Length == 0 || measure.Length == 0 || country.Length == 0)
            {
                rejections.Add(Reject(publisher.Length == 0 ? "publisher" : measure.Length == 0 ? "measure" : "country", "required field is empty"));
                continue;
            }

            var province = Text("province") is { Length: > 0 } p ? p : null;
            var bad = false;
            var values = new List<(string Quantity, double Value)>();
            foreach (var quantity in Quantities)
            {
                var text = Text(quantity);
                if (text.Length == 0)
                {
                    continue;
                }

                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < 0)
                {
                    rejections.Add(Reject(quantity, $"'{text}' is not a whole number ≥ 0"));
                    bad = true;
                    break;
                }

                values.Add((quantity, v));
            }

            if (bad)
            {
                continue;
            }

            foreach (var (quantity, value) in values)
            {
                figures.Add(new ReportedFigure(publisher, measure, country, province, start, end, quantity, value,
                    Text("source_url") is { Length: > 0 } u ? u : null, Text("note") is { Length: > 0 } n ? n : null, 0, $"{name}:{line}"));
            }
        }

        var (ordered, warnings) = Revisions(figures);
        return new ReportedImportResult("reported-figures", ordered, rejections, warnings, rows);
    }

    private static ReportedImportResult ReadCountryYear(string path, System.Text.Encoding encoding)
    {
        var figures = new List<ReportedFigure>();
        var rejections = new List<Rejection>();
        var rows = 0;
        var name = Path.GetFileName(path);
        (string Measure, string Prefix)[] measures =
        [
            ("organized_violence", "cumulative_total_deaths_in_orgvio_"), ("state_based", "sb_total_deaths_"),
            ("non_state", "ns_total_deaths_"), ("one_sided", "os_total_deaths_"),
        ];
        using var reader = Open(path, encoding);
        foreach (var row in reader)
        {
            rows++;
            var (line, raw, cells) = Cells(row);

            var header = reader.Header;
            string Text(string column) => header.TryIndexOf(column, out var i) && i < cells.Length ? cells[i] : "";
            var yearText = Text("year_cy");
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < FirstYear or > LastYear)
            {
                rejections.Add(new Rejection(path, line, "year_cy", $"'{yearText}' is not a year from {FirstYear} to {LastYear}", raw));
                continue;
            }

            var version = Text("version");
            foreach (var (measure, prefix) in measures)
            {
                foreach (var estimate in (string[])["best", "low", "high"])
                {
                    var column = prefix + estimate + "_cy";
                    var text = Text(column);
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < 0)
                    {
                        rejections.Add(new Rejection(path, line, column, $"'{text}' is not a number ≥ 0", raw));
                        continue;
                    }

                    figures.Add(new ReportedFigure("UCDP", measure, Text("country_cy"), null, new DateOnly(year, 1, 1), new DateOnly(year, 12, 1),
                        "deaths_" + estimate, v, "https://ucdp.uu.se/downloads/", $"UCDP Organized Violence country-year v{version}", 0, $"{name}:{line}"));
                }
            }
        }

        var (ordered, warnings) = Revisions(figures);
        return new ReportedImportResult("ucdp-country-year", ordered, rejections, warnings, rows);
    }

    /// <summary>Numbers revisions in file order and writes the warnings: repeated periods with different values, and
    /// province figures above the national one.</summary>
    private static (List<ReportedFigure>, List<string>) Revisions(List<ReportedFigure> figures)
    {
        var warnings = new List<string>();
        var result = new List<ReportedFigure>();
        foreach (var group in figures.GroupBy(f => f.Key))
        {
            // Publication order: a figure whose note says it was revised or quoted in a later report is later than
            // the one released with the period; otherwise the file's order stands.
            var list = group.Select((f, i) => (f, i)).OrderBy(x => PublishedLater(x.f.Note) ? 1 : 0).ThenBy(x => x.i).Select(x => x.f).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                result.Add(list[i] with { Revision = i });
            }

            if (list.Select(f => f.Value).Distinct().Count() > 1)
            {
                warnings.Add($"{list[0].Publisher} {list[0].Measure} {list[0].Quantity} for {Label(list[0])}{(list[0].Province is null ? "" : $" in {list[0].Province}")} is given {list.Count} times with different values ({string.Join(", ", list.Select(f => $"{f.Value} at {f.File}"))}); the latest revision ({list[^1].Value}, {list[^1].File}) is used by default");
            }
        }

        foreach (var national in result.Where(f => f.Province is null))
        {
            foreach (var province in result.Where(f => f.Province is not null && f.Publisher == national.Publisher && f.Measure == national.Measure &&
                                                        f.Quantity == national.Quantity && f.PeriodStart == national.PeriodStart && f.PeriodEnd == national.PeriodEnd && f.Value > national.Value))
            {
                warnings.Add($"{province.File}: the {province.Province} figure ({province.Value}) is above the national one ({national.Value} at {national.File}) for {Label(national)}: is one of them mislabelled?");
            }
        }

        return (result, warnings);
    }

    /// <summary>A record's line, raw text and trimmed fields, copied out so the parsing can use them freely.</summary>
    private static (int Line, string Raw, string[] Cells) Cells(SepReader.Row row)
    {
        var cells = new string[row.ColCount];
        for (var c = 0; c < cells.Length; c++)
        {
            cells[c] = row[c].ToString().Trim();
        }

        return (row.LineNumberFrom, row.Span.ToString(), cells);
    }

    private static int? ControlCharacterColumn(string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return i;
            }
        }

        return null;
    }

    private static bool PublishedLater(string? note) =>
        note is not null && (note.Contains("revised", StringComparison.OrdinalIgnoreCase) || note.Contains("quoted", StringComparison.OrdinalIgnoreCase)) &&
        !note.Contains("first release", StringComparison.OrdinalIgnoreCase);

    private static string Label(ReportedFigure f) =>
        f.IsMonthly ? f.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture) : $"{f.PeriodStart:yyyy-MM}–{f.PeriodEnd:yyyy-MM}";

    private static bool TryMonth(string text, out DateOnly month) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month) &&
        month.Year is >= FirstYear and <= LastYear;
}
