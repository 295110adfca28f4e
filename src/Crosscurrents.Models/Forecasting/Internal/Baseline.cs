namespace Crosscurrents.Models.Forecasting.Internal;

internal static class Baseline
{
    public static void Validate(int horizons, int samples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizons, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
    }

    /// <summary>Independent draws per horizon, path by path (sample j of every horizon drawn in turn).</summary>
    public static ForecastDistribution Draw(string name, MonthlySeries history, int horizons, int samples, Func<double> draw)
    {
        var result = Enumerable.Range(0, horizons).Select(_ => new double[samples]).ToArray();
        for (var j = 0; j < samples; j++)
        {
            for (var h = 0; h < horizons; h++)
            {
                result[h][j] = draw();
            }
        }

        return new ForecastDistribution(name, history.Month(history.Count - 1), result);
    }
}
