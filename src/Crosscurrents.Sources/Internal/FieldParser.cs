using System.Globalization;
using Crosscurrents.Sources.Importing;
using nietras.SeparatedValues;

namespace Crosscurrents.Sources.Internal;

/// <summary>
/// Parses the fields of one CSV record and remembers the first problem (field and reason), so an importer can
/// reject the record with a precise message instead of throwing.
/// </summary>
internal ref struct FieldParser
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "d MMMM yyyy", "dd MMMM yyyy",
        "dd-MMM-yyyy", "d-MMM-yyyy", "dd-MMM-yy", "d-MMM-yy",
    ];

    private readonly SepReader.Row _row;
    private readonly ColumnMap _columns;
    private readonly ImportDateRange _dates;

    public FieldParser(SepReader.Row row, ColumnMap columns, ImportDateRange? dates = null)
    {
        _row = row;
        _columns = columns;
        _dates = dates ?? ImportDateRange.Default;
    }

    public string? ErrorField { get; private set; }

    public string? ErrorReason { get; private set; }

    public readonly bool HasError => ErrorField is not null;

    public readonly ReadOnlySpan<char> Raw(string column) =>
        _columns.TryGet(column, out var index) ? _row[index].Span.Trim() : [];

    public string? Text(string column)
    {
        var span = Raw(column);
        return span.IsEmpty ? null : span.ToString();
    }

    public string RequiredText(string column)
    {
        var span = Raw(column);
        if (span.IsEmpty)
        {
            Fail(column, "required field is empty");
            return "";
        }

        return span.ToString();
    }

    /// <summary>Like <see cref="Text"/> for a column whose values repeat from row to row (country, place, side
    /// names): each distinct value is one string for the whole file, not one per row.</summary>
    public readonly string? RepeatedText(string column)
    {
        var span = Raw(column);
        return span.IsEmpty ? null : _columns.Pool(span);
    }

    public int? OptionalInt(string column, int min = int.MinValue, int max = int.MaxValue)
    {
        var span = Raw(column);
        if (span.IsEmpty)
        {
            return null;
        }

        if (!int.TryParse(span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            // Some exports write integers as "12.0".
            if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < int.MaxValue)
            {
                value = (int)d;
            }
            else
            {
                Fail(column, $"'{span}' is not a whole number");
                return null;
            }
        }

        if (value < min || value > max)
        {
            Fail(column, max == int.MaxValue ? $"{value} is below {min}" : $"{value} is outside {min}..{max}");
            return null;
        }

        return value;
    }

    public int RequiredInt(string column, int min = int.MinValue, int max = int.MaxValue)
    {
        if (Raw(column).IsEmpty)
        {
            Fail(column, "required field is empty");
            return 0;
        }

        return OptionalInt(column, min, max) ?? 0;
    }

    public double? Coordinate(string column, double limit)
    {
        var span = Raw(column);
        if (span.IsEmpty)
        {
            return null;
        }

        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Fail(column, $"'{span}' is not a number");
            return null;
        }

        if (Math.Abs(value) > limit)
        {
            Fail(column, $"{value.ToString(CultureInfo.InvariantCulture)} is off the globe (must be within ±{limit.ToString(CultureInfo.InvariantCulture)})");
            return null;
        }

        return value;
    }

    public DateOnly RequiredDate(string column)
    {
        var span = Raw(column);
        if (span.IsEmpty)
        {
            Fail(column, "required date is empty");
            return default;
        }

        return ParseDate(column, span) ?? default;
    }

    public DateOnly? OptionalDate(string column)
    {
        var span = Raw(column);
        return span.IsEmpty ? null : ParseDate(column, span);
    }

    /// <summary>Reads deaths: best (required), low and high (default: best), and the by-side columns UCDP uses
    /// (<c>deaths_a</c>, <c>deaths_b</c>, <c>deaths_civilians</c>, <c>deaths_unknown</c>) where present.</summary>
    public Core.Events.Fatalities Fatalities(string bestColumn, string lowColumn, string highColumn)
    {
        var best = RequiredInt(bestColumn, 0);
        return new Core.Events.Fatalities(
            OptionalInt(lowColumn, 0) ?? best,
            best,
            OptionalInt(highColumn, 0) ?? best,
            OptionalInt("deaths_a", 0),
            OptionalInt("deaths_b", 0),
            OptionalInt("deaths_civilians", 0),
            OptionalInt("deaths_unknown", 0));
    }

    /// <summary>Checks that the dates run forwards and that coordinates come in pairs; records the problem if not.</summary>
    public bool CheckSpanAndCoordinates(DateOnly start, DateOnly end, double? latitude, double? longitude)
    {
        if (end < start)
        {
            Fail("date_end", $"{end:yyyy-MM-dd} is before date_start {start:yyyy-MM-dd}");
            return false;
        }

        if (latitude is null != longitude is null)
        {
            Fail(latitude is null ? "latitude" : "longitude", "one coordinate is given without the other");
            return false;
        }

        return true;
    }

    public void Fail(string column, string reason)
    {
        if (ErrorField is null)
        {
            ErrorField = column;
            ErrorReason = reason;
        }
    }

    private DateOnly? ParseDate(string column, ReadOnlySpan<char> span)
    {
        var date = ParseDateText(column, span);
        if (date is { } d && !_dates.Contains(d))
        {
            Fail(column, $"{d:yyyy-MM-dd} is outside the plausible dates {_dates} (widen them with --min-date/--max-date)");
            return null;
        }

        return date;
    }

    /// <summary>yyyy-MM-dd read digit by digit (what <c>DateOnly.TryParseExact</c> with that format accepts, at a tenth
    /// of its cost on a path taken twice a row).</summary>
    private static DateOnly? IsoDay(ReadOnlySpan<char> text)
    {
        static int Digits(ReadOnlySpan<char> d)
        {
            var n = 0;
            foreach (var c in d)
            {
                if (c is < '0' or > '9')
                {
                    return -1;
                }

                n = (n * 10) + (c - '0');
            }

            return n;
        }

        var (year, month, day) = (Digits(text[..4]), Digits(text[5..7]), Digits(text[8..10]));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private DateOnly? ParseDateText(string column, ReadOnlySpan<char> span)
    {
        // Fast path for the ISO form every UCDP release uses ("2021-12-31" or "2021-12-31 00:00:00.000").
        if (span.Length >= 10 && span[4] == '-' && span[7] == '-' && IsoDay(span[..10]) is { } iso &&
            (span.Length == 10 || span[10] == ' ' || span[10] == 'T'))
        {
            return iso;
        }

        if (DateTime.TryParseExact(span, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            return DateOnly.FromDateTime(dt);
        }

        Fail(column, $"'{span}' is not a date (expected yyyy-MM-dd)");
        return null;
    }
}

/// <summary>Column name → index for one file's header.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> _indexes;
    private readonly string[] _names;

    public ColumnMap(IReadOnlyList<string> header)
    {
        _indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _names = header.Select(h => h.Trim()).ToArray();
        for (var i = 0; i < header.Count; i++)
        {
            _indexes.TryAdd(_names[i], i);
        }
    }

    /// <summary>The header name of a column index, or null past the header.</summary>
    public string? NameOf(int index) => index >= 0 && index < _names.Length ? _names[index] : null;

    public bool TryGet(string column, out int index)
    {
        // Importers ask by the same literal names on every row: look those up by reference (no case-insensitive hash of
        // the name), falling back to the header's names for anything else.
        if (_byReference.TryGetValue(column, out index))
        {
            return index >= 0;
        }

        var found = _indexes.TryGetValue(column, out index);
        if (_byReference.Count < 256)
        {
            _byReference[column] = found ? index : -1;
        }

        return found;
    }

    /// <summary>One string per distinct short value (bounded: at most <see cref="PoolSize"/> values of up to 128 characters;
    /// others are allocated as usual).</summary>
    public string Pool(ReadOnlySpan<char> value)
    {
        if (value.Length > 128)
        {
            return value.ToString();
        }

        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        var text = value.ToString();
        if (_pool.Count < PoolSize)
        {
            _pool[text] = text;
        }

        return text;
    }

    /// <summary>How many distinct values <see cref="Pool"/> keeps.</summary>
    public const int PoolSize = 65_536;

    private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    public bool Has(string column) => _indexes.ContainsKey(column);
}
