using System.Text.Json.Serialization;
using Crosscurrents.Core.Events;
using Crosscurrents.Models.Changepoints;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Analysis.Dynamics;

/// <summary>Changepoints of one stream's counts.</summary>
public sealed record ChangepointsRequest(string Stream, TimeResolution Resolution, Measure Measure, ChangepointOptions Options);

/// <summary>The changes with their bootstrap ranges and the timeline entries nearby, and the segments between them.</summary>
public sealed record ChangepointsResult(string Stream, TimeResolution Resolution, Measure Measure, double Penalty, IReadOnlyList<ChangeRow> Changes,
    IReadOnlyList<SegmentRow> Segments, string Model, int Seed, string Snapshot, string Coverage)
{
    /// <summary>The series and the model result, for charts.</summary>
    [JsonIgnore]
    public ChangepointRun Run { get; init; } = null!;
}

/// <summary>A change: its period, 95% bootstrap range, the share of replications that found it, and the timeline nearby.</summary>
public sealed record ChangeRow(string Period, IReadOnlyList<string> Range95, double Support, string NearTimeline);

/// <summary>A segment of constant mean.</summary>
public sealed record SegmentRow(string From, string To, double Mean);

/// <summary>When did the level of a stream's violence change?</summary>
public static class ChangepointsAnalysis
{
    public const string ModelDescription = "PELT with a Poisson segment cost; parametric bootstrap for the dates";

    public static ChangepointsResult Run(AnalysisContext context, ChangepointsRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var definition = Analyses.Stream(context, request.Stream, "--stream");
        var run = Analyses.Changepoints(context, definition, new SeriesOptions(request.Resolution, request.Measure), request.Options);
        var (series, found) = (run.Series, run.Result);
        var timeline = context.Timeline;
        string Label(int i) => i < series.PeriodStarts.Count ? series.Label(i) : "end";
        string Nearby(int index)
        {
            var date = series.PeriodStarts[index];
            var near = timeline.Periods.Where(p => p.Kind is not "major_attack" && Math.Abs(p.Start.DayNumber - date.DayNumber) <= 120)
                .OrderBy(p => Math.Abs(p.Start.DayNumber - date.DayNumber)).Take(2);
            return string.Join("; ", near.Select(p => $"{p.Start:yyyy-MM-dd} {p.Kind.Replace('_', ' ')}"));
        }

        return new ChangepointsResult(definition.Name, series.Options.Resolution, series.Options.Measure, found.Penalty,
            found.Changes.Select(x => new ChangeRow(Label(x.Index), [Label(x.Lower), Label(x.Upper)], x.Support, Nearby(x.Index))).ToList(),
            found.Segments.Select(s => new SegmentRow(Label(s.Start), Label(s.End - 1), s.Mean)).ToList(), ModelDescription, request.Options.Seed, run.Snapshot.Id, run.CoverageNote)
        {
            Run = run,
        };
    }
}
