using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>
/// The look of a chart: the font (the shipped TTF, so images are identical on every machine) and the palette. Passed to
/// every chart, never global: two briefs with different styles can be drawn at once.
/// </summary>
/// <param name="FontFile">A TTF file; null or missing: ScottPlot's default font.</param>
public sealed record ChartStyle(string? FontFile = null)
{
    /// <summary>The name the shipped font is registered under.</summary>
    public const string FontName = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Registered = new(StringComparer.Ordinal);

    /// <summary>ScottPlot's default font and the standard palette.</summary>
    public static ChartStyle Default { get; } = new();

    /// <summary>Colours for groups, in order; chosen to stay distinct in print.</summary>
    public IReadOnlyList<Color> Palette { get; init; } =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
        Color.FromHex("#bcbd22"), Color.FromHex("#7f7f7f"),
    ];

    /// <summary>The colour of group <paramref name="index"/>, cycling through the palette.</summary>
    public Color Colour(int index) => Palette[index % Palette.Count];

    /// <summary>A plot with the title, the y label and this style's font.</summary>
    public Plot NewPlot(string title, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, size: 16);
        plot.YLabel(yLabel, size: 13);
        if (Font() is { } font)
        {
            plot.Font.Set(font);
        }

        return plot;
    }

    /// <summary>The font's name, registering the file with ScottPlot once (its font registry is per process).</summary>
    private string? Font()
    {
        if (FontFile is null || !File.Exists(FontFile))
        {
            return null;
        }

        lock (Gate)
        {
            if (Registered.Add(FontFile))
            {
                Fonts.AddFontFile(FontName, FontFile);
            }
        }

        return FontName;
    }
}
