namespace Crosscurrents.Models.Forecasting;

/// <summary>One scored forecast: a unit, model, origin and horizon, against the observed count.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Model">The model.</param>
/// <param name="Origin">The last month the model saw.</param>
/// <param name="Horizon">Months ahead (the target is <c>Origin + Horizon</c> months).</param>
/// <param name="Observed">The observed count of the target month (covered).</param>
/// <param name="Mean">The predictive mean.</param>
/// <param name="Median">The predictive median.</param>
/// <param name="Lower90">The 5% quantile.</param>
/// <param name="Upper90">The 95% quantile.</param>
/// <param name="Crps">CRPS (lower is better).</param>
/// <param name="Ignorance">Ignorance on the VIEWS bins, in bits.</param>
/// <param name="IntervalScore90">The 90% interval score (MIS).</param>
/// <param name="Covered50">Whether the 50% interval covers the observation.</param>
/// <param name="Covered90">Whether the 90% interval covers it.</param>
/// <param name="Brier">The Brier score of "above the threshold" (default: at least one).</param>
public sealed record ForecastScore(
    string Unit,
    string Model,
    DateOnly Origin,
    int Horizon,
    double Observed,
    double Mean,
    double Median,
    double Lower90,
    double Upper90,
    double Crps,
    double Ignorance,
    double IntervalScore90,
    bool Covered50,
    bool Covered90,
    double Brier)
{
    /// <summary>The forecast probability of the Brier event (count above the threshold): the share of samples above it.</summary>
    public double ProbabilityAbove { get; init; }

    /// <summary>The target month.</summary>
    public DateOnly Target => Origin.AddMonths(Horizon);
}
