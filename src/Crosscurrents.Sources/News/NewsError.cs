namespace Crosscurrents.Sources.News;

/// <summary>A document the news coder could not read or code: where it is, its id, the stage and what went wrong.</summary>
/// <param name="File">The file the document came from.</param>
/// <param name="Line">The JSONL line, when the file has lines.</param>
/// <param name="DocId">The document id ("" when the record has none).</param>
/// <param name="Stage"><c>read</c> (the record) or <c>code</c> (an internal error while coding it).</param>
/// <param name="Message">What went wrong.</param>
public sealed record NewsError(string File, int? Line, string DocId, string Stage, string Message)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $", line {l}" : "")}{(Message.StartsWith("field '", StringComparison.Ordinal) ? ", " : ": ")}{Message} " +
        $"({(DocId.Length > 0 ? $"document '{DocId}', " : "")}stage {Stage})";
}

/// <summary>One document read from a file, or the error that stopped it being read.</summary>
public sealed record NewsReadResult(NewsDocument? Document, NewsError? Error);
