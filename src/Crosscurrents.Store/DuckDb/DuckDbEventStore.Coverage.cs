using System.Globalization;
using Crosscurrents.Core.Coverage;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    public Task<CoverageMap> CoverageMapAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ReadCoverageMap());
    }

    private CoverageMap ReadCoverageMap() => new(ReadBatches().Where(b => b.Coverage is not null).Select(b => b.Coverage!));

    public Task ReplaceLinksAsync(IReadOnlyList<EventLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        cancellationToken.ThrowIfCancellationRequested();
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
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<EventLink>> LinksAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT event_id, incident_id, days, rule FROM event_links ORDER BY incident_id, event_id";
        using var r = cmd.ExecuteReader();
        var result = new List<EventLink>();
        while (r.Read())
        {
            result.Add(new EventLink(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3)));
        }

        return Task.FromResult<IReadOnlyList<EventLink>>(result);
    }

    public Task<string?> SettingAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM settings WHERE key = $key";
        cmd.Parameters.Add(new DuckDBParameter("key", key));
        return Task.FromResult(cmd.ExecuteScalar() as string);
    }

    public Task SetSettingAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfReadOnly();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT OR REPLACE INTO settings VALUES ($key, $value)";
        cmd.Parameters.Add(new DuckDBParameter("key", key));
        cmd.Parameters.Add(new DuckDBParameter("value", value));
        cmd.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StoredRejection>> RejectionsAsync(string? batchId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = Command(
            "SELECT r.batch_id, r.file, r.line, r.field, r.reason, r.record FROM rejects r JOIN import_batches b ON b.id = r.batch_id" +
            (batchId is null ? "" : " WHERE r.batch_id = ?") + " ORDER BY b.started_at, r.batch_id, r.seq",
            batchId is null ? [] : [batchId]);
        using var r = cmd.ExecuteReader();
        var result = new List<StoredRejection>();
        while (r.Read())
        {
            result.Add(new StoredRejection(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5)));
        }

        return Task.FromResult<IReadOnlyList<StoredRejection>>(result);
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
        var missing = ReadBatches().Where(b => b.Coverage is null).ToList();
        foreach (var batch in missing)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT min(date_start), max(date_start), string_agg(DISTINCT country, '|'), string_agg(DISTINCT violence_type::VARCHAR, '|') FROM events WHERE batch_id = $id";
            cmd.Parameters.Add(new DuckDBParameter("id", batch.Id));
            using var r = cmd.ExecuteReader();
            r.Read();
            var seen = r.IsDBNull(0)
                ? ImportObservation.None
                : new ImportObservation(r.GetFieldValue<DateOnly>(0), r.GetFieldValue<DateOnly>(1), CoverageColumns.Split(r.GetString(2))!,
                    CoverageColumns.Split(r.GetString(3))!.Select(k => (ViolenceType)byte.Parse(k, CultureInfo.InvariantCulture)).ToList());
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
        cmd.Parameters.Add(new DuckDBParameter("countries", string.Join(CoverageColumns.ListSeparator, coverage.Countries)));
        cmd.Parameters.Add(new DuckDBParameter("provinces", coverage.Provinces is null ? DBNull.Value : string.Join(CoverageColumns.ListSeparator, coverage.Provinces)));
        cmd.Parameters.Add(new DuckDBParameter("kinds", coverage.Kinds is null ? DBNull.Value : string.Join(CoverageColumns.ListSeparator, coverage.Kinds.Select(k => ((byte)k).ToString(CultureInfo.InvariantCulture)))));
        cmd.Parameters.Add(new DuckDBParameter("origin", coverage.Origin));
        cmd.Parameters.Add(new DuckDBParameter("rule", coverage.Rule));
        cmd.Parameters.Add(new DuckDBParameter("id", batchId));
        cmd.ExecuteNonQuery();
    }
}
