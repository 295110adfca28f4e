namespace Crosscurrents.Analysis.Brief;

/// <summary>One sentence of the brief's key judgements, generated from the results: its text, every number it states
/// and the data each comes from.</summary>
/// <param name="Topic">What it judges: <c>level</c>, <c>reported</c>, <c>claims</c>, <c>question</c>, <c>forecasts</c>,
/// <c>scenarios</c> or <c>limits</c>.</param>
/// <param name="Text">The sentence (plain text).</param>
/// <param name="Numbers">Every number the sentence takes from a result, as written, with its interval when the result has one.</param>
/// <param name="Sources">The data (and data snapshots) the sentence rests on; never empty.</param>
/// <param name="NotComputed">Why the judgement could not be made, when its inputs could not be computed (the text says so).</param>
public sealed record KeyJudgement(string Topic, string Text, IReadOnlyList<JudgementNumber> Numbers, IReadOnlyList<string> Sources, string? NotComputed = null);

/// <summary>A number a key judgement states.</summary>
/// <param name="What">What it is, in words.</param>
/// <param name="Value">The value.</param>
/// <param name="Shown">The value as the sentence writes it.</param>
/// <param name="Interval">The kind of interval ("95% interval", "90% interval", "low–high estimates"), or null when the
/// result has none (a published count, a share of backtests).</param>
/// <param name="Lower">The interval's lower end as written.</param>
/// <param name="Upper">Its upper end as written.</param>
/// <param name="Source">Which of the judgement's sources it comes from.</param>
public sealed record JudgementNumber(string What, double Value, string Shown, string? Interval, string? Lower, string? Upper, string Source)
{
    /// <summary>The number as the sentence writes it: the value and, when there is one, its interval.</summary>
    public string Phrase => Interval is null ? Shown : $"{Shown} ({Interval} {Lower} to {Upper})";
}
