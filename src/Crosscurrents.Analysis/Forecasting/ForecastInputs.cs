using System.Globalization;
using Crosscurrents.Analysis;
using Crosscurrents.Core;
using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Models.Forecasting;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Reported;

namespace Crosscurrents.Analysis.Forecasting;

/// <summary>What is forecast: monthly events or deaths of a stream, or the national PICSS figures.</summary>
public enum ForecastTarget
{
    Events,
    Fatalities,
    PicssAttacks,
    PicssKilled,
}

/// <summary>How the units are split.</summary>
public enum ForecastUnits
{
    /// <summary>One series for the stream's whole filter (the country, or the province asked for).</summary>
    None,
    /// <summary>One series per province with events.</summary>
    Province,
    /// <summary>One series per district with events (province/district).</summary>
    District,
}

/// <summary>The monthly series a forecast or backtest runs on, with what they were built from.</summary>
public sealed record ForecastInput(IReadOnlyList<MonthlySeries> Units, string Snapshot, string Description, string CoverageNote, DateOnly DefaultFirstOrigin);

/// <summary>Builds the units' monthly series from the store: covered months are counts, uncovered ones NaN.</summary>
public static class ForecastInputs
{
    public static ForecastInput Build(AnalysisContext context, string streamName, ForecastTarget target, ForecastUnits by, string? province)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (store, actors) = (context.Store, context.Actors);
        if (target is ForecastTarget.PicssAttacks or ForecastTarget.PicssKilled)
        {
            if (by != ForecastUnits.None || province is not null)
            {
                throw new UsageException("the PICSS figures are national: --by province and --province apply to event targets only");
            }

            return Reported(store, target == ForecastTarget.PicssAttacks ? "attacks" : "killed");
        }

        var stream = Analyses.Streams(context, streamName).Single();
        var filter = stream.ToFilter(actors) with { Province = province ?? stream.Province };
        var scoped = stream with { Province = filter.Province };
        var window = Analyses.Window(context, [scoped]);
        var from = new DateOnly(window.From.Year, window.From.Month, 1);
        var options = new SeriesOptions(TimeResolution.Month, target == ForecastTarget.Fatalities ? Measure.Fatalities : Measure.Events,
            by switch { ForecastUnits.Province => Grouping.Province, ForecastUnits.District => Grouping.District, _ => Grouping.None }, Top: 1000, From: from, To: window.To);
        var key = SeriesBuilder.KeyOf(options.Grouping);
        var scope = filter with { From = window.From, To = window.To };
        var counts = store.Count(scope, new CountRequest(TimeResolution.Month, key));
        var series = SeriesBuilder.Build(counts, options, actors);
        var daily = by == ForecastUnits.District ? null : Daily(store.Count(scope, new CountRequest(TimeResolution.Day, key)), options, actors, target);
        var units = series.Groups.Where(g => g.Name != SeriesBuilder.Other && !g.Name.StartsWith('(')).Select(g =>
            new MonthlySeries(by != ForecastUnits.None ? g.Name : province ?? stream.Country ?? "all", series.PeriodStarts[0], g.Best) { Daily = daily?.GetValueOrDefault(g.Name) }).ToList();
        var what = $"{(target == ForecastTarget.Fatalities ? "deaths (best estimate)" : "events")} per month, stream {stream.Name}{(province is null ? "" : $", {province}")}{(by == ForecastUnits.None ? "" : $", by {by.ToString().ToLowerInvariant()}")}";
        return new ForecastInput(units, series.Snapshot.Id, what, window.Note.Length > 0 ? window.Note : series.CoverageNote, new DateOnly(2010, 1, 1));
    }

    /// <summary>
    /// Each group's events (and, for a deaths target, deaths) per day over the same span, for the Hawkes forecaster.
    /// Not built by district: a Hawkes fit per district and origin is beyond the backtest's time budget.
    /// </summary>
    private static Dictionary<string, DailyHistory> Daily(EventCounts days, SeriesOptions monthly, ActorRegistry actors, ForecastTarget target)
    {
        var options = monthly with { Resolution = TimeResolution.Day, Measure = Measure.Events };
        var events = SeriesBuilder.Build(days, options, actors);
        var deaths = target == ForecastTarget.Fatalities ? SeriesBuilder.Build(days, options with { Measure = Measure.Fatalities }, actors).Groups.ToDictionary(g => g.Name, g => g.Best) : null;
        var dailyTarget = target == ForecastTarget.Fatalities ? DailyTarget.Deaths : DailyTarget.Events;
        return events.Groups.ToDictionary(g => g.Name, g => new DailyHistory(events.PeriodStarts[0], g.Best, deaths is null ? null : deaths.GetValueOrDefault(g.Name) ?? new double[g.Best.Length], dailyTarget));
    }

    private static ForecastInput Reported(IEventStore store, string quantity)
    {
        var figures = store.ReportedFigures();
        var options = new ReportedSeriesOptions("PICSS", "militant_attacks", quantity);
        var series = ReportedSeriesBuilder.Build(figures, options);
        if (series.Months.Count == 0)
        {
            throw new UsageException("the store holds no PICSS monthly figures; import data/reported/pak_militancy_monthly_reported.csv");
        }

        var c = CultureInfo.InvariantCulture;
        var snapshot = DataSnapshot.Compute(series.Months.Where(m => m.Value is not null)
            .Select(m => ($"PICSS/militant_attacks/{quantity}/{m.Month.ToString("yyyy-MM", c)}", m.Value!.Value.ToString("R", c))));
        var unit = new MonthlySeries("Pakistan", series.Months[0].Month, series.Months.Select(m => m.Value ?? double.NaN).ToArray());
        var gaps = series.Months.Count(m => m.Value is null);
        return new ForecastInput([unit], snapshot.Id, $"PICSS militant attacks ({quantity}) per month, national, latest revision",
            $"PICSS monthly figures {series.Months[0].Month:yyyy-MM}..{series.Months[^1].Month:yyyy-MM}; {gaps} months not published (missing, never zero)", new DateOnly(2021, 1, 1));
    }

    /// <summary>The last origin a unit can be forecast from: its last covered month.</summary>
    public static DateOnly LastCovered(IReadOnlyList<MonthlySeries> units) =>
        units.Select(u => Enumerable.Range(0, u.Count).Where(u.IsCovered).Select(u.Month).DefaultIfEmpty(DateOnly.MinValue).Max()).Max();

    /// <summary>Parses --target.</summary>
    public static ForecastTarget Target(string text) => text switch
    {
        "events" => ForecastTarget.Events,
        "fatalities" => ForecastTarget.Fatalities,
        "picss-attacks" => ForecastTarget.PicssAttacks,
        "picss-killed" => ForecastTarget.PicssKilled,
        _ => throw new UsageException($"--target '{text}': use events, fatalities, picss-attacks or picss-killed"),
    };

    /// <summary>Parses --by.</summary>
    public static ForecastUnits Units(string text) => text switch
    {
        "none" => ForecastUnits.None,
        "province" => ForecastUnits.Province,
        "district" => ForecastUnits.District,
        _ => throw new UsageException($"--by '{text}': use none, province or district"),
    };

}

/// <summary>Reports backtest progress (origins done) as a fraction, from any thread, one report at a time.</summary>
public sealed class OriginProgress(IProgress<double> inner) : IProgress<(int Done, int Total)>
{
    private readonly Lock _lock = new();

    public void Report((int Done, int Total) value)
    {
        lock (_lock)
        {
            inner.Report(value.Total == 0 ? 1 : value.Done / (double)value.Total);
        }
    }
}
