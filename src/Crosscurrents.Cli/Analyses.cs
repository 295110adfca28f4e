using Crosscurrents.Core.Actors;
using Crosscurrents.Core.Events;
using Crosscurrents.Core.Snapshots;
using Crosscurrents.Core.Storage;
using Crosscurrents.Core.Streams;
using Crosscurrents.Models.Changepoints;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Models.Hawkes;
using Crosscurrents.Series.Counts;
using Crosscurrents.Series.Covariates;
using MathNet.Numerics.LinearAlgebra;

namespace Crosscurrents.Cli;

/// <summary>Composes store queries, series and models for the analysis commands and the brief.</summary>
internal static class Analyses
{
    public static IReadOnlyList<StreamDefinition> Streams(Workspace workspace, string names)
    {
        var catalog = StreamDefinition.Load(Path.Combine(workspace.DataDirectory, "streams.csv"));
        return names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => catalog.FirstOrDefault(s => s.Name == n) ?? throw new UsageException($"unknown stream '{n}'; streams: {string.Join(", ", catalog.Select(s => s.Name))}"))
            .ToList();
    }

    /// <summary>The first and last event dates in the store, or a clear error when it is empty.</summary>
    public static (DateOnly First, DateOnly Last) Span(IEventStore store)
    {
        var coverage = store.Coverage();
        return coverage is { First: { } first, Last: { } last }
            ? (first, last)
            : throw new UsageException("the store holds no events; run 'crosscurrents brief' or 'crosscurrents import' first");
    }

    public static StudyRun Study(IEventStore store, Workspace workspace, ActorRegistry actors, StreamDefinition stream, string[] kinds,
        TimeResolution resolution, EventStudyOptions options)
    {
        var (from, to) = Span(store);
        var set = store.Query(stream.ToFilter(actors));
        var series = SeriesBuilder.Build(set, new SeriesOptions(resolution, From: from, To: to), actors);
        var periods = workspace.LoadTimeline().OfKind(kinds).Where(p => p.Start >= from && p.Start <= to).ToList();
        var index = series.PeriodStarts.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var interventions = periods.Select(p => index[PeriodCalendar.StartOf(p.Start, resolution)]).ToList();
        if (interventions.Count == 0)
        {
            throw new UsageException($"no timeline entries of kind {string.Join(", ", kinds)} fall between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}");
        }

        var result = EventStudy.Run(series.Groups[0].Best, interventions, options with { PeriodsPerYear = resolution == TimeResolution.Week ? 52 : 12 });
        return new StudyRun(stream, kinds, series, periods.Count, result, set.Snapshot);
    }

    public static HawkesRun Hawkes(IEventStore store, Workspace workspace, ActorRegistry actors, IReadOnlyList<StreamDefinition> streams,
        DateOnly first, DateOnly last, CovariateOptions covariateOptions, int seed, IReadOnlyList<(StreamDefinition Stream, int Days)>? windows = null,
        bool chooseTrendKnots = false)
    {
        if (last <= first.AddDays(365))
        {
            throw new UsageException("the span must be longer than a year");
        }

        var days = last.DayNumber - first.DayNumber + 1;
        var sets = streams.Select(s => store.Query(s.ToFilter(actors) with { From = first, To = last })).ToList();
        var counts = sets.ToList().Select(set =>
        {
            var c = new double[days];
            foreach (var e in set.Events)
            {
                c[e.DateStart.DayNumber - first.DayNumber]++;
            }

            return c;
        }).ToArray();
        var timeline = workspace.LoadTimeline();
        var windowColumns = new List<(string Name, double[] Column)>();
        foreach (var (stream, windowDays) in windows ?? [])
        {
            var set = store.Query(stream.ToFilter(actors) with { From = first, To = last });
            sets.Add(set);
            var c = new double[days];
            foreach (var e in set.Events)
            {
                c[e.DateStart.DayNumber - first.DayNumber]++;
            }

            var (name, column) = DailyCovariates.WindowAfter(stream.Name, c, windowDays);
            if (column.Any(v => v != column[0]))
            {
                windowColumns.Add((name, column));
            }
        }

        HawkesData Data(int knots)
        {
            var (baseNames, baseColumns) = DailyCovariates.Build(first, last, timeline, covariateOptions with { TrendKnots = knots });
            var names = baseNames.Concat(windowColumns.Select(w => w.Name)).ToList();
            var columns = baseColumns.Concat(windowColumns.Select(w => w.Column)).ToList();
            return new HawkesData(streams.Select(s => s.Name).ToList(), counts, names, Matrix<double>.Build.Dense(days, names.Count, (t, c) => columns[c][t]));
        }

        // Trend knots by BIC unless the caller fixed them; at most one knot a year.
        var selection = chooseTrendKnots
            ? HawkesModel.SelectTrend(HawkesModel.DefaultTrendKnots.Where(n => n < days / 365).ToList(), Data)
            : null;
        var fit = selection?.Fit ?? HawkesModel.Fit(Data(covariateOptions.TrendKnots));
        var data = fit.Data;
        var gof = fit.Usable ? HawkesModel.GoodnessOfFit(fit, seed) : null;
        var snapshot = DataSnapshot.Compute(sets.SelectMany(s => s.Events).DistinctBy(e => e.Id).Select(e => (e.Id, EventContentHash.Compute(e))));
        return new HawkesRun(data, fit, gof, snapshot, first, last, selection);
    }

    public static ChangepointRun Changepoints(IEventStore store, ActorRegistry actors, StreamDefinition stream, SeriesOptions seriesOptions, ChangepointOptions options)
    {
        var set = store.Query(stream.ToFilter(actors));
        if (set.Events.Count == 0)
        {
            throw new UsageException($"stream '{stream.Name}' has no events in the store");
        }

        var series = SeriesBuilder.Build(set, seriesOptions, actors);
        return new ChangepointRun(stream, series, ChangepointDetection.Detect(series.Groups[0].Best, options), set.Snapshot);
    }
}

internal sealed record StudyRun(StreamDefinition Stream, string[] Kinds, EventSeries Series, int TimelineEntries, EventStudyResult Result, DataSnapshot Snapshot);

/// <summary>A Hawkes fit with what it was fitted on; <see cref="GoodnessOfFit"/> is null when the fit is not usable, <see cref="TrendSelection"/> when the knots were fixed.</summary>
internal sealed record HawkesRun(HawkesData Data, HawkesFit Fit, HawkesGoodnessOfFit? GoodnessOfFit, DataSnapshot Snapshot, DateOnly First, DateOnly Last, HawkesTrendSelection? TrendSelection);

internal sealed record ChangepointRun(StreamDefinition Stream, EventSeries Series, ChangepointResult Result, DataSnapshot Snapshot);
