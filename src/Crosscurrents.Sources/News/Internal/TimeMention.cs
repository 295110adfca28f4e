using Crosscurrents.Core.Events;

namespace Crosscurrents.Sources.News.Internal;

/// <summary>A time expression resolved to a date.</summary>
/// <param name="Date">The date (the 1st for month precision, the Monday for week precision).</param>
/// <param name="Precision">Day, week or month.</param>
/// <param name="Start">Offset in the document text.</param>
/// <param name="Text">The words.</param>
/// <param name="OffsetDays">For "N days after/before": the days back from the incident it relates to (the date is then provisional).</param>
/// <param name="Speech">True when the expression dates a statement ("said on Wednesday"), not an event.</param>
internal sealed record TimeMention(DateOnly Date, DatePrecision Precision, int Start, string Text, int? OffsetDays = null, bool Speech = false);
