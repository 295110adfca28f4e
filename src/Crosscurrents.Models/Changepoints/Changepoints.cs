using Crosscurrents.Models.Internal;

namespace Crosscurrents.Models.Changepoints;

/// <summary>Options for changepoint detection.</summary>
/// <param name="MinSegment">Shortest segment, in periods.</param>
/// <param name="Penalty">Penalty per changepoint; null = the BIC-type rule 2 · ln n (each change adds a location and a rate).</param>
/// <param name="Bootstraps">Parametric bootstrap replications for the uncertainty of each changepoint's date (0 to skip).</param>
/// <param name="Seed">Seed of the bootstrap.</param>
public sealed record ChangepointOptions(int MinSegment = 3, double? Penalty = null, int Bootstraps = 200, int Seed = 1);

/// <summary>
/// Changepoints in a count series by PELT (Killick, Fearnhead and Eckley 2012) with a Poisson segment cost: the
/// segmentation that minimises Σ segments [−2 × Poisson log-likelihood at the segment mean] + penalty × number of
/// changes, found exactly in about linear time.
/// </summary>
/// <remarks>
/// Uncertainty: a parametric bootstrap simulates Poisson counts from the fitted segment means, reruns PELT, and
/// reports for each detected change the 2.5%–97.5% range of the nearest bootstrap change and how often a change
/// appears within ± MinSegment periods of it. The Poisson cost assumes no overdispersion within a segment; with
/// overdispersed counts it finds more changes, so read small segments with care or raise the penalty.
/// </remarks>
public static class ChangepointDetection
{
    public static ChangepointResult Detect(IReadOnlyList<double> counts, ChangepointOptions options)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(options);
        // A minimum segment of 0 lets PELT keep every split and exhausts memory.
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinSegment, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Bootstraps);
        if (options.Penalty is { } given && (!double.IsFinite(given) || given < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), given, "the penalty must be a finite number ≥ 0");
        }

        if (counts.Any(c => c < 0 || double.IsNaN(c)))
        {
            throw new ArgumentException("counts must be ≥ 0");
        }

        var penalty = options.Penalty ?? (2 * Math.Log(Math.Max(2, counts.Count)));
        var changes = Pelt(counts, penalty, options.MinSegment);
        var segments = Segments(counts, changes);

        var intervals = new List<ChangepointEstimate>();
        if (options.Bootstraps > 0 && changes.Count > 0)
        {
            var random = new Random(options.Seed);
            var nearest = changes.Select(_ => new List<int>()).ToList();
            var found = new int[changes.Count];
            for (var b = 0; b < options.Bootstraps; b++)
            {
                var simulated = new double[counts.Count];
                foreach (var s in segments)
                {
                    for (var t = s.Start; t < s.End; t++)
                    {
                        simulated[t] = MathNet.Numerics.Distributions.Poisson.Sample(random, Math.Max(s.Mean, 1e-9));
                    }
                }

                var again = Pelt(simulated, penalty, options.MinSegment);
                for (var i = 0; i < changes.Count; i++)
                {
                    if (again.Count == 0)
                    {
                        continue;
                    }

                    var closest = again.MinBy(c => Math.Abs(c - changes[i]));
                    nearest[i].Add(closest);
                    if (Math.Abs(closest - changes[i]) <= options.MinSegment)
                    {
                        found[i]++;
                    }
                }
            }

            for (var i = 0; i < changes.Count; i++)
            {
                var sorted = nearest[i].Order().ToArray();
                intervals.Add(sorted.Length == 0
                    ? new ChangepointEstimate(changes[i], changes[i], changes[i], 0)
                    : new ChangepointEstimate(changes[i], sorted[(int)(0.025 * (sorted.Length - 1))], sorted[(int)Math.Ceiling(0.975 * (sorted.Length - 1))], found[i] / (double)options.Bootstraps));
            }
        }
        else
        {
            intervals.AddRange(changes.Select(c => new ChangepointEstimate(c, c, c, double.NaN)));
        }

        return new ChangepointResult(intervals, segments, penalty);
    }

    /// <summary>Optimal partitioning by brute force, O(n²): the same answer as PELT, for testing.</summary>
    internal static List<int> OptimalPartitioning(IReadOnlyList<double> y, double penalty, int minSegment)
    {
        var n = y.Count;
        var f = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
        var last = new int[n + 1];
        f[0] = -penalty;
        for (var t = minSegment; t <= n; t++)
        {
            for (var s = 0; s <= t - minSegment; s++)
            {
                if (s != 0 && s < minSegment)
                {
                    continue;
                }

                var segment = y.Skip(s).Take(t - s).ToArray();
                var total = segment.Sum();
                var ll = (total > 0 ? (total * Math.Log(total / segment.Length)) - total : 0) - segment.Sum(v => Gamma.LogGamma(v + 1));
                var v = f[s] - (2 * ll) + penalty;
                if (v < f[t])
                {
                    f[t] = v;
                    last[t] = s;
                }
            }
        }

        return Backtrack(last, n);
    }

    /// <summary>PELT: returns the first period of each new segment (sorted).</summary>
    internal static List<int> Pelt(IReadOnlyList<double> y, double penalty, int minSegment)
    {
        var n = y.Count;
        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + y[i];
        }

        var sumLogFactorial = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            sumLogFactorial[i + 1] = sumLogFactorial[i] + Gamma.LogGamma(y[i] + 1);
        }

        // Cost of segment [s, t): −2 × max log-likelihood of a Poisson with one mean.
        double Cost(int s, int t)
        {
            var total = prefix[t] - prefix[s];
            var length = t - s;
            var ll = total > 0 ? (total * Math.Log(total / length)) - total : 0;
            return -2 * (ll - (sumLogFactorial[t] - sumLogFactorial[s]));
        }

        var f = new double[n + 1];
        var last = new int[n + 1];
        f[0] = -penalty;
        var candidates = new List<int> { 0 };
        for (var t = minSegment; t <= n; t++)
        {
            var best = double.PositiveInfinity;
            var bestS = 0;
            var values = new List<(int S, double V)>();
            foreach (var s in candidates)
            {
                if (t - s < minSegment)
                {
                    values.Add((s, double.NaN));
                    continue;
                }

                var v = f[s] + Cost(s, t) + penalty;
                values.Add((s, v));
                if (v < best)
                {
                    best = v;
                    bestS = s;
                }
            }

            f[t] = best;
            last[t] = bestS;

            // Pruning: drop s that can never be optimal again (K = 0 for this cost).
            candidates = values.Where(x => double.IsNaN(x.V) || x.V - penalty <= best).Select(x => x.S).ToList();
            if (t + 1 - minSegment >= 0 && t + 1 - minSegment <= n)
            {
                var next = t + 1 - minSegment;
                if (next >= minSegment && !candidates.Contains(next))
                {
                    candidates.Add(next);
                }
            }
        }

        return Backtrack(last, n);
    }

    /// <summary>The changepoints from the table of each prefix's last segment start.</summary>
    private static List<int> Backtrack(int[] last, int n)
    {
        var changes = new List<int>();
        for (var t = n; t > 0; t = last[t])
        {
            if (last[t] > 0)
            {
                changes.Add(last[t]);
            }
        }

        changes.Reverse();
        return changes;
    }

    private static List<Segment> Segments(IReadOnlyList<double> y, IReadOnlyList<int> changes)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(changes);
        bounds.Add(y.Count);
        return Enumerable.Range(0, bounds.Count - 1)
            .Select(i => new Segment(bounds[i], bounds[i + 1], Enumerable.Range(bounds[i], bounds[i + 1] - bounds[i]).Average(t => y[t])))
            .ToList();
    }
}

/// <summary>Changepoints and the segments between them.</summary>
public sealed record ChangepointResult(IReadOnlyList<ChangepointEstimate> Changes, IReadOnlyList<Segment> Segments, double Penalty);

/// <summary>A change at <paramref name="Index"/> (the first period of the new segment), with a bootstrap 95% range
/// and the share of bootstrap replications that found a change nearby.</summary>
public sealed record ChangepointEstimate(int Index, int Lower, int Upper, double Support);

/// <summary>Periods [Start, End) with their mean count.</summary>
public sealed record Segment(int Start, int End, double Mean);
