using Crosscurrents.Models.Hawkes;

namespace Crosscurrents.Models.Scenarios;

/// <summary>
/// Monte Carlo of a Hawkes model with policy levers: each path draws the parameters and the levers' effects, then
/// simulates the process exactly in continuous time, day by day, with the levers applied to the background rate.
/// </summary>
/// <remarks>
/// The process is the one <see cref="HawkesModel"/> fits: background rate exp(z_dᵀγ_k) constant within a day, times
/// exp(Σ effects of the levers active that day); every j-event has Poisson(α_jk) k-children at Exp(ω_j) delays.
/// Events before the first simulated day (the observed history, each taken at the middle of its day) still excite
/// the future: by the memorylessness of the exponential kernel, the children an event at −u has after time 0 are
/// Poisson(α e^{−ωu}) at 0 + Exp(ω), which is exact given the history. Events are processed in time order (a priority
/// queue), so a rule ("strike after any attack killing at least N") sees the simulated past only, and switches its
/// lever on for the days after the triggering day, the resolution the fitted window-after covariates have. Each
/// event's deaths are drawn from the observed deaths per event of its stream in the fit window, independently of
/// its cause (a marked process with independent marks: the excitation does not depend on how deadly an event was,
/// which is the fitted model's assumption too). Path i seeds its generators from (seed, i) only, and writes only its
/// own slots, so the results are identical for any number of threads; the same path of two scenarios draws the same
/// parameters, so differences between scenarios are path-paired.
/// </remarks>
public static class ScenarioSimulator
{
    /// <summary>Simulates <see cref="ScenarioRunOptions.Paths"/> paths of the scenario.</summary>
    /// <param name="model">Parameters and how to draw them.</param>
    /// <param name="setup">Covariates, history, months, deaths per event, levers and injections.</param>
    /// <param name="options">Paths, seed, sensitivity overrides, threads.</param>
    /// <param name="progress">Receives the number of paths done (from any thread), or null.</param>
    public static ScenarioPaths Run(ScenarioModel model, ScenarioSetup setup, ScenarioRunOptions options, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Check(model, setup);
        int k = model.Estimates.K, months = setup.Months;
        var events = new float[options.Paths * months * k];
        var deaths = new float[options.Paths * months * k];
        var ruleDays = new int[options.Paths];
        var exploded = new bool[options.Paths];
        var simulated = new long[options.Paths];
        var monthOf = MonthOfDay(setup);
        var tolls = setup.Deaths.Select(DeathTable.Of).ToArray();
        var done = 0;
        Parallel.For(0, options.Paths, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism }, () => new PathState(k),
            (path, _, state) =>
            {
                var (n, rules, boom) = Simulate(model, setup, tolls, options, path, monthOf, state, events.AsSpan(path * months * k, months * k), deaths.AsSpan(path * months * k, months * k));
                simulated[path] = n;
                ruleDays[path] = rules;
                exploded[path] = boom;
                if (progress is not null)
                {
                    progress(Interlocked.Increment(ref done));
                }

                return state;
            }, _ => { });
        return new ScenarioPaths(options.Paths, months, k, events, deaths, ruleDays, exploded.Count(e => e), simulated.Sum());
    }

    /// <summary>A generator seeded from (seed, path, purpose) by SplitMix64, so paths are independent of each other and of the thread running them.</summary>
    public static Random PathRandom(int seed, int path, int purpose)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)(uint)path * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)purpose * 0xD1B54A32D192ED03UL));
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return new Random((int)(x & 0x7FFFFFFF));
    }

    private static void Check(ScenarioModel model, ScenarioSetup setup)
    {
        int k = model.Estimates.K, p = model.Estimates.P;
        if (setup.Covariates.ColumnCount != p)
        {
            throw new ArgumentException($"the scenario has {setup.Covariates.ColumnCount} covariates for a model with {p}");
        }

        if (setup.History.Length != k || setup.Deaths.Length != k)
        {
            throw new ArgumentException($"history and deaths must be given for each of the {k} streams");
        }

        if (setup.MonthStarts.Length == 0 || setup.MonthStarts[0] != 0 || setup.MonthStarts.Zip(setup.MonthStarts.Skip(1)).Any(m => m.Second <= m.First) || setup.MonthStarts[^1] >= setup.Days)
        {
            throw new ArgumentException("month starts must ascend from day 0 and fall within the horizon");
        }

        foreach (var lever in setup.Levers)
        {
            if (lever.Streams.Length != k || (lever.Effect.Kind == LeverEffectKind.Fitted && (lever.Effect.Column < 0 || lever.Effect.Column >= p))
                || (lever.Rule is { } r && (r.Stream < 0 || r.Stream >= k || r.WindowDays < 1)))
            {
                throw new ArgumentException($"lever '{lever.Name}' does not fit the model ({k} streams, {p} covariates)");
            }
        }

        if (setup.Injections.Any(i => i.Day < 0 || i.Day >= setup.Days || i.Stream < 0 || i.Stream >= k || i.Count < 0))
        {
            throw new ArgumentException("an injected event falls outside the horizon or the streams");
        }
    }

    private static int[] MonthOfDay(ScenarioSetup setup)
    {
        var monthOf = new int[setup.Days];
        for (int d = 0, m = 0; d < setup.Days; d++)
        {
            while (m + 1 < setup.MonthStarts.Length && setup.MonthStarts[m + 1] <= d)
            {
                m++;
            }

            monthOf[d] = m;
        }

        return monthOf;
    }

    private sealed class PathState(int k)
    {
        public PriorityQueue<(int Stream, double Deaths), double> Queue { get; } = new();

        public double[] Eta { get; } = new double[k];
    }

    private static (long Events, int RuleDays, bool Exploded) Simulate(ScenarioModel model, ScenarioSetup setup, DeathTable[] tolls, ScenarioRunOptions options, int path,
        int[] monthOf, PathState state, Span<float> events, Span<float> deaths)
    {
        var parameterRandom = PathRandom(options.Seed, path, 0);
        var random = PathRandom(options.Seed, path, 1);
        var leverRandom = PathRandom(options.Seed, path, 2);
        var theta = model.Draw(parameterRandom);
        int k = theta.K, p = theta.P, days = setup.Days;
        var levers = setup.Levers;

        // Each lever's effect (ln rate ratio) on each stream for this path.
        var effect = new double[levers.Count][];
        for (var l = 0; l < levers.Count; l++)
        {
            var e = levers[l].Effect;
            var fixedZ = options.Overrides is not null && options.Overrides.TryGetValue(l, out var z) ? z : (double?)null;
            var stated = e.Kind == LeverEffectKind.Fitted ? 0 : e.LogRateRatio + ((fixedZ ?? Normal(leverRandom)) * e.LogStdError);
            effect[l] = new double[k];
            for (var s = 0; s < k; s++)
            {
                effect[l][s] = !levers[l].Streams[s] ? 0
                    : e.Kind != LeverEffectKind.Fitted ? stated
                    : fixedZ is { } fz ? model.Estimates.Gamma[s][e.Column] + (fz * model.BackgroundStdError(s, e.Column))
                    : theta.Gamma[s][e.Column];
            }
        }

        var queue = state.Queue;
        queue.Clear();

        // The observed past's children that fall in the horizon.
        for (var j = 0; j < k; j++)
        {
            var w = theta.Omega[j];
            var history = setup.History[j];
            var carried = 0.0;
            for (var d = 0; d < history.Length; d++)
            {
                carried += history[d] * Math.Exp(-w * (history.Length - d - 0.5));
            }

            for (var i = 0; i < k; i++)
            {
                var n = Poisson(random, theta.Alpha[j, i] * carried);
                for (var m = 0; m < n; m++)
                {
                    var time = -Math.Log(1 - random.NextDouble()) / w;
                    if (time < days)
                    {
                        queue.Enqueue((i, double.NaN), time);
                    }
                }
            }
        }

        var ruleUntil = new int[levers.Count];
        Array.Fill(ruleUntil, -1);
        long total = 0;
        var ruleDays = 0;
        var eta = state.Eta;
        for (var day = 0; day < days; day++)
        {
            for (var s = 0; s < k; s++)
            {
                var x = 0.0;
                var gamma = theta.Gamma[s];
                for (var c = 0; c < p; c++)
                {
                    x += setup.Covariates[day, c] * gamma[c];
                }

                eta[s] = x;
            }

            for (var l = 0; l < levers.Count; l++)
            {
                if (ruleUntil[l] >= day || Active(levers[l].Days, day))
                {
                    for (var s = 0; s < k; s++)
                    {
                        eta[s] += effect[l][s];
                    }
                }
            }

            for (var s = 0; s < k; s++)
            {
                var n = Poisson(random, Math.Exp(eta[s]));
                for (var m = 0; m < n; m++)
                {
                    queue.Enqueue((s, double.NaN), day + random.NextDouble());
                }
            }

            foreach (var injection in setup.Injections)
            {
                if (injection.Day == day)
                {
                    for (var m = 0; m < injection.Count; m++)
                    {
                        queue.Enqueue((injection.Stream, injection.DeathsEach), day + 0.5);
                    }
                }
            }

            var triggered = false;
            var month = monthOf[day];
            while (queue.TryPeek(out var next, out var time) && time < day + 1)
            {
                queue.Dequeue();
                if (++total > options.MaxEventsPerPath)
                {
                    return (total, ruleDays, true);
                }

                var stream = next.Stream;
                var dead = double.IsNaN(next.Deaths) ? tolls[stream].Draw(random) : next.Deaths;
                var slot = (month * k) + stream;
                events[slot]++;
                deaths[slot] += (float)dead;
                for (var l = 0; l < levers.Count; l++)
                {
                    if (levers[l].Rule is { } rule && rule.Stream == stream && dead >= rule.MinDeaths)
                    {
                        ruleUntil[l] = Math.Max(ruleUntil[l], day + rule.WindowDays);
                        triggered = true;
                    }
                }

                var w = theta.Omega[stream];
                for (var i = 0; i < k; i++)
                {
                    var alpha = theta.Alpha[stream, i];
                    var children = alpha > 0 ? Poisson(random, alpha) : 0;
                    for (var m = 0; m < children; m++)
                    {
                        var at = time - (Math.Log(1 - random.NextDouble()) / w);
                        if (at < days)
                        {
                            queue.Enqueue((i, double.NaN), at);
                        }
                    }
                }
            }

            ruleDays += triggered ? 1 : 0;
        }

        return (total, ruleDays, false);
    }

    private static bool Active(IReadOnlyList<DayRange> ranges, int day)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            if (day >= ranges[i].From && day <= ranges[i].To)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The observed deaths per event as distinct tolls with cumulative counts: a draw is one observed event
    /// chosen uniformly, as indexing the observations would be, but the table stays in cache however many there are.</summary>
    private sealed class DeathTable(double[] tolls, int[] cumulative)
    {
        public static DeathTable Of(double[] observed)
        {
            var groups = observed.GroupBy(v => v).OrderBy(g => g.Key).ToList();
            var cumulative = new int[groups.Count];
            var total = 0;
            for (var i = 0; i < groups.Count; i++)
            {
                total += groups[i].Count();
                cumulative[i] = total;
            }

            return new DeathTable([.. groups.Select(g => g.Key)], cumulative);
        }

        public double Draw(Random random)
        {
            if (tolls.Length == 0)
            {
                return 0;
            }

            // The first toll whose cumulative count exceeds a uniform index into the observations.
            var r = random.Next(cumulative[^1]);
            int lo = 0, hi = cumulative.Length - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (cumulative[mid] > r)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            return tolls[lo];
        }
    }

    private static double Normal(Random random) => ScenarioModel.Normal(random);

    /// <summary>Poisson deviate: inversion by sequential search below 30, MathNet's sampler above.</summary>
    private static int Poisson(Random random, double lambda)
    {
        if (!(lambda > 0))
        {
            return 0;
        }

        if (lambda >= 30)
        {
            return MathNet.Numerics.Distributions.Poisson.Sample(random, lambda);
        }

        var u = random.NextDouble();
        var prob = Math.Exp(-lambda);
        var cumulative = prob;
        var n = 0;
        while (u > cumulative && n < 1000)
        {
            n++;
            prob *= lambda / n;
            cumulative += prob;
        }

        return n;
    }
}
