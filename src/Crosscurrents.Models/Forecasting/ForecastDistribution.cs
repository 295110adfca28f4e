using Crosscurrents.Models.Forecasting.Scores;

namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// A predictive distribution for horizons 1..H held as seeded samples: <c>Samples[h − 1][j]</c> is the j-th draw for
/// the month h months after the origin. Sample j of every horizon comes from one simulated path, so sums over horizons
/// are meaningful.
/// </summary>
/// <remarks>
/// A model that cannot forecast from an origin (a fit that did not converge, no daily history) returns
/// <see cref="CannotForecast"/>: no samples, and <see cref="Failure"/> says why. It is never scored, and the ensemble
/// leaves it out at that origin; nothing stands in for the missing forecast.
/// </remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Origin">The last month the model saw (first day of the month).</param>
/// <param name="Samples">Draws per horizon.</param>
public sealed record ForecastDistribution(string Model, DateOnly Origin, IReadOnlyList<double[]> Samples)
{
    /// <summary>Why the model could not forecast (null for a forecast).</summary>
    public string? Failure { get; init; }

    /// <summary>Whether this is a forecast (false: <see cref="Failure"/> says why not).</summary>
    public bool IsForecast => Failure is null;

    /// <summary>"Cannot forecast": no samples, with the reason in words.</summary>
    public static ForecastDistribution CannotForecast(string model, DateOnly origin, string reason) =>
        new(model, origin, []) { Failure = reason };

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
