namespace Crosscurrents.Sources.News;

/// <summary>A news report to code: its id, publication date, title and body text.</summary>
/// <param name="Id">Document id (JSONL <c>id</c>, or the file name).</param>
/// <param name="Date">Publication date; the dateline's month and day are read against it.</param>
/// <param name="Title">Headline (not coded; shown for reference).</param>
/// <param name="Text">Body text.</param>
/// <param name="Url">Where the report came from, when known.</param>
public sealed record NewsDocument(string Id, DateOnly Date, string Title, string Text, string? Url = null);
