using Microsoft.Playwright;

namespace Crosscurrents.Reports.Pdf;

/// <summary>
/// Prints HTML to an A4 PDF with the system's Chromium (Debian's <c>chromium</c> package, or
/// <c>$CROSSCURRENTS_CHROMIUM</c>), driven by Playwright; no browser is downloaded.
/// </summary>
public static class PdfPrinter
{
    /// <summary>The Chromium used: <c>$CROSSCURRENTS_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CROSSCURRENTS_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";

    /// <summary>Why a PDF cannot be printed here (null when it can).</summary>
    public static string? Unavailable() => File.Exists(ChromiumPath)
        ? null
        : $"no Chromium at {ChromiumPath}: install Debian's chromium (apt-get install chromium) or set CROSSCURRENTS_CHROMIUM to its path";

    /// <summary>Writes <paramref name="html"/> as an A4 PDF to <paramref name="path"/>: backgrounds printed, 12 mm margins,
    /// page numbers in the footer. Throws <see cref="InvalidOperationException"/> saying what to install when Chromium is missing.</summary>
    public static async Task PrintAsync(string html, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (Unavailable() is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var profile = Directory.CreateTempSubdirectory("crosscurrents-chromium-");
        try
        {
            using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
                Timeout = 60_000,
            }).ConfigureAwait(false);
            var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 }).ConfigureAwait(false);
            await page.PdfAsync(new PagePdfOptions
            {
                Path = path,
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = "<div style=\"font-size:8px;width:100%;text-align:center;color:#555\">Crosscurrents brief · page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>",
                Margin = new Margin { Top = "12mm", Bottom = "14mm", Left = "12mm", Right = "12mm" },
            }).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The profile is a temporary folder; a leftover lock file is not worth failing the brief for.
            }
        }
    }
}
