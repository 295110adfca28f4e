namespace Crosscurrents.Claims;

/// <summary>A verdict in the words of every output: <c>supported</c>, <c>contradicted</c>, <c>inconclusive</c>, <c>not testable</c>.</summary>
public static class VerdictText
{
    /// <summary>The verdict in words.</summary>
    public static string Text(this Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NotTestable => "not testable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "not a verdict"),
    };
}
