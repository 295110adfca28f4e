using System.Text.Json.Serialization;
using Crosscurrents.Core;
using Crosscurrents.Core.Events;
using Crosscurrents.Models.EventStudies;
using Crosscurrents.Series.Counts;

namespace Crosscurrents.Analysis.Dynamics;

/// <summary>An event study of a stream around timeline entries of some kinds.</summary>
public sealed record StudyRequest(string Stream, IReadOnlyList<string> Kinds, TimeResolution Resolution, EventStudyOptions Options);

/// <summary>The rate ratio after/before the interventions, its interval, the placebo test and the model.</summary>
public sealed record StudyResult(string Stream, string StreamDescription, IReadOnlyList<string> Kinds, string Resolution, int Window, int TimelineEntries,
    IReadOnlyList<DateOnly> Interventions, double EventsBefore, double EventsAfter, double RateRatio, IReadOnlyList<double> Ci95, double PlaceboPValue,
    int PlaceboDraws, IReadOnlyList<double> PlaceboRange95, IReadOnlyList<double> Profile, string Model, double Theta, int Seed, string Snapshot)
{
    /// <summary>The model result, for charts.</summary>
    [JsonIgnore]
    public EventStudyResult Study { get; init; } = null!;
}

/// <summary>Event studies: did a stream's rate change after ceasefire ends, strikes or operations?</summary>
public static class StudyAnalysis
{
    public const string ModelDescription = "negative binomial (NB2), log link: trend, trend², annual harmonic, before and after indicators; robust (HC0) SE";

    public static StudyResult Run(AnalysisContext context, StudyRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var definition = Analyses.Stream(context, request.Stream, "--stream");
        if (request.Resolution is not (TimeResolution.Week or TimeResolution.Month))
        {
            throw new UsageException("--by: use week or month");
        }

        var run = Analyses.Study(context, definition, request.Kinds.ToArray(), request.Resolution, request.Options);
        var study = run.Result;
        return new StudyResult(definition.Name, definition.Description, request.Kinds, request.Resolution == TimeResolution.Week ? "week" : "month", request.Options.Window,
            run.TimelineEntries, study.Interventions.Select(i => run.Series.PeriodStarts[i]).ToList(), study.EventsBefore, study.EventsAfter, study.RateRatio,
            [study.Interval.Lower, study.Interval.Upper], study.PlaceboPValue, study.PlaceboDraws, [study.PlaceboRange.Lower, study.PlaceboRange.Upper],
            study.Profile, ModelDescription, study.Model.Theta, request.Options.Seed, run.Snapshot.Id)
        {
            Study = study,
        };
    }
}
