using Crosscurrents.Testing.Fixtures;
using SkiaSharp;

namespace Crosscurrents.Web.Tests.Dashboard;

/// <summary>The screenshot comparison itself, on images made here (no browser).</summary>
public sealed class ScreenshotComparisonTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Compare_SameImage_HasNoDifference()
    {
        var a = Write("a.png", 40, 30, (_, _) => new SKColor(10, 120, 200));
        Assert.Equal(new ScreenshotDifference(40, 30, 0, true), ScreenshotComparison.Compare(a, a));
    }

    [Fact]
    public void Compare_CountsOnlyPixelsOverTheChannelThreshold()
    {
        var a = Write("a.png", 40, 30, (_, _) => new SKColor(100, 100, 100));
        // A 10×3 block far off, and the rest off by the threshold itself (anti-aliasing noise): 30 pixels differ.
        var b = Write("b.png", 40, 30, (x, y) => x < 10 && y < 3 ? new SKColor(200, 100, 100) : new SKColor(100, (byte)(100 + ScreenshotComparison.ChannelThreshold), 100));
        var diff = Path.Combine(_dir.Path, "diff.png");
        var d = ScreenshotComparison.Compare(a, b, diff);
        Assert.Equal(30, d.Differing);
        Assert.Equal(30 / 1200.0, d.Share, 12);
        Assert.True(File.Exists(diff));
    }

    [Fact]
    public void Compare_OtherSize_IsAllDifferent()
    {
        var a = Write("a.png", 40, 30, (_, _) => SKColors.White);
        var b = Write("b.png", 40, 31, (_, _) => SKColors.White);
        var d = ScreenshotComparison.Compare(a, b);
        Assert.False(d.SameSize);
        Assert.Equal(1, d.Share);
    }

    public void Dispose() => _dir.Dispose();

    private string Write(string name, int width, int height, Func<int, int, SKColor> colour)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, colour(x, y));
            }
        }

        var path = Path.Combine(_dir.Path, name);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, png.ToArray());
        return path;
    }
}
