namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>What the browser under test renders with, so that its screenshots are the same on every machine: the
/// fonts of Debian's <c>fonts-dejavu-core</c> only (which <c>.ci/run</c> installs with Chromium), grey-scale
/// anti-aliasing and slight hinting, and a fixed date.</summary>
internal static class ScreenshotFonts
{
    /// <summary>The date the pages are shown on.</summary>
    public static readonly DateTime Today = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private const string Fonts = "/usr/share/fonts/truetype/dejavu";

    private static readonly string[] Core = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"];

    /// <summary>Why the fonts cannot be used here (null when they can).</summary>
    public static string? Missing
    {
        get
        {
            var missing = Core.Where(f => !File.Exists(Path.Combine(Fonts, f))).ToList();
            return missing.Count == 0 ? null : $"no {string.Join(", ", missing)} in {Fonts} (apt-get install fonts-dejavu-core)";
        }
    }

    /// <summary>Writes a fontconfig file (and its cache folder) under <paramref name="folder"/>; returns its path.</summary>
    public static string Write(string folder)
    {
        var file = Path.Combine(folder, "fonts.conf");
        var accepted = string.Concat(Core.Select(f => $"<glob>{Fonts}/{f}</glob>"));
        File.WriteAllText(file, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <dir>{Fonts}</dir>
              <cachedir>{Path.Combine(folder, "fontconfig-cache")}</cachedir>
              <selectfont><acceptfont>{accepted}</acceptfont><rejectfont><glob>*</glob></rejectfont></selectfont>
              <match target="font">
                <edit name="antialias" mode="assign"><bool>true</bool></edit>
                <edit name="hinting" mode="assign"><bool>true</bool></edit>
                <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
                <edit name="rgba" mode="assign"><const>none</const></edit>
                <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
              </match>
              <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
              <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
              <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
              <alias><family>system-ui</family><prefer><family>DejaVu Sans</family></prefer></alias>
            </fontconfig>
            """);
        return file;
    }
}
