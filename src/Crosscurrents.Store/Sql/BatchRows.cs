using System.Data.Common;
using Crosscurrents.Core.Storage;

namespace Crosscurrents.Store.Sql;

/// <summary>Reading <c>import_batches</c>, the same in every SQL backend.</summary>
internal static class BatchRows
{
    /// <summary>Every import, oldest first.</summary>
    public const string Select =
        "SELECT id, file, file_sha256, format, dataset, dataset_version, started_at, records_read, imported, updated, unchanged, rejected, " +
        "completeness, cover_from, cover_to, cover_countries, cover_provinces, cover_kinds, cover_origin, cover_rule FROM import_batches ORDER BY started_at, id";

    /// <summary>One row of <see cref="Select"/>.</summary>
    public static ImportBatch Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ImportBatch(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6))
        {
            Read = reader.GetInt64(7),
            Imported = reader.GetInt64(8),
            Updated = reader.GetInt64(9),
            Unchanged = reader.GetInt64(10),
            Rejected = reader.GetInt64(11),
            Coverage = CoverageColumns.Read(reader, 12, reader.GetString(4)),
        };
    }
}
