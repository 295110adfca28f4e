using Crosscurrents.Core.Events;
using Crosscurrents.Sources.Internal;
using nietras.SeparatedValues;

namespace Crosscurrents.Sources.Importing;

/// <summary>
/// The streaming part every CSV importer shares: RFC 4180 parsing (quoted newlines and doubled quotes), a check
/// of each record's field count, skipping HXL hashtag rows, progress by bytes, and turning parse problems into
/// rejections.
/// </summary>
public abstract class CsvEventImporter : IEventImporter
{
    public abstract string Format { get; }

    public abstract string Description { get; }

    public abstract IReadOnlyList<string> KeyColumns { get; }

    /// <summary>The column holding the record's id (by default the first key column).</summary>
    protected virtual string IdColumn => KeyColumns[0];

    public virtual bool Recognises(IReadOnlyList<string> header, string fileName) => HasKeyColumns(header);

    /// <summary>Whether every key column is in the header (names compared without case).</summary>
    protected bool HasKeyColumns(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = new HashSet<string>(header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        return KeyColumns.All(names.Contains);
    }

    /// <summary>The longest header line accepted; real headers are a few hundred characters.</summary>
    public const int MaxHeaderLength = 64 * 1024;

    public IEnumerable<ImportRecord> Read(Stream stream, ImportContext context, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(context);
        var text = new StreamReader(stream, context.Encoding ?? TextEncodings.StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var reader = Guard(context, 1, () => Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(text));
        var header = reader.Header.ColNames;
        CheckHeader(context, header);
        var columns = new ColumnMap(header);
        var labels = Labels(context);
        var ids = new Dictionary<UInt128, int>();
        long length = stream.CanSeek ? Math.Max(1, stream.Length) : 0;
        var nextReport = 0L;
        var line = 1;
        while (Guard(context, line, reader.MoveNext))
        {
            var row = reader.Current;
            line = row.LineNumberFrom;
            var records = HasQuoteProblem(row, header.Count) ? Records(row, header, columns, context, labels, 0, ids) : null;
            var single = records is null ? ParseRecord(row, header.Count, columns, context, labels, line, ids) : null;
            if (progress is not null && length > 0 && stream.Position >= nextReport)
            {
                progress.Report((double)stream.Position / length);
                nextReport = stream.Position + (length / 200);
            }

            if (single is { } one)
            {
                yield return one;
            }

            foreach (var record in records ?? [])
            {
                yield return record;
            }
        }

        progress?.Report(1.0);
    }

    /// <summary>Turns a reader failure (bad bytes, a row over Sep's 16M-character limit, a bad header) into a file error with the line.</summary>
    private static T Guard<T>(ImportContext context, int line, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            throw TextEncodings.NotDecodable(context.FilePath, context.Encoding ?? TextEncodings.StrictUtf8, line, ex);
        }
        catch (NotSupportedException ex)
        {
            throw new InvalidDataException(
                $"{context.FilePath}, after line {line}: a record longer than Sep's limit of 16,777,216 characters; a quote \" is probably not closed", ex);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{context.FilePath}, line 1: bad header ({ex.Message})", ex);
        }
    }

    private static void CheckHeader(ImportContext context, IReadOnlyList<string> header)
    {
        var length = header.Sum(h => h.Length + 1);
        if (length > MaxHeaderLength)
        {
            throw new InvalidDataException($"{context.FilePath}, line 1: the header is {length:N0} characters long; expected a CSV header of at most {MaxHeaderLength:N0}");
        }

        var duplicate = header.Select(h => h.Trim()).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1 && g.Key.Length > 0);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{context.FilePath}, line 1, column '{duplicate.Key}': the name appears {duplicate.Count()} times in the header; expected each column once");
        }
    }

    /// <summary>The dataset of <see cref="Labels"/>: every event of a file carries it (a later record with an id seen
    /// before is rejected), unless the format lets rows name their own.</summary>
    public virtual string? FixedDataset(ImportContext context) => Labels(context).Dataset;

    /// <summary>Labels of the dataset and version events from this file carry.</summary>
    protected abstract (string Dataset, string Version, string AliasSource) Labels(ImportContext context);

    /// <summary>Builds an event from a record, or records a problem in <paramref name="fields"/> and returns null.</summary>
    private protected abstract ConflictEvent? Parse(ref FieldParser fields, ImportContext context, (string Dataset, string Version, string AliasSource) labels);

    /// <summary>
    /// The records one CSV row stands for. A quote error (a stray quote inside an unquoted field, text after a closing
    /// quote, or a quoted field that runs over lines and breaks the field count) is rejected on the line where it
    /// starts, and the lines it swallowed are read again on their own, so no good record after it is lost.
    /// </summary>
    private List<ImportRecord> Records(SepReader.Row row, IReadOnlyList<string> header, ColumnMap columns, ImportContext context,
        (string Dataset, string Version, string AliasSource) labels, int lineOffset, Dictionary<UInt128, int> ids)
    {
        var line = row.LineNumberFrom + lineOffset;
        var lines = row.LineNumberToExcl - row.LineNumberFrom;
        var raw = row.Span;
        var quote = QuoteProblem(raw);
        var records = new List<ImportRecord>();
        if (quote is { } q || (lines > 1 && row.ColCount != header.Count))
        {
            var problem = quote ?? (FieldIndexAt(raw, raw.IndexOf('"')), "a quoted field runs over several lines and the record has the wrong number of fields; the quote is probably not closed");
            var newline = raw.IndexOf('\n');
            var field = problem.Field < header.Count ? header[problem.Field] : $"(field {problem.Field + 1})";
            var firstLine = newline < 0 ? raw : raw[..newline];
            records.Add(Reject(context, line, field, problem.Reason, firstLine.TrimEnd('\r').ToString()));
            if (newline >= 0 && lines > 1)
            {
                // Read the swallowed lines again, as if they followed the header.
                var rest = raw[(newline + 1)..].ToString();
                using var again = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = false }).FromText(rest);
                foreach (var inner in again)
                {
                    records.AddRange(Records(inner, header, columns, context, labels, line, ids));
                }
            }

            return records;
        }

        if (ParseRecord(row, header.Count, columns, context, labels, line, ids) is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Whether a row needs the quote recovery of <see cref="Records"/> (most rows have no quote at all).</summary>
    private static bool HasQuoteProblem(SepReader.Row row, int headerCount) =>
        (row.LineNumberToExcl - row.LineNumberFrom > 1 && row.ColCount != headerCount) ||
        (row.Span.Contains('"') && QuoteProblem(row.Span) is not null);

    private static ImportRecord Reject(ImportContext context, int line, string field, string reason, string raw) =>
        ImportRecord.Reject(new Rejection(context.FilePath, line, field, reason, raw));

    /// <summary>The first RFC 4180 quote error in a raw record: its field index and what is wrong.</summary>
    internal static (int Field, string Reason)? QuoteProblem(ReadOnlySpan<char> raw)
    {
        // Jumps from one quote or comma to the next (vectorised IndexOf) rather than looking at every character: most
        // GED rows quote their headline, so this runs on most rows.
        var field = 0;
        var i = 0;
        var atFieldStart = true;
        while (i < raw.Length)
        {
            if (atFieldStart && raw[i] == '"')
            {
                // A quoted field: to its closing quote, past doubled quotes; then only a comma or a line break may follow.
                i++;
                while (true)
                {
                    var next = raw[i..].IndexOf('"');
                    if (next < 0)
                    {
                        return null;
                    }

                    i += next;
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i += 2;
                        continue;
                    }

                    if (i + 1 < raw.Length && raw[i + 1] is not (',' or '\r' or '\n'))
                    {
                        return (field, $"text after the closing quote (at '{raw[(i + 1)..Math.Min(raw.Length, i + 11)]}'); a quote inside a quoted field must be doubled");
                    }

                    i++;
                    break;
                }

                atFieldStart = false;
                continue;
            }

            var stop = raw[i..].IndexOfAny(',', '"');
            if (stop < 0)
            {
                return null;
            }

            i += stop;
            if (raw[i] == '"')
            {
                return (field, "a stray quote inside an unquoted field; quote the whole field and double the quote (\"\")");
            }

            field++;
            i++;
            atFieldStart = true;
        }

        return null;
    }

    private static int FieldIndexAt(ReadOnlySpan<char> raw, int index)
    {
        var field = 0;
        var quoted = false;
        for (var i = 0; i < Math.Max(0, index); i++)
        {
            if (raw[i] == '"')
            {
                quoted = !quoted;
            }
            else if (raw[i] == ',' && !quoted)
            {
                field++;
            }
        }

        return field;
    }

    /// <summary>What <see cref="char.IsControl(char)"/> calls a control character: C0, DEL and C1.</summary>
    private static readonly System.Buffers.SearchValues<char> IdControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    /// <summary>Control characters other than tab and line breaks (C0, DEL, C1) and the non-characters U+FFFE/U+FFFF.</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>The first control character (NUL, ESC, ...) in a field: they truncate ids in the store and are never data.</summary>
    private static (int Field, int Position, char Char)? ControlCharacter(SepReader.Row row)
    {
        if (!row.Span.ContainsAny(ControlCharacters))
        {
            return null;
        }

        for (var f = 0; f < row.ColCount; f++)
        {
            var span = row[f].Span;
            var i = span.IndexOfAny(ControlCharacters);
            if (i >= 0)
            {
                return (f, i, span[i]);
            }
        }

        return null;
    }

    private ImportRecord? ParseRecord(SepReader.Row row, int headerCount, ColumnMap columns, ImportContext context,
        (string Dataset, string Version, string AliasSource) labels, int line, Dictionary<UInt128, int> ids)
    {
        if (IsHxlTagRow(row))
        {
            return null;
        }

        if (row.ColCount != headerCount)
        {
            return Reject(context, line, "(record)", $"has {row.ColCount} fields, the header has {headerCount}", row.Span.ToString());
        }

        if (ControlCharacter(row) is { } control)
        {
            var name = columns.NameOf(control.Field) ?? $"(field {control.Field + 1})";
            return Reject(context, line, name,
                $"control character U+{(int)control.Char:X4} at character {control.Position + 1} of '{Printable(row[control.Field].Span)}'; expected text without control characters",
                Printable(row.Span));
        }

        var fields = new FieldParser(row, columns, context.DateRange);
        ConflictEvent? conflictEvent;
        try
        {
            conflictEvent = Parse(ref fields, context, labels);
        }
        catch (FormatException ex)
        {
            fields.Fail("(record)", ex.Message);
            conflictEvent = null;
        }

        if (fields.HasError || conflictEvent is null)
        {
            return Reject(context, line, fields.ErrorField ?? "(record)", fields.ErrorReason ?? "not an event", row.Span.ToString());
        }

        if (conflictEvent.Source.SourceId.AsSpan().IndexOfAny(IdControlCharacters) >= 0)
        {
            // A line break or tab inside a quoted id would make an id no one can type or match.
            var at = conflictEvent.Source.SourceId.First(char.IsControl);
            return Reject(context, line, IdColumn, $"control character U+{(int)at:X4} in the id '{Printable(conflictEvent.Source.SourceId)}'; expected an id on one line without tabs",
                Printable(row.Span));
        }

        // The first record with an id stands; a later one in the same file is rejected, naming the first line.
        var key = EventIdKey.Of(conflictEvent.Id);
        if (!ids.TryAdd(key, line))
        {
            return Reject(context, line, IdColumn,
                $"duplicate id '{conflictEvent.Source.SourceId}': already on line {ids[key]}; expected each id once per file", row.Span.ToString());
        }

        return ImportRecord.Accept(conflictEvent, line);
    }

    /// <summary>Text with control characters shown as \u0000, so a rejection can be printed and stored safely.</summary>
    private static string Printable(ReadOnlySpan<char> span)
    {
        var builder = new System.Text.StringBuilder(span.Length);
        foreach (var c in span.Length > 200 ? span[..200] : span)
        {
            if (char.IsControl(c))
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>HDX extracts carry a second header row of HXL hashtags (<c>#date+year</c>); it is metadata, not a record.</summary>
    private static bool IsHxlTagRow(SepReader.Row row)
    {
        var any = false;
        for (var i = 0; i < row.ColCount; i++)
        {
            var span = row[i].Span.Trim();
            if (span.IsEmpty)
            {
                continue;
            }

            if (span[0] != '#')
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Resolves a side through the registry (dated aliases use the event's start date).</summary>
    protected static ActorMention Side(ImportContext context, string aliasSource, string? name, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(context);
        return string.IsNullOrWhiteSpace(name)
            ? new ActorMention("", null)
            : new ActorMention(name, context.Actors.Resolve(aliasSource, name, date));
    }

    /// <summary>Builds a place, normalising province and district through the gazetteer.</summary>
    protected static EventPlace Place(ImportContext context, string country, string? province, string? district,
        string? placeName, double? latitude, double? longitude, int? precision)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (p, d) = context.Places.Resolve(country, province, district);
        return new EventPlace(country, p, d, placeName, province, district, latitude, longitude, precision);
    }
}
