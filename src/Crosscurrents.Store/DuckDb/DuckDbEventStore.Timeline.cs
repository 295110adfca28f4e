using Crosscurrents.Core.Periods;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    public Task ReplaceTimelineAsync(Timeline timeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfReadOnly();
        using var tx = _connection.BeginTransaction();
        Execute("DELETE FROM periods");
        using (var appender = _connection.CreateAppender("periods"))
        {
            foreach (var p in timeline.Periods)
            {
                appender.CreateRow()
                    .AppendValue((DateOnly?)p.Start)
                    .AppendValue(p.End)
                    .AppendValue(p.Kind)
                    .AppendValue(p.Description)
                    .AppendValue(p.SourceUrl)
                    .AppendValue(p.Parties.Count == 0 ? null : string.Join(';', p.Parties))
                    .EndRow();
            }
        }

        tx.Commit();
        return Task.CompletedTask;
    }

    public Task<Timeline> TimelineAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT date_start, date_end, kind, description, source_url, parties FROM periods";
        using var r = cmd.ExecuteReader();
        var periods = new List<Period>();
        while (r.Read())
        {
            periods.Add(new Period(r.GetFieldValue<DateOnly>(0), r.IsDBNull(1) ? null : r.GetFieldValue<DateOnly>(1),
                r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4))
            {
                Parties = Core.Periods.Timeline.SplitParties(r.IsDBNull(5) ? null : r.GetString(5)),
            });
        }

        return Task.FromResult(new Timeline(periods));
    }
}
