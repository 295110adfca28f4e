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

    public virtual bool Recognises(IReadOnlyList<string> header, string fileName) => HasKeyColumns(header);

    /// <summary>Whether every key column is in the header (names compared without case).</summary>
    protected bool HasKeyColumns(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var names = new HashSet<string>(header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        return KeyColumns.All(names.Contains);
    }

    public IEnumerable<ImportRecord> Read(Stream stream, ImportContext context, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(context);
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(stream);
        var header = reader.Header.ColNames;
        var columns = new ColumnMap(header);
        var labels = Labels(context);
        long length = stream.CanSeek ? Math.Max(1, stream.Length) : 0;
        var nextReport = 0L;
        while (reader.MoveNext())
        {
            var record = ParseRecord(reader.Current, header.Count, columns, context, labels);
            if (progress is not null && length > 0 && stream.Position >= nextReport)
            {
                progress.Report((double)stream.Position / length);
                nextReport = stream.Position + (length / 200);
            }

            if (record is { } r)
            {
                yield return r;
            }
        }

        progress?.Report(1.0);
    }

    /// <summary>The dataset name and version events from this file carry.</summary>
    protected abstract (string Dataset, string Version, string AliasSource) Labels(ImportContext context);

    /// <summary>Builds an event from a record, or records a problem in <paramref name="fields"/> and returns null.</summary>
    private protected abstract ConflictEvent? Parse(ref FieldParser fields, ImportContext context, (string Dataset, string Version, string AliasSource) labels);

    private ImportRecord? ParseRecord(SepReader.Row row, int headerCount, ColumnMap columns, ImportContext context,
        (string Dataset, string Version, string AliasSource) labels)
    {
        if (IsHxlTagRow(row))
        {
            return null;
        }

        if (row.ColCount != headerCount)
        {
            return ImportRecord.Reject(new Rejection(context.FilePath, row.LineNumberFrom, "(record)",
                $"has {row.ColCount} fields, the header has {headerCount}", row.Span.ToString()));
        }

        var fields = new FieldParser(row, columns);
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
            return ImportRecord.Reject(new Rejection(context.FilePath, row.LineNumberFrom, fields.ErrorField ?? "(record)",
                fields.ErrorReason ?? "not an event", row.Span.ToString()));
        }

        return ImportRecord.Accept(conflictEvent);
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
