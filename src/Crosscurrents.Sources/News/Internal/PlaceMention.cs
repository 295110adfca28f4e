namespace Crosscurrents.Sources.News.Internal;

/// <summary>A place name found in a sentence, resolved through the dictionaries, with how strongly it names the event's place.</summary>
internal sealed record PlaceMention(NewsPlace Place, int Start, string Text, int Score);
