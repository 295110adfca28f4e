using Crosscurrents.Core.Reported;
using DuckDB.NET.Data;

namespace Crosscurrents.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    public Task ReplaceReportedFiguresAsync(string sourceFile, IReadOnlyList<ReportedFigure> figures, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfReadOnly();
        using var tx = _connection.BeginTransaction();
        using (var delete = _connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM reported_figures WHERE source_file = $file";
            delete.Parameters.Add(new DuckDBParameter("file", sourceFile));
            delete.ExecuteNonQuery();
        }

        using (var appender = _connection.CreateAppender("reported_figures"))
        {
            foreach (var f in figures)
            {
                appender.CreateRow()
                    .AppendValue(sourceFile).AppendValue(f.Publisher).AppendValue(f.Measure).AppendValue(f.Country).AppendValue(f.Province)
                    .AppendValue((DateOnly?)f.PeriodStart).AppendValue((DateOnly?)f.PeriodEnd).AppendValue(f.Quantity).AppendValue((double?)f.Value)
                    .AppendValue(f.SourceUrl).AppendValue(f.Note).AppendValue((int?)f.Revision).AppendValue(f.File)
                    .EndRow();
            }
        }

        tx.Commit();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReportedFigure>> ReportedFiguresAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT publisher, measure, country, province, period_start, period_end, quantity, value, source_url, note, revision, origin FROM reported_figures ORDER BY publisher, measure, country, province NULLS FIRST, period_start, period_end, quantity, revision";
        using var r = cmd.ExecuteReader();
        var result = new List<ReportedFigure>();
        while (r.Read())
        {
            result.Add(new ReportedFigure(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetFieldValue<DateOnly>(4), r.GetFieldValue<DateOnly>(5), r.GetString(6), r.GetDouble(7),
                r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9), r.GetInt32(10), r.GetString(11)));
        }

        return Task.FromResult<IReadOnlyList<ReportedFigure>>(result);
    }
}
