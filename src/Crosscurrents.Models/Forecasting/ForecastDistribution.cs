using Crosscurrents.Models.Forecasting.Scores;

namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// A predictive distribution for horizons 1..H held as seeded samples: <c>Samples[h − 1][j]</c> is the j-th draw for
/// the month h months after the origin. Sample j of every horizon comes from one simulated path, so sums over horizons
/// are meaningful.
/// </summary>
/// <param name="Model">The model's name.</param>
/// <param name="Origin">The last month the model saw (first day of the month).</param>
/// <param name="Samples">Draws per horizon.</param>
public sealed record ForecastDistribution(string Model, DateOnly Origin, IReadOnlyList<double[]> Samples)
{
    /// <summary>The number of horizons.</summary>
    public int Horizons => Samples.Count;

    /// <summary>The first day of the month forecast at horizon <paramref name="horizon"/> (1-based).</summary>
    public DateOnly Target(int horizon) => Origin.AddMonths(horizon);

    /// <summary>Mean, median and the 50% and 90% central intervals at horizon <paramref name="horizon"/> (1-based).</summary>
    public ForecastSummary Summary(int horizon)
    {
        var sorted = Samples[horizon - 1].Order().ToArray();
        return new ForecastSummary(Target(horizon), horizon, sorted.Average(), Quantiles.Sorted(sorted, 0.5),
            Quantiles.Sorted(sorted, 0.25), Quantiles.Sorted(sorted, 0.75), Quantiles.Sorted(sorted, 0.05), Quantiles.Sorted(sorted, 0.95));
    }
}

/// <summary>A forecast for one month, summarised. Quantiles are NumPy's default (linear interpolation, R type 7).</summary>
public sealed record ForecastSummary(DateOnly Month, int Horizon, double Mean, double Median, double Lower50, double Upper50, double Lower90, double Upper90);
