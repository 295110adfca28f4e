namespace Crosscurrents.Sources.News.Internal;

/// <summary>A sentence of a report: its span, its paragraph, and the section heading it falls under (roundups).</summary>
internal sealed record Segment(int Start, int End, int Paragraph, bool OpensParagraph, string? Heading, int HeadingStart);
