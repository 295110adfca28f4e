using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>Writes a chart as PNG or SVG, chosen by the file extension.</summary>
public static class ChartFile
{
    public const int DefaultWidth = 1100;
    public const int DefaultHeight = 520;

    public static void Save(Plot plot, string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".PNG":
                plot.SavePng(path, width, height);
                break;
            case ".SVG":
                plot.SaveSvg(path, width, height);
                break;
            default:
                throw new ArgumentException($"{path}: charts are written as .png or .svg", nameof(path));
        }
    }

    /// <summary>The chart as a PNG data URI, for self-contained HTML.</summary>
    public static string ToPngDataUri(Plot plot, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var bytes = plot.GetImageBytes(width, height, ImageFormat.Png);
        return "data:image/png;base64," + Convert.ToBase64String(bytes);
    }
}
