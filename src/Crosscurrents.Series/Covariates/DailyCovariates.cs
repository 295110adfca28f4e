using Crosscurrents.Core.Periods;

namespace Crosscurrents.Series.Covariates;

/// <summary>Which background covariates to build for a daily model.</summary>
/// <param name="AfterCeasefireDays">Length of the "after a ceasefire ended" window, in days (0 to leave it out).</param>
/// <param name="OpenEndedDays">How long a ceasefire or negotiation with no known end is taken to last.</param>
/// <param name="TrendKnots">Interior knots of the piecewise-linear trend (evenly spaced); 0 gives a straight line. A
/// flexible trend keeps slow rises and falls of violence from being mistaken for self-excitation.</param>
public sealed record CovariateOptions(int AfterCeasefireDays = 30, int OpenEndedDays = 30, int TrendKnots = 6);

/// <summary>
/// Daily covariates for background rates: intercept, a piecewise-linear trend (per decade, with slope changes at
/// evenly spaced knots), an annual harmonic, and timeline indicators:
/// a ceasefire in force, talks in progress, the days after a ceasefire ended, and after the Taliban takeover of
/// 15 August 2021. Indicators that are zero on every day of the span are left out (they cannot be estimated).
/// </summary>
public static class DailyCovariates
{
    public static readonly DateOnly TalibanTakeover = new(2021, 8, 15);

    /// <summary>
    /// Adds "in the window after an event of another stream" indicators: 1 on the <paramref name="days"/> days after a
    /// day with at least one event of <paramref name="name"/> (not the day itself). Its background rate ratio can fall
    /// below one, which a branching ratio cannot: this is how deterrence is estimated.
    /// </summary>
    public static (string Name, double[] Column) WindowAfter(string name, double[] counts, int days)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var column = new double[counts.Length];
        var lastEvent = int.MinValue / 2;
        for (var t = 0; t < counts.Length; t++)
        {
            column[t] = t - lastEvent <= days && t > lastEvent ? 1 : 0;
            if (counts[t] > 0)
            {
                lastEvent = t;
            }
        }

        return (string.Create(System.Globalization.CultureInfo.InvariantCulture, $"after_{name}_{days}d"), column);
    }

    public static (IReadOnlyList<string> Names, double[][] Columns) Build(DateOnly from, DateOnly to, Timeline timeline, CovariateOptions options)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(options);
        var days = to.DayNumber - from.DayNumber + 1;
        var mid = (days - 1) / 2.0;
        var columns = new List<(string, double[])>
        {
            ("intercept", Fill(days, _ => 1)),
            ("trend_per_decade", Fill(days, t => (t - mid) / 3652.5)),
        };
        for (var knot = 1; knot <= options.TrendKnots; knot++)
        {
            var at = days * knot / (options.TrendKnots + 1.0);
            columns.Add((string.Create(System.Globalization.CultureInfo.InvariantCulture, $"trend_change_{from.AddDays((int)at):yyyy-MM}"), Fill(days, t => Math.Max(0, t - at) / 3652.5)));
        }

        columns.AddRange(
        [
            ("season_sin", Fill(days, t => Math.Sin(2 * Math.PI * from.AddDays(t).DayOfYear / 365.25))),
            ("season_cos", Fill(days, t => Math.Cos(2 * Math.PI * from.AddDays(t).DayOfYear / 365.25))),
        ]);

        bool InForce(Period p, DateOnly day) => day >= p.Start && day <= (p.End ?? p.Start.AddDays(options.OpenEndedDays - 1));
        var ceasefires = timeline.OfKind("ceasefire").ToList();
        var talks = timeline.OfKind("negotiation").ToList();
        var ends = timeline.OfKind("ceasefire_end").Select(p => p.Start)
            .Concat(ceasefires.Where(c => c.End is not null).Select(c => c.End!.Value.AddDays(1))).Distinct().ToList();
        columns.Add(("ceasefire_in_force", Fill(days, t => ceasefires.Any(c => InForce(c, from.AddDays(t))) ? 1 : 0)));
        columns.Add(("talks_in_progress", Fill(days, t => talks.Any(c => InForce(c, from.AddDays(t))) ? 1 : 0)));
        if (options.AfterCeasefireDays > 0)
        {
            columns.Add(($"after_ceasefire_end_{options.AfterCeasefireDays}d", Fill(days, t =>
            {
                var day = from.AddDays(t);
                return ends.Any(e => day >= e && day < e.AddDays(options.AfterCeasefireDays)) ? 1 : 0;
            })));
        }

        columns.Add(("after_taliban_takeover", Fill(days, t => from.AddDays(t) >= TalibanTakeover ? 1 : 0)));
        var kept = columns.Where(c => c.Item1 == "intercept" || c.Item2.Any(v => v != c.Item2[0])).ToList();
        return (kept.Select(c => c.Item1).ToList(), kept.Select(c => c.Item2).ToArray());
    }

    private static double[] Fill(int days, Func<int, double> value) => Enumerable.Range(0, days).Select(value).ToArray();
}
