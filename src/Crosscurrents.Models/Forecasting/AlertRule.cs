namespace Crosscurrents.Models.Forecasting;

/// <summary>
/// An early-warning rule: alert for "at least <paramref name="AtLeast"/> in a unit next month" when its forecast
/// probability reaches the cut-off that minimises expected cost, given what a miss and a false alarm cost.
/// </summary>
/// <param name="AtLeast">The count the event needs (e.g. 5 fatal events).</param>
/// <param name="MissCost">The cost of an event that was not alerted (relative units).</param>
/// <param name="FalseAlarmCost">The cost of an alert with no event.</param>
/// <remarks>Alerting costs <c>(1 − p)·FalseAlarmCost</c> in expectation and not alerting <c>p·MissCost</c>, so the
/// expected-cost rule alerts when <c>p ≥ FalseAlarmCost / (FalseAlarmCost + MissCost)</c>. It is optimal only when
/// the probabilities are calibrated, which the reliability diagram of the backtest shows.</remarks>
public sealed record AlertRule(int AtLeast, double MissCost = 1, double FalseAlarmCost = 1)
{
    /// <summary>The probability at and above which the rule alerts.</summary>
    public double Cutoff => FalseAlarmCost / (FalseAlarmCost + MissCost);

    /// <summary>The threshold for the backtest's Brier event ("count above t"): counts are whole, so t = AtLeast − ½.</summary>
    public double BrierThreshold => AtLeast - 0.5;

    /// <summary>Checks the rule; throws <see cref="ArgumentOutOfRangeException"/> naming the field.</summary>
    public void Validate()
    {
        if (AtLeast is < 1 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(AtLeast), AtLeast, "expected 1 to 1000000");
        }

        if (!double.IsFinite(MissCost) || MissCost <= 0 || MissCost > 1e6)
        {
            throw new ArgumentOutOfRangeException(nameof(MissCost), MissCost, "expected a number above 0, at most 1e6");
        }

        if (!double.IsFinite(FalseAlarmCost) || FalseAlarmCost <= 0 || FalseAlarmCost > 1e6)
        {
            throw new ArgumentOutOfRangeException(nameof(FalseAlarmCost), FalseAlarmCost, "expected a number above 0, at most 1e6");
        }
    }
}

/// <summary>How probabilities of an event compare with what happened over a backtest.</summary>
/// <param name="Forecasts">Scored forecasts.</param>
/// <param name="Events">How many had the event.</param>
/// <param name="Brier">Mean Brier score (0 best).</param>
/// <param name="BrierClimatology">Brier score of always forecasting the base rate (a skill reference).</param>
/// <param name="HitRate">Share of events that were alerted at the rule's cut-off (NaN without events).</param>
/// <param name="FalseAlarmRate">Share of non-events that were alerted (NaN without non-events).</param>
/// <param name="Bins">The reliability diagram: forecast probability in ten bins against the observed frequency.</param>
public sealed record AlertReliability(int Forecasts, int Events, double Brier, double BrierClimatology, double HitRate, double FalseAlarmRate, IReadOnlyList<ReliabilityBin> Bins)
{
    /// <summary>Reliability of <paramref name="forecasts"/> (probability, whether the event happened) at <paramref name="cutoff"/>.</summary>
    public static AlertReliability Of(IReadOnlyList<(double Probability, bool Happened)> forecasts, double cutoff)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        var n = forecasts.Count;
        var events = forecasts.Count(f => f.Happened);
        var baseRate = n == 0 ? double.NaN : events / (double)n;
        var brier = n == 0 ? double.NaN : forecasts.Average(f => Math.Pow(f.Probability - (f.Happened ? 1 : 0), 2));
        var climatology = n == 0 ? double.NaN : forecasts.Average(f => Math.Pow(baseRate - (f.Happened ? 1 : 0), 2));
        var hits = events == 0 ? double.NaN : forecasts.Count(f => f.Happened && f.Probability >= cutoff) / (double)events;
        var falseAlarms = n - events == 0 ? double.NaN : forecasts.Count(f => !f.Happened && f.Probability >= cutoff) / (double)(n - events);
        var bins = Enumerable.Range(0, 10).Select(b =>
        {
            var (lo, hi) = (b / 10.0, (b + 1) / 10.0);
            var inBin = forecasts.Where(f => f.Probability >= lo && (f.Probability < hi || (b == 9 && f.Probability <= 1))).ToList();
            return new ReliabilityBin(lo, hi, inBin.Count, inBin.Count == 0 ? double.NaN : inBin.Average(f => f.Probability),
                inBin.Count == 0 ? double.NaN : inBin.Count(f => f.Happened) / (double)inBin.Count);
        }).ToList();
        return new AlertReliability(n, events, brier, climatology, hits, falseAlarms, bins);
    }
}

/// <summary>A bin of the reliability diagram.</summary>
public sealed record ReliabilityBin(double From, double To, int Forecasts, double MeanProbability, double ObservedFrequency);
