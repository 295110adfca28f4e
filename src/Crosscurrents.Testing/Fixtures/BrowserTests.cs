namespace Crosscurrents.Testing.Fixtures;

/// <summary>
/// What the tests that drive Debian's Chromium (the PDF brief, the dashboard) share: where the browser is, and whether
/// they must run here. Locally they skip without it; on the build server (<c>$CI</c> or
/// <c>$CROSSCURRENTS_TEST_CHROMIUM</c> set, as <c>.ci/run</c> does) its absence is a failure.
/// </summary>
public static class BrowserTests
{
    /// <summary><c>$CROSSCURRENTS_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CROSSCURRENTS_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";

    /// <summary>Whether a missing browser fails the tests instead of skipping them.</summary>
    public static bool MustRun =>
        Environment.GetEnvironmentVariable("CROSSCURRENTS_TEST_CHROMIUM") is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0";
}
