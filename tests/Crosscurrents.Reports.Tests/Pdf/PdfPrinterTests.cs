using System.Diagnostics;
using Crosscurrents.Reports.Pdf;
using SkiaSharp;

namespace Crosscurrents.Reports.Tests.Pdf;

/// <summary>
/// The brief as PDF through Debian's Chromium: A4 pages, a page break before each section, nothing blank. Pages are
/// turned into images with pdftoppm and looked at. Skipped locally without Chromium or poppler-utils; on CI
/// (<c>$CI</c> or <c>$CROSSCURRENTS_TEST_CHROMIUM</c> set, as <c>.ci/run</c> does) their absence is a failure.
/// </summary>
public sealed class PdfPrinterTests
{
    [Fact]
    public async Task Print_WritesA4Pages_WithAPageBreakBeforeEachSection()
    {
        RequireTools();
        using var dir = new Testing.Fixtures.TempDirectory();
        var pdf = dir.File("brief.pdf");
        var html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>
            @media print { h2 { break-before: page; } h2:first-of-type { break-before: avoid; } }
            .block { height: 60mm; background: #1f77b4; }
            </style></head><body>
            <h1>Organised violence in Pakistan</h1><h2>In brief</h2><div class="block"></div>
            <h2>Year by year</h2><div class="block"></div><h2>Claims</h2><p>“<script>alert(1)</script>” stays text.</p>
            </body></html>
            """;
        await PdfPrinter.PrintAsync(html, pdf);

        var info = Run("pdfinfo", pdf);
        Assert.Contains("Pages:           3", info, StringComparison.Ordinal);
        Assert.Contains("(A4)", info, StringComparison.Ordinal);

        Run("pdftoppm", "-png", "-r", "30", pdf, dir.File("page"));
        var pages = Directory.GetFiles(Path.GetDirectoryName(pdf)!, "page-*.png").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, pages.Count);
        foreach (var page in pages.Take(2))
        {
            // Each section's blue block is on its own page: a share of the page is that colour, the rest is paper.
            using var bitmap = SKBitmap.Decode(page);
            var pixels = bitmap.Pixels;
            var blue = pixels.Count(p => p.Blue > 150 && p.Red < 80);
            Assert.InRange(blue / (double)pixels.Length, 0.05, 0.5);
        }
    }

    private static void RequireTools()
    {
        var missing = PdfPrinter.Unavailable() ?? (File.Exists("/usr/bin/pdftoppm") ? null : "no pdftoppm (apt-get install poppler-utils)");
        if (missing is null)
        {
            return;
        }

        if (Testing.Fixtures.BrowserTests.MustRun)
        {
            throw new InvalidOperationException($"the PDF tests must run here but {missing}");
        }

        Assert.Skip(missing);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{tool} did not finish");
        Assert.True(process.ExitCode == 0, $"{tool}: {process.StandardError.ReadToEnd()}");
        return output;
    }
}
