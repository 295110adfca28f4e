using ScottPlot;

namespace Crosscurrents.Reports.Charts;

/// <summary>Shared look of every chart: the shipped font (so images are identical on every machine) and a palette.</summary>
public static class ChartStyle
{
    public const string FontName = "DejaVu Sans";
    private static readonly Lock Gate = new();
    private static bool _fontLoaded;

    /// <summary>Colours for groups, in order; chosen to stay distinct in print.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
        Color.FromHex("#bcbd22"), Color.FromHex("#7f7f7f"),
    ];

    /// <summary>Registers the shipped TTF once; charts fall back to ScottPlot's default font when it is missing.</summary>
    public static void UseFont(string? fontFile)
    {
        lock (Gate)
        {
            if (_fontLoaded || fontFile is null || !File.Exists(fontFile))
            {
                return;
            }

            Fonts.AddFontFile(FontName, fontFile);
            Fonts.Default = FontName;
            _fontLoaded = true;
        }
    }

    public static Plot NewPlot(string title, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, size: 16);
        plot.YLabel(yLabel, size: 13);
        if (_fontLoaded)
        {
            plot.Font.Set(FontName);
        }

        return plot;
    }
}
