using Crosscurrents.Core;
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

namespace Crosscurrents.Analysis;

/// <summary>Composes store queries, series and models for the analysis commands and the brief.</summary>
public static class Analyses
{
    public static IReadOnlyList<StreamDefinition> Streams(AnalysisContext context, string names)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(names);
        var catalog = context.StreamCatalog;
        var list = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (list.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            // The same stream twice makes collinear models (a Granger F of -3 on ttp,ttp).
            throw new UsageException($"--streams: '{twice.Key}' is given {twice.Count()} times; give distinct streams");
        }

        return list
            .Select(n => catalog.FirstOrDefault(s => s.Name == n) ?? throw new UsageException($"unknown stream '{n}'; streams: {string.Join(", ", catalog.Select(s => s.Name))}"))
            .ToList();
    }

    /// <summary>Exactly one stream, or a usage error naming the option.</summary>
    public static StreamDefinition Stream(AnalysisContext context, string name, string option)
    {
        var streams = Streams(context, name);
        return streams.Count == 1 ? streams[0] : throw new UsageException($"{option} '{name}': give exactly one stream");
    }

    /// <summary>
    /// The window a model may use for these streams: the longest stretch of days inside <paramref name="from"/>..<paramref name="to"/>
    /// that complete sources cover for every stream's places and kind. Uncovered days are never read as zero; when the
    /// window asked for is wider, the note says what covers what. No covered day at all is an error that says so.
    /// </summary>
    public static CoveredWindow Window(AnalysisContext context, IReadOnlyList<StreamDefinition> streams, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(streams);
        var actors = context.Actors;
        var coverage = context.Store.CoverageMap();
        var start = from ?? DateOnly.MinValue;
        var end = to ?? DateOnly.MaxValue;
        var runs = coverage.CoveredRuns(streams.Select(s => Core.Coverage.CoverageScope.Of(s.ToFilter(actors))), start, end);

        var names = string.Join(", ", streams.Select(s => s.Name));
        var what = string.Join("; ", streams.Select(s => Core.Coverage.CoverageScope.Of(s.ToFilter(actors))).Distinct().Select(coverage.Describe));
        var asked = $"{(from is { } f ? f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "the start")}..{(to is { } t ? t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "the end")}";
        if (runs.Count == 0)
        {
            throw new UsageException($"no complete source covers {names} in {asked}: {what}. Import a release that covers it (e.g. UCDP GED 25.1) or state a file's coverage with 'import FILE --coverage FROM..TO --countries ...'");
        }

        var longest = runs.MaxBy(r => r.To.DayNumber - r.From.DayNumber);
        var whole = (from is null || longest.From == from) && (to is null || longest.To == to);
        var note = whole && runs.Count == 1 ? "" : $"limited to {longest.From:yyyy-MM-dd}..{longest.To:yyyy-MM-dd}, the longest stretch of {asked} that complete sources cover ({what})";
        return new CoveredWindow(longest.From, longest.To, note);
    }

    public static StudyRun Study(AnalysisContext context, StreamDefinition stream, string[] kinds, TimeResolution resolution, EventStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var (store, actors) = (context.Store, context.Actors);
        var (from, to, _) = Window(context, [stream]);
        var counts = store.Count(stream.ToFilter(actors) with { From = from, To = to }, new CountRequest(resolution));
        var series = SeriesBuilder.Build(counts, new SeriesOptions(resolution, From: from, To: to), actors);
        var periods = context.Timeline.OfKind(kinds).Where(p => p.Start >= from && p.Start <= to).ToList();
        var index = series.PeriodStarts.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        var interventions = periods.Select(p => index[PeriodCalendar.StartOf(p.Start, resolution)]).ToList();
        if (interventions.Count == 0)
        {
            throw new UsageException($"no timeline entries of kind {string.Join(", ", kinds)} fall between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}");
        }

        var result = EventStudy.Run(series.Groups[0].Best, interventions, options with { PeriodsPerYear = resolution == TimeResolution.Week ? 52 : 12 });
        return new StudyRun(stream, kinds, series, periods.Count, result, counts.Snapshot);
    }

    public static HawkesRun Hawkes(AnalysisContext context, IReadOnlyList<StreamDefinition> streams,
        DateOnly first, DateOnly last, CovariateOptions covariateOptions, int seed, IReadOnlyList<(StreamDefinition Stream, int Days)>? windows = null,
        bool chooseTrendKnots = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(streams);
        var (store, actors) = (context.Store, context.Actors);
        var window = Window(context, streams, first, last);
        (first, last) = (window.From, window.To);
        if (last <= first.AddDays(365))
        {
            throw new UsageException($"the covered span {first:yyyy-MM-dd}..{last:yyyy-MM-dd} must be longer than a year{(window.Note.Length > 0 ? "; " + window.Note : "")}");
        }

        var days = last.DayNumber - first.DayNumber + 1;
        EventCounts Read(StreamDefinition s) => store.Count(s.ToFilter(actors) with { From = first, To = last }, new CountRequest(TimeResolution.Day));
        var design = DailyDesign.Build(streams.Select(s => (s.Name, Read(s))).ToList(), (windows ?? []).Select(w => (w.Stream.Name, Read(w.Stream), w.Days)).ToList(), first, last);
        var timeline = context.Timeline;
        HawkesData Data(int knots)
        {
            var (names, columns) = design.Covariates(timeline, covariateOptions with { TrendKnots = knots });
            return HawkesData.FromColumns(design.Streams, design.Counts, names, columns);
        }

        // Trend knots by BIC unless the caller fixed them; at most one knot a year.
        var selection = chooseTrendKnots
            ? HawkesModel.SelectTrend(HawkesModel.TrendKnotCandidates(days), Data)
            : null;
        var fit = selection?.Fit ?? HawkesModel.Fit(Data(covariateOptions.TrendKnots));
        var data = fit.Data;
        var gof = fit.Usable ? HawkesModel.GoodnessOfFit(fit, seed) : null;
        return new HawkesRun(data, fit, gof, design.Snapshot, first, last, selection) { CoverageNote = window.Note };
    }

    public static ChangepointRun Changepoints(AnalysisContext context, StreamDefinition stream, SeriesOptions seriesOptions, ChangepointOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(seriesOptions);
        var (store, actors) = (context.Store, context.Actors);
        var window = Window(context, [stream], seriesOptions.From, seriesOptions.To);
        var set = store.Count(stream.ToFilter(actors) with { From = window.From, To = window.To }, new CountRequest(seriesOptions.Resolution, SeriesBuilder.KeyOf(seriesOptions.Grouping)));
        if (set.Snapshot.EventCount == 0)
        {
            throw new UsageException($"stream '{stream.Name}' has no events in the covered window {window.From:yyyy-MM-dd}..{window.To:yyyy-MM-dd}");
        }

        var series = SeriesBuilder.Build(set, seriesOptions with { From = window.From, To = window.To }, actors);
        var (start, length) = series.LongestCoveredRun();
        if (length > 0 && length < series.PeriodStarts.Count)
        {
            // Whole periods only: a month half inside the covered days is missing, and the model reads none of it.
            series = SeriesBuilder.Build(set, seriesOptions with
            {
                From = series.PeriodStarts[start],
                To = PeriodCalendar.Next(series.PeriodStarts[start + length - 1], seriesOptions.Resolution).AddDays(-1),
            }, actors);
        }

        if (series.CoveredPeriods().Count < series.PeriodStarts.Count || series.PeriodStarts.Count == 0)
        {
            throw new UsageException($"stream '{stream.Name}': no whole {seriesOptions.Resolution.ToString().ToLowerInvariant()} is covered in {window.From:yyyy-MM-dd}..{window.To:yyyy-MM-dd}");
        }

        return new ChangepointRun(stream, series, ChangepointDetection.Detect(series.Groups[0].Best, options), set.Snapshot) { CoverageNote = window.Note };
    }
}

public sealed record StudyRun(StreamDefinition Stream, string[] Kinds, EventSeries Series, int TimelineEntries, EventStudyResult Result, DataSnapshot Snapshot);

/// <summary>A Hawkes fit with what it was fitted on; <see cref="GoodnessOfFit"/> is null when the fit is not usable, <see cref="TrendSelection"/> when the knots were fixed.</summary>
public sealed record HawkesRun(HawkesData Data, HawkesFit Fit, HawkesGoodnessOfFit? GoodnessOfFit, DataSnapshot Snapshot, DateOnly First, DateOnly Last, HawkesTrendSelection? TrendSelection)
{
    /// <summary>Why the fit uses fewer days than were asked for (empty when it uses them all).</summary>
    public string CoverageNote { get; init; } = "";
}

public sealed record ChangepointRun(StreamDefinition Stream, EventSeries Series, ChangepointResult Result, DataSnapshot Snapshot)
{
    public string CoverageNote { get; init; } = "";
}

/// <summary>A stretch of days complete sources cover, and a note when it is narrower than what was asked for.</summary>
public readonly record struct CoveredWindow(DateOnly From, DateOnly To, string Note);
