using Crosscurrents.Models.Hawkes;
using Crosscurrents.Models.Hawkes.Internal;

namespace Crosscurrents.Models.Scenarios;

/// <summary>
/// Monte Carlo of a Hawkes model with policy levers: each path draws the parameters and the levers' effects, then
/// simulates the daily counts of the model <see cref="HawkesModel"/> fits, day by day, with the levers applied to the
/// background rate.
/// </summary>
/// <remarks>
/// The model is the fit's own daily one: on day d, stream i starts Poisson(μ_i(d) + Σ_j α_ji h_j S_j(d)) events (the
/// background exp(z_dᵀγ_i), times exp(Σ effects of the levers active that day), and the offspring of earlier days),
/// and each event of stream j then has Poisson(α_ji c₀_j) events of stream i on the same day, generation after
/// generation: a multitype Galton–Watson cascade, whose count given the past is the generalised Poisson of the
/// likelihood (exactly so for one stream). c₀ = 1 − h(ω) is the same-day share of an event's offspring and
/// S_j(d) = e^{−ω_j} S_j(d−1) + (1 − e^{−ω_j}) y_j(d−1) carries the later-day share, starting from the observed
/// history. The work per day is a few Poisson draws per stream and generation, whatever the rate: a store of millions
/// of events costs no more to simulate than the shipped one. A rule ("strike after any attack killing at least N")
/// sees the simulated past only, and switches its lever on for the days after the triggering day, the resolution the
/// fitted window-after covariates have. Each event's deaths are drawn from the observed deaths per event of its stream
/// in the fit window, independently of its cause (a marked process with independent marks: the excitation does not
/// depend on how deadly an event was, which is the fitted model's assumption too); many events of a day draw their
/// tolls as one multinomial. Path i seeds its generators from (seed, i) only, and writes only its own slots, so the
/// results are identical for any number of threads; the same path of two scenarios draws the same parameters, so
/// differences between scenarios are path-paired.
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
        /// <summary>S_j: the recursion that carries earlier days' events into the offspring of the next day.</summary>
        public double[] Carried { get; } = new double[k];

        public double[] Eta { get; } = new double[k];

        /// <summary>One generation of the day's cascade, the next one, and the day's total per stream.</summary>
        public long[] Generation { get; } = new long[k];

        public long[] Next { get; } = new long[k];

        public long[] Day { get; } = new long[k];

        /// <summary>The day's drawn events per stream (the injected ones, whose deaths are given, apart).</summary>
        public long[] Drawn { get; } = new long[k];
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

        // The daily model HawkesModel fits: decay e^{−ω}, the same-day share c₀ of each event's offspring and the
        // later-day share h = 1 − c₀, carried by S_j(d) = e^{−ω} S_j(d−1) + (1 − e^{−ω}) y_j(d−1) from the observed past on.
        var decay = new double[k];
        var sameDay = new double[k];
        var carried = state.Carried;
        for (var j = 0; j < k; j++)
        {
            decay[j] = Math.Exp(-theta.Omega[j]);
            sameDay[j] = Likelihood.SameDayShare(theta.Omega[j]);
            carried[j] = 0;
            foreach (var observed in setup.History[j])
            {
                carried[j] = (decay[j] * carried[j]) + ((1 - decay[j]) * observed);
            }
        }

        var ruleUntil = new int[levers.Count];
        Array.Fill(ruleUntil, -1);
        long total = 0;
        var ruleDays = 0;
        var eta = state.Eta;
        var generation = state.Generation;
        var next = state.Next;
        var day = state.Day;
        var drawn = state.Drawn;
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < k; s++)
            {
                var x = 0.0;
                var gamma = theta.Gamma[s];
                for (var c = 0; c < p; c++)
                {
                    x += setup.Covariates[d, c] * gamma[c];
                }

                eta[s] = x;
            }

            for (var l = 0; l < levers.Count; l++)
            {
                if (ruleUntil[l] >= d || Active(levers[l].Days, d))
                {
                    for (var s = 0; s < k; s++)
                    {
                        eta[s] += effect[l][s];
                    }
                }
            }

            // The day's first generation: the background and the earlier days' offspring (Poisson), and the injected events.
            for (var i = 0; i < k; i++)
            {
                var rate = Math.Exp(eta[i]);
                for (var j = 0; j < k; j++)
                {
                    rate += theta.Alpha[j, i] * (1 - sameDay[j]) * carried[j];
                }

                generation[i] = Poisson(random, rate);
                drawn[i] = generation[i];
            }

            foreach (var injection in setup.Injections)
            {
                if (injection.Day == d)
                {
                    generation[injection.Stream] += injection.Count;
                }
            }

            // Then the cascade within the day: each j-event has Poisson(α_ji c₀_j) i-events the same day, generation after
            // generation until one has none (the generalised Poisson count of the likelihood). The event limit bounds it.
            Array.Clear(day);
            var more = true;
            while (more)
            {
                more = false;
                for (var j = 0; j < k; j++)
                {
                    day[j] += generation[j];
                    total += generation[j];
                }

                if (total > options.MaxEventsPerPath)
                {
                    return (total, ruleDays, true);
                }

                for (var i = 0; i < k; i++)
                {
                    var rate = 0.0;
                    for (var j = 0; j < k; j++)
                    {
                        rate += generation[j] * theta.Alpha[j, i] * sameDay[j];
                    }

                    next[i] = Poisson(random, rate);
                    more |= next[i] > 0;
                }

                for (var i = 0; i < k; i++)
                {
                    drawn[i] += next[i];
                    generation[i] = next[i];
                }
            }

            // Deaths: each drawn event's deaths resampled from its stream's observed deaths per event; injected events
            // have theirs. A rule switches its lever on for the days after a day with an event deadly enough.
            var triggered = false;
            var month = monthOf[d];
            for (var s = 0; s < k; s++)
            {
                var (dead, deadliest) = tolls[s].DrawSum(random, drawn[s]);
                foreach (var injection in setup.Injections)
                {
                    if (injection.Day == d && injection.Stream == s && injection.Count > 0)
                    {
                        dead += injection.Count * injection.DeathsEach;
                        deadliest = Math.Max(deadliest, injection.DeathsEach);
                    }
                }

                var slot = (month * k) + s;
                events[slot] += day[s];
                deaths[slot] += (float)dead;
                for (var l = 0; l < levers.Count; l++)
                {
                    if (levers[l].Rule is { } rule && rule.Stream == s && day[s] > 0 && deadliest >= rule.MinDeaths)
                    {
                        ruleUntil[l] = Math.Max(ruleUntil[l], d + rule.WindowDays);
                        triggered = true;
                    }
                }
            }

            for (var j = 0; j < k; j++)
            {
                carried[j] = (decay[j] * carried[j]) + ((1 - decay[j]) * day[j]);
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

        /// <summary>The deaths of <paramref name="n"/> events, each an observed event chosen uniformly (with replacement),
        /// and the largest of them (−∞ for none): one draw per event for a few, otherwise the multinomial counts of the
        /// distinct tolls by conditional binomials, so the cost does not grow with the number of events.</summary>
        public (double Sum, double Largest) DrawSum(Random random, long n)
        {
            if (n <= 0)
            {
                return (0, double.NegativeInfinity);
            }

            if (tolls.Length == 0)
            {
                return (0, 0);
            }

            double sum = 0, largest = double.NegativeInfinity;
            if (n <= 32)
            {
                for (var e = 0; e < n; e++)
                {
                    var dead = Draw(random);
                    sum += dead;
                    largest = Math.Max(largest, dead);
                }

                return (sum, largest);
            }

            // Toll g gets Binomial(left, its observations / the observations not yet assigned) of the events left.
            var left = n;
            var previous = 0;
            for (var g = 0; g < tolls.Length && left > 0; g++)
            {
                var here = cumulative[g] - previous;
                var unassigned = cumulative[^1] - previous;
                previous = cumulative[g];
                var count = g == tolls.Length - 1 ? left : Binomial(random, left, (double)here / unassigned);
                if (count > 0)
                {
                    sum += count * tolls[g];
                    largest = tolls[g];
                    left -= count;
                }
            }

            return (sum, largest);
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

    /// <summary>Binomial(n, p) deviate, exact: while the mean is large, the a-th smallest of n uniforms (a Beta(a, n + 1 − a)
    /// deviate) splits the trials into those below and above it (Knuth, TAOCP 3.4.1); a small mean is then counted by
    /// inversion. O(log n) for any n.</summary>
    internal static long Binomial(Random random, long n, double p)
    {
        if (n <= 0 || !(p > 0))
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        if (p > 0.5)
        {
            return n - Binomial(random, n, 1 - p);
        }

        long k = 0;
        for (var splits = 0; n * p >= 30 && splits < 128; splits++)
        {
            var a = 1 + (n / 2);
            var b = n + 1 - a;
            var x = MathNet.Numerics.Distributions.Beta.Sample(random, a, b);
            if (x >= p)
            {
                n = a - 1;
                p /= x;
            }
            else
            {
                k += a;
                n = b - 1;
                p = (p - x) / (1 - x);
            }
        }

        // Inversion: P(0) = (1 − p)^n, P(i + 1) = P(i) (n − i) p / ((i + 1)(1 − p)).
        var u = random.NextDouble();
        var prob = Math.Exp(n * Math.Log(1 - p));
        var cumulativeProb = prob;
        long i = 0;
        while (u > cumulativeProb && i < n)
        {
            prob *= (n - i) * p / ((i + 1) * (1 - p));
            i++;
            cumulativeProb += prob;
        }

        return k + i;
    }

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
