using System.Text.RegularExpressions;

namespace Crosscurrents.Sources.News;

public sealed partial class NewsCoder
{
    /// <summary>The first district or town named in the event's sentences; a province only when no district is named.</summary>
    private (NewsPlace Place, int Start, string Text)? FindPlace(string text, List<(int Start, int End)> spans)
    {
        (NewsPlace, int, string)? province = null;
        foreach (var (start, end) in spans)
        {
            foreach (Match m in Dictionaries.PlacePattern.Matches(text[start..end]))
            {
                if (!Dictionaries.PlacesByName.TryGetValue(m.Value, out var place))
                {
                    continue;
                }

                if (place.District is not null || (place.Town && place.Country != "Pakistan"))
                {
                    return (place, start + m.Index, m.Value);
                }

                province ??= (place, start + m.Index, m.Value);
            }
        }

        return province;
    }
}
