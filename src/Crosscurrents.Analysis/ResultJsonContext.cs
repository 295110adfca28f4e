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
public sealed partial class ResultJsonContext : JsonSerializerContext;
