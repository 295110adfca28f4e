namespace Crosscurrents.Core.Coverage;

/// <summary>Country names as the events spell them, from ISO 3166 alpha-3 codes or names a user types.</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PAK"] = "Pakistan",
        ["AFG"] = "Afghanistan",
        ["IND"] = "India",
        ["IRN"] = "Iran",
        ["CHN"] = "China",
        ["TJK"] = "Tajikistan",
        ["UZB"] = "Uzbekistan",
        ["TKM"] = "Turkmenistan",
    };

    /// <summary>The name for a code (<c>PAK</c> → <c>Pakistan</c>); any other text is returned trimmed, as a name.</summary>
    public static string Name(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var trimmed = codeOrName.Trim();
        return Codes.TryGetValue(trimmed, out var name) ? name : trimmed;
    }
}
