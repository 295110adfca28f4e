using Crosscurrents.Testing.Fixtures;
using SkiaSharp;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>How far a screenshot is from another: the pixels whose red, green, blue or alpha differ by more than
/// <see cref="ScreenshotComparison.ChannelThreshold"/>, out of all of them.</summary>
/// <param name="Width">Width of the screenshot taken.</param>
/// <param name="Height">Its height.</param>
/// <param name="Differing">Pixels over the threshold (all of them when the sizes differ).</param>
/// <param name="SameSize">Whether both images have the same size.</param>
internal readonly record struct ScreenshotDifference(int Width, int Height, long Differing, bool SameSize)
{
    public double Share => Width * (long)Height == 0 ? 1 : Differing / (double)(Width * (long)Height);
}

/// <summary>
/// Compares each page's screenshot with the reference committed in <c>docs/dashboard/</c> (the pictures of
/// docs/dashboard.md, so they always show the pages as they are): it passes when at
/// most <see cref="MaxDifferingShare"/> of the pixels differ by more than <see cref="ChannelThreshold"/> in a channel.
/// The tolerance absorbs anti-aliasing noise, not a moved table or a missing chart. With
/// <c>CROSSCURRENTS_WRITE_SCREENSHOTS=1</c> the screenshots become the new references (after a deliberate change).
/// </summary>
internal static class ScreenshotComparison
{
    /// <summary>A channel difference (of 255) above which a pixel counts as different.</summary>
    public const int ChannelThreshold = 32;

    /// <summary>The share of pixels that may differ.</summary>
    public const double MaxDifferingShare = 0.01;

    public static string ReferenceFolder => Path.Combine(RepositoryData.RepositoryRoot, "docs", "dashboard");

    public static bool Refresh => Environment.GetEnvironmentVariable("CROSSCURRENTS_WRITE_SCREENSHOTS") == "1";

    /// <summary>Checks <paramref name="screenshot"/> against the reference of <paramref name="name"/> (or replaces the
    /// reference when refreshing); on a failure a picture of the differing pixels is written beside the screenshot.</summary>
    public static void Check(string screenshot, string name)
    {
        var reference = Path.Combine(ReferenceFolder, name + ".png");
        if (Refresh)
        {
            Directory.CreateDirectory(ReferenceFolder);
            File.Copy(screenshot, reference, overwrite: true);
            return;
        }

        Assert.True(File.Exists(reference), $"no reference screenshot {reference}; take the references with CROSSCURRENTS_WRITE_SCREENSHOTS=1 (docs/dashboard.md)");
        var diff = Path.ChangeExtension(screenshot, ".diff.png");
        var difference = Compare(reference, screenshot, diff);
        Assert.True(difference.SameSize, $"{name}: the screenshot is {difference.Width}×{difference.Height}, not the reference's size");
        Assert.True(difference.Share <= MaxDifferingShare,
            $"{name}: {difference.Differing} of {difference.Width * (long)difference.Height} pixels ({difference.Share:P2}) differ by more than {ChannelThreshold}/255 from {reference} (at most {MaxDifferingShare:P0} may); the differing pixels are red in {diff}. After a deliberate change take the references again with CROSSCURRENTS_WRITE_SCREENSHOTS=1.");
    }

    /// <summary>The difference between two PNG files; with <paramref name="diffImage"/>, writes the actual image
    /// faded with the differing pixels in red.</summary>
    public static ScreenshotDifference Compare(string expected, string actual, string? diffImage = null)
    {
        using var a = Decode(expected);
        using var b = Decode(actual);
        if (a.Width != b.Width || a.Height != b.Height)
        {
            return new ScreenshotDifference(b.Width, b.Height, b.Width * (long)b.Height, SameSize: false);
        }

        var pa = a.Pixels;
        var pb = b.Pixels;
        long differing = 0;
        var marked = diffImage is null ? null : new SKColor[pb.Length];
        for (var i = 0; i < pa.Length; i++)
        {
            var (x, y) = (pa[i], pb[i]);
            var over = Math.Abs(x.Red - y.Red) > ChannelThreshold || Math.Abs(x.Green - y.Green) > ChannelThreshold
                || Math.Abs(x.Blue - y.Blue) > ChannelThreshold || Math.Abs(x.Alpha - y.Alpha) > ChannelThreshold;
            if (over)
            {
                differing++;
            }

            if (marked is not null)
            {
                marked[i] = over ? new SKColor(255, 0, 0) : new SKColor((byte)(191 + (y.Red / 4)), (byte)(191 + (y.Green / 4)), (byte)(191 + (y.Blue / 4)));
            }
        }

        if (marked is not null && differing > 0)
        {
            using var picture = new SKBitmap(b.Width, b.Height, SKColorType.Rgba8888, SKAlphaType.Premul) { Pixels = marked };
            using var png = picture.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(diffImage!, png.ToArray());
        }

        return new ScreenshotDifference(b.Width, b.Height, differing, SameSize: true);
    }

    private static SKBitmap Decode(string path)
    {
        var bitmap = SKBitmap.Decode(path) ?? throw new InvalidDataException($"{path} is not an image SkiaSharp can decode");
        if (bitmap.ColorType == SKColorType.Rgba8888)
        {
            return bitmap;
        }

        // One pixel layout for both images, whatever the decoder chose.
        using (bitmap)
        {
            var converted = new SKBitmap(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
            using var canvas = new SKCanvas(converted);
            canvas.DrawBitmap(bitmap, 0, 0);
            return converted;
        }
    }
}
