using System.Globalization;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    private const char ListSeparator = '|';

    public CoverageMap CoverageMap() =>
        new(Batches().Where(b => b.Coverage is not null).Select(b => b.Coverage!));

    public void ReplaceLinks(IReadOnlyList<EventLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        ThrowIfReadOnly();
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM event_links");
        using (var appender = _connection.CreateAppender("event_links"))
        {
            foreach (var link in links)
            {
                appender.CreateRow().AppendValue(link.EventId).AppendValue(link.IncidentId).AppendValue((int?)link.Days).AppendValue(link.Rule).EndRow();
            }
        }

        tx.Commit();
    }

    public IReadOnlyList<EventLink> Links()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT event_id, incident_id, days, rule FROM event_links ORDER BY incident_id, event_id";
        using var r = cmd.ExecuteReader();
        var result = new List<EventLink>();
        while (r.Read())
        {
            result.Add(new EventLink(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3)));
        }

        return result;
    }

    public string? Setting(string key)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM settings WHERE key = $key";
        cmd.Parameters.Add(new DuckDBParameter("key", key));
        return cmd.ExecuteScalar() as string;
    }

    public void SetSetting(string key, string value)
    {
        ThrowIfReadOnly();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT OR REPLACE INTO settings VALUES ($key, $value)";
        cmd.Parameters.Add(new DuckDBParameter("key", key));
        cmd.Parameters.Add(new DuckDBParameter("value", value));
        cmd.ExecuteNonQuery();
    }

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new StoreException($"{Path}: opened read-only; cannot write.");
        }
    }

    /// <summary>Imports made before coverage was recorded get the coverage their format's rule derives from their events.</summary>
    private void BackfillCoverage()
    {
        var missing = Batches().Where(b => b.Coverage is null).ToList();
        foreach (var batch in missing)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT min(date_start), max(date_start), string_agg(DISTINCT country, '|'), string_agg(DISTINCT violence_type::VARCHAR, '|') FROM events WHERE batch_id = $id";
            cmd.Parameters.Add(new DuckDBParameter("id", batch.Id));
            using var r = cmd.ExecuteReader();
            r.Read();
            var seen = r.IsDBNull(0)
                ? ImportObservation.None
                : new ImportObservation(r.GetFieldValue<DateOnly>(0), r.GetFieldValue<DateOnly>(1), Split(r.GetString(2))!,
                    Split(r.GetString(3))!.Select(k => (ViolenceType)byte.Parse(k, CultureInfo.InvariantCulture)).ToList());
            WriteCoverage(batch.Id, CoverageRules.Derive(batch.Format, batch.Dataset, seen));
        }
    }

    private void WriteCoverage(string batchId, DatasetCoverage coverage)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            UPDATE import_batches SET completeness = $c, cover_from = $f, cover_to = $t, cover_countries = $countries,
                cover_provinces = $provinces, cover_kinds = $kinds, cover_origin = $origin, cover_rule = $rule
            WHERE id = $id
            """;
        cmd.Parameters.Add(new DuckDBParameter("c", coverage.Completeness.ToString().ToLowerInvariant()));
        cmd.Parameters.Add(new DuckDBParameter("f", (object?)coverage.From ?? DBNull.Value));
        cmd.Parameters.Add(new DuckDBParameter("t", (object?)coverage.To ?? DBNull.Value));
        cmd.Parameters.Add(new DuckDBParameter("countries", string.Join(ListSeparator, coverage.Countries)));
        cmd.Parameters.Add(new DuckDBParameter("provinces", coverage.Provinces is null ? DBNull.Value : string.Join(ListSeparator, coverage.Provinces)));
        cmd.Parameters.Add(new DuckDBParameter("kinds", coverage.Kinds is null ? DBNull.Value : string.Join(ListSeparator, coverage.Kinds.Select(k => ((byte)k).ToString(CultureInfo.InvariantCulture)))));
        cmd.Parameters.Add(new DuckDBParameter("origin", coverage.Origin));
        cmd.Parameters.Add(new DuckDBParameter("rule", coverage.Rule));
        cmd.Parameters.Add(new DuckDBParameter("id", batchId));
        cmd.ExecuteNonQuery();
    }

    private static DatasetCoverage? ReadCoverage(System.Data.Common.DbDataReader r, int at, string dataset)
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

    private static List<string>? Split(string? text) =>
        text is null ? null : text.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
}
