namespace Crosscurrents.Sources.News.Internal;

/// <summary>A sentence of a report: its span, its paragraph, and the section heading it falls under (roundups).</summary>
internal sealed record Segment(int Start, int End, int Paragraph, bool OpensParagraph, string? Heading, int HeadingStart)
{
    /// <summary>A ticker line: its heading is a clock time ("13:25 —").</summary>
    public bool Timed => Heading is { Length: > 0 } h && char.IsDigit(h[0]);
}
