using System.Text.Json.Serialization;
using Crosscurrents.Analysis.Events;
using Crosscurrents.Analysis.Series;
using Crosscurrents.Core.Events;

namespace Crosscurrents.Analysis;

/// <summary>The result types every front end writes as JSON, with source-generated metadata. Naming and converters
/// come from <see cref="ResultJson.Options"/>.</summary>
[JsonSerializable(typeof(SeriesResult))]
[JsonSerializable(typeof(SourcesResult))]
[JsonSerializable(typeof(EventsTableResult))]
[JsonSerializable(typeof(EventHistoryResult))]
[JsonSerializable(typeof(ConflictEvent))]
[JsonSerializable(typeof(Datasets.DatasetsResult))]
[JsonSerializable(typeof(Datasets.LinkRow))]
[JsonSerializable(typeof(Reported.ReportedYearRow))]
[JsonSerializable(typeof(IReadOnlyList<Claims.ClaimRow>))]
[JsonSerializable(typeof(Claims.ClaimsResult))]
[JsonSerializable(typeof(News.CodeEvalResult))]
[JsonSerializable(typeof(News.CodeResult))]
[JsonSerializable(typeof(News.NewsImportResult))]
[JsonSerializable(typeof(Brief.BriefFileResult))]
[JsonSerializable(typeof(IReadOnlyList<Brief.KeyJudgement>))]
[JsonSerializable(typeof(Brief.BriefCoverage))]
[JsonSerializable(typeof(Dynamics.StudyResult))]
[JsonSerializable(typeof(Dynamics.ChangepointsResult))]
[JsonSerializable(typeof(Dynamics.GrangerResult))]
[JsonSerializable(typeof(Dynamics.DynamicsResult))]
[JsonSerializable(typeof(Dynamics.ModelComparisonResult))]
[JsonSerializable(typeof(Forecasting.ForecastResult))]
[JsonSerializable(typeof(Forecasting.BacktestRunResult))]
[JsonSerializable(typeof(Forecasting.AlertsResult))]
[JsonSerializable(typeof(Storage.CopyResult))]
[JsonSerializable(typeof(Scenarios.ScenarioRunResult))]
[JsonSerializable(typeof(Importing.ImportResult))]
[JsonSerializable(typeof(Importing.ReportedFiguresImportResult))]
[JsonSerializable(typeof(Reported.ReportedResult))]
[JsonSerializable(typeof(IReadOnlyList<Reference.ActorRow>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Places.Place>))]
[JsonSerializable(typeof(IReadOnlyList<Core.Periods.Period>))]
[JsonSerializable(typeof(EventsPageResult))]
[JsonSerializable(typeof(EventsGeoJsonResult))]
public sealed partial class ResultJsonContext : JsonSerializerContext;
