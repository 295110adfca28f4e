namespace Crosscurrents.Claims;

/// <summary>What the data say about a claim; <see cref="VerdictText.Text"/> gives the words used in output.</summary>
public enum Verdict
{
    /// <summary>The 95% interval lies entirely on the claimed side.</summary>
    Supported,

    /// <summary>The 95% interval lies entirely on the other side.</summary>
    Contradicted,

    /// <summary>The interval admits both.</summary>
    Inconclusive,

    /// <summary>The data cannot test the claim (the reason says why).</summary>
    NotTestable,
}
