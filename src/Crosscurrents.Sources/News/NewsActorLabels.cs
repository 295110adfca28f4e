namespace Crosscurrents.Sources.News;

/// <summary>The dev set's actor labels (<c>TTP</c>, <c>Pakistan military</c>, ...) as actor registry ids.</summary>
public static class NewsActorLabels
{
    private static readonly Dictionary<string, string> Ids = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TTP"] = "ttp",
        ["Jamaat-ul-Ahrar"] = "ttp-jua",
        ["Hafiz Gul Bahadur group"] = "ttp-hgb",
        ["Jaish-e-Fursan-e-Muhammad"] = "ttp-jfm",
        ["Ittehad-ul-Mujahideen Pakistan"] = "ttp-imp",
        ["ISKP"] = "iskp",
        ["BLA"] = "bla",
        ["BLF"] = "blf",
        ["BRAS"] = "bras",
        ["BNA"] = "bna",
        ["Lashkar-e-Islam"] = "ttp-lei",
        ["Afghan Taliban"] = "afg-emirate",
        ["Pakistan military"] = "pak-military",
        ["Pakistan police"] = "pak-police",
        ["Frontier Corps"] = "pak-fc",
        ["Government of Pakistan"] = "pak-state",
        ["civilians"] = "civilians",
        ["unidentified militants"] = "unidentified",
    };

    /// <summary>The registry id for a label; an unknown label passes through; null is <c>unidentified</c>.</summary>
    public static string ToRegistryId(string? label) =>
        label is null ? "unidentified" : Ids.GetValueOrDefault(label) ?? label;
}
