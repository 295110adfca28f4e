namespace Crosscurrents.Sources.News.Internal;

/// <summary>An event pattern matched in a sentence.</summary>
internal sealed record TriggerMatch(string EventType, int Priority, string Text, int Start, bool Opens);
