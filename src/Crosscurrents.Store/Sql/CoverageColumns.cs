using System.Globalization;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Store.Sql;

/// <summary>The coverage columns of <c>import_batches</c> (completeness, cover_from ... cover_rule), the same in every
/// SQL backend: lists joined with '|', kinds as their numeric codes.</summary>
internal static class CoverageColumns
{
    public const char ListSeparator = '|';

    /// <summary>The eight column values in table order (null where the coverage has none).</summary>
    public static object?[] Values(DatasetCoverage coverage) =>
    [
        coverage.Completeness.ToString().ToLowerInvariant(),
        coverage.From,
        coverage.To,
        string.Join(ListSeparator, coverage.Countries),
        coverage.Provinces is null ? null : string.Join(ListSeparator, coverage.Provinces),
        coverage.Kinds is null ? null : string.Join(ListSeparator, coverage.Kinds.Select(k => ((byte)k).ToString(CultureInfo.InvariantCulture))),
        coverage.Origin,
        coverage.Rule,
    ];

    public static DatasetCoverage? Read(System.Data.Common.DbDataReader r, int at, string dataset)
    {
        if (r.IsDBNull(at))
        {
            return null;
        }

        return new DatasetCoverage(
            dataset,
            Enum.Parse<Completeness>(r.GetString(at), ignoreCase: true),
            r.IsDBNull(at + 1) ? null : r.GetFieldValue<DateOnly>(at + 1),
            r.IsDBNull(at + 2) ? null : r.GetFieldValue<DateOnly>(at + 2),
            Split(r.IsDBNull(at + 3) ? "" : r.GetString(at + 3)) ?? [],
            r.IsDBNull(at + 4) ? null : Split(r.GetString(at + 4)),
            r.IsDBNull(at + 5) ? null : Split(r.GetString(at + 5))!.Select(k => (ViolenceType)byte.Parse(k, CultureInfo.InvariantCulture)).ToList(),
            r.IsDBNull(at + 6) ? "derived" : r.GetString(at + 6),
            r.IsDBNull(at + 7) ? "" : r.GetString(at + 7));
    }

    public static List<string>? Split(string? text) =>
        text is null ? null : text.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
}
