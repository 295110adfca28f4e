using Crosscurrents.Core.Periods;
using Crosscurrents.Core.Reported;
using Crosscurrents.Core.Storage;
using Crosscurrents.Store.Sql;
using Npgsql;
using NpgsqlTypes;

namespace Crosscurrents.Store.Postgres;

public sealed partial class PostgresEventStore
{
    public async Task ReplaceTimelineAsync(Timeline timeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ThrowIfReadOnly();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, "DELETE FROM periods", cancellationToken, tx).ConfigureAwait(false);
        await using (var copy = await connection.BeginBinaryImportAsync("COPY periods (date_start, date_end, kind, description, source_url, parties) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var p in timeline.Periods)
            {
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                CopyValues.Date(copy, p.Start);
                CopyValues.Date(copy, p.End);
                CopyValues.Text(copy, p.Kind);
                CopyValues.Text(copy, p.Description);
                CopyValues.Text(copy, p.SourceUrl);
                CopyValues.Text(copy, p.Parties.Count == 0 ? null : string.Join(';', p.Parties));
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Timeline> TimelineAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        // Insertion order, as DuckDB returns it.
        await using var cmd = Command(connection, "SELECT date_start, date_end, kind, description, source_url, parties FROM periods ORDER BY seq", []);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var periods = new List<Period>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            periods.Add(new Period(r.GetFieldValue<DateOnly>(0), r.IsDBNull(1) ? null : r.GetFieldValue<DateOnly>(1),
                r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4))
            {
                Parties = Core.Periods.Timeline.SplitParties(r.IsDBNull(5) ? null : r.GetString(5)),
            });
        }

        return new Timeline(periods);
    }

    public async Task ReplaceReportedFiguresAsync(string sourceFile, IReadOnlyList<ReportedFigure> figures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentNullException.ThrowIfNull(figures);
        ThrowIfReadOnly();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, "DELETE FROM reported_figures WHERE source_file = $1", cancellationToken, tx, sourceFile).ConfigureAwait(false);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY reported_figures (source_file, publisher, measure, country, province, period_start, period_end, quantity, value, source_url, note, revision, origin) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var f in figures)
            {
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                CopyValues.Text(copy, sourceFile);
                CopyValues.Text(copy, f.Publisher);
                CopyValues.Text(copy, f.Measure);
                CopyValues.Text(copy, f.Country);
                CopyValues.Text(copy, f.Province);
                CopyValues.Date(copy, f.PeriodStart);
                CopyValues.Date(copy, f.PeriodEnd);
                CopyValues.Text(copy, f.Quantity);
                copy.Write(f.Value, NpgsqlDbType.Double);
                CopyValues.Text(copy, f.SourceUrl);
                CopyValues.Text(copy, f.Note);
                copy.Write(f.Revision, NpgsqlDbType.Integer);
                CopyValues.Text(copy, f.File);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReportedFigure>> ReportedFiguresAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection,
            "SELECT publisher, measure, country, province, period_start, period_end, quantity, value, source_url, note, revision, origin FROM reported_figures " +
            "ORDER BY publisher COLLATE \"C\", measure COLLATE \"C\", country COLLATE \"C\", province COLLATE \"C\" NULLS FIRST, period_start, period_end, quantity COLLATE \"C\", revision", []);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ReportedFigure>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ReportedFigure(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetFieldValue<DateOnly>(4), r.GetFieldValue<DateOnly>(5), r.GetString(6), r.GetDouble(7),
                r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9), r.GetInt32(10), r.GetString(11)));
        }

        return result;
    }

    public async Task ReplaceLinksAsync(IReadOnlyList<EventLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        ThrowIfReadOnly();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, "DELETE FROM event_links", cancellationToken, tx).ConfigureAwait(false);
        await using (var copy = await connection.BeginBinaryImportAsync("COPY event_links (event_id, incident_id, days, rule) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var link in links)
            {
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                CopyValues.Text(copy, link.EventId);
                CopyValues.Text(copy, link.IncidentId);
                copy.Write(link.Days, NpgsqlDbType.Integer);
                CopyValues.Text(copy, link.Rule);
            }

            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<EventLink>> LinksAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection, "SELECT event_id, incident_id, days, rule FROM event_links ORDER BY incident_id, event_id", []);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<EventLink>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new EventLink(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3)));
        }

        return result;
    }

    public async Task<IReadOnlyList<EventHistoryEntry>> HistoryAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ReadHistoryAsync(connection, "WHERE id = $1", [eventId], cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<EventHistoryEntry>> ReadHistoryAsync(NpgsqlConnection connection, string where, object?[] parameters, CancellationToken cancellationToken)
    {
        await using var cmd = Command(connection, $"SELECT {EventColumns}, NULL, changed_by, change, changed_at FROM event_history {where} ORDER BY changed_at, changed_by, id", parameters);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<EventHistoryEntry>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var e = EventRows.Read(r);
            result.Add(new EventHistoryEntry(e, r.GetString(EventRows.ContentHash), e.ImportBatch ?? "", r.GetString(33), r.GetString(34))
            {
                ChangedAt = r.GetFieldValue<DateTimeOffset>(35),
            });
        }

        return result;
    }

    public async Task<IReadOnlyList<StoredRejection>> RejectionsAsync(string? batchId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection,
            "SELECT r.batch_id, r.file, r.line, r.field, r.reason, r.record FROM rejects r JOIN import_batches b ON b.id = r.batch_id" +
            (batchId is null ? "" : " WHERE r.batch_id = $1") + " ORDER BY b.started_at, r.batch_id, r.seq",
            batchId is null ? [] : [batchId]);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<StoredRejection>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StoredRejection(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5)));
        }

        return result;
    }

    public async Task<string?> SettingAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(connection, "SELECT value FROM settings WHERE key = $1", [key]);
        return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task SetSettingAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfReadOnly();
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await Execute(connection, "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", cancellationToken, null, key, value).ConfigureAwait(false);
    }
}
