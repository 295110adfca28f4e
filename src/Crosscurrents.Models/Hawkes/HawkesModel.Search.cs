using System.Globalization;
using Crosscurrents.Models.Hawkes.Internal;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Crosscurrents.Models.Hawkes;

public static partial class HawkesModel
{
    /// <summary>One minimisation run's outcome.</summary>
    private sealed record Run(double[] Point, double LogLikelihood, HawkesExitReason Reason, string Detail, int Iterations);

    /// <summary>
    /// The optimisation problem in the search coordinates u = (γ, α, ln ω): bounds, fixed parameters, the objective
    /// −log L / N, and the finishing steps (bounds check, observed information, shares).
    /// </summary>
    private sealed class Problem(Likelihood likelihood, HawkesFitOptions options, Basis basis)
    {
        private readonly HawkesData _data = likelihood.Data;
        private readonly int _k = likelihood.Data.K;
        private readonly int _p = likelihood.Data.P;
        private readonly Layout _layout = Layout.Of(likelihood.Data);
        private readonly double _scale = Math.Max(1, likelihood.Events);
        private readonly Dictionary<int, double> _fixed = [];
        private double[] _point = [];
        private readonly HashSet<int> _withinDay = [];

        private int N => _layout.Count;

        private double Lower(int i) => _layout.IsBackground(i) ? -options.MaxAbsCoefficient : _layout.IsBranching(i) ? 0 : Math.Log(Math.Log(2) / options.MaxHalfLifeDays);

        private double Upper(int i) => _layout.IsBackground(i) ? options.MaxAbsCoefficient : _layout.IsBranching(i) ? options.MaxBranching : Math.Log(Math.Log(2) / options.MinHalfLifeDays);

        /// <summary>Holds γ of an indicator at its lower bound for a stream with no events on the indicator's days.</summary>
        public void FixEmptyIndicators(List<string> notes)
        {
            for (var c = 0; c < _p; c++)
            {
                var column = _data.Covariates.Column(c);
                if (column.All(v => v == column[0]) || !column.All(v => v is 0 or 1))
                {
                    continue;
                }

                for (var i = 0; i < _k; i++)
                {
                    var on = Enumerable.Range(0, _data.T).Where(t => column[t] == 1).Sum(t => _data.Counts[i][t]);
                    var off = _data.Counts[i].Sum() - on;
                    if (on == 0)
                    {
                        _fixed[_layout.Background(i, c)] = -options.MaxAbsCoefficient;
                        notes.Add($"{_data.Streams[i]}: no events on the days of '{_data.CovariateNames[c]}' (rate ratio 0, not estimable)");
                    }
                    else if (on < options.MinIndicatorEvents || off < options.MinIndicatorEvents)
                    {
                        _fixed[_layout.Background(i, c)] = 0;
                        notes.Add(string.Create(C, $"{_data.Streams[i]}: '{_data.CovariateNames[c]}' not estimated ({on} events on its days, {off} off them; fewer than {options.MinIndicatorEvents}): rate ratio held at 1"));
                    }
                }
            }
        }

        public Run Minimise(HawkesParameters start)
        {
            var free = Enumerable.Range(0, N).Where(i => !_fixed.ContainsKey(i)).ToArray();
            var u0 = ToSearch(start.Pack());
            foreach (var (i, v) in _fixed)
            {
                u0[i] = v;
            }

            var x = free.Select(i => Math.Clamp(u0[i], Lower(i), Upper(i))).ToArray();
            var bestValue = double.PositiveInfinity;
            var bestPoint = (double[])x.Clone();
            var full = (double[])u0.Clone();
            (double Value, double[] Gradient) Evaluate(double[] v)
            {
                for (var f = 0; f < free.Length; f++)
                {
                    full[free[f]] = v[f];
                }

                var (value, gradient) = Objective(full);
                var g = free.Select(i => gradient[i]).ToArray();
                if (!double.IsFinite(value) || g.Any(d => !double.IsFinite(d)))
                {
                    return (1e300, new double[free.Length]);
                }

                // Only points inside the box: the line search may try some just outside it, and a restart from one is refused.
                if (value < bestValue && v.Select((x, f) => x >= Lower(free[f]) && x <= Upper(free[f])).All(inside => inside))
                {
                    bestValue = value;
                    bestPoint = (double[])v.Clone();
                }

                return (value, g);
            }

            double Search(double[] v, double[] g)
            {
                var (value, gradient) = Evaluate(v);
                gradient.CopyTo(g, 0);
                return value;
            }

            var lower = free.Select(Lower).ToArray();
            var upper = free.Select(Upper).ToArray();
            var used = 0;
            var reason = HawkesExitReason.LineSearchFailure;
            var detail = "";
            for (var attempt = 0; attempt <= options.Restarts && used < options.MaxIterations; attempt++)
            {
                var budget = options.MaxIterations - used;
                var (_, _, iterations, exit) = new BoundedBfgs(options.OptimiserGradientTolerance ?? (options.GradientTolerance / 100), options.OptimiserParameterTolerance, options.OptimiserFunctionTolerance, budget)
                    .Minimise(Search, lower, upper, (double[])bestPoint.Clone());
                used += Math.Max(iterations, exit == BfgsExit.IterationLimit ? budget : 1);
                var iterationLimit = exit == BfgsExit.IterationLimit;
                detail = exit == BfgsExit.LineSearchFailure ? "the line search found no acceptable step" : $"optimiser stopped with {exit}";

                if (!double.IsFinite(bestValue) || bestValue >= 1e300)
                {
                    return new Run(Expand(free, bestPoint, u0), double.NaN, HawkesExitReason.InvalidValues, "no finite likelihood from this start", used);
                }

                var (_, gradient) = Evaluate(bestPoint);
                var projected = ProjectedGradient(free, bestPoint, gradient);
                if (projected <= options.GradientTolerance)
                {
                    return new Run(Expand(free, bestPoint, u0), -bestValue * _scale, HawkesExitReason.Converged, "", used);
                }

                reason = iterationLimit ? HawkesExitReason.IterationLimit : HawkesExitReason.LineSearchFailure;
                detail = iterationLimit
                    ? string.Create(C, $"{options.MaxIterations} iterations per start; projected gradient {projected:g3} > {options.GradientTolerance:g3}")
                    : string.Create(C, $"{detail}; projected gradient {projected:g3} > {options.GradientTolerance:g3} after restarting");
            }

            if (used >= options.MaxIterations && reason != HawkesExitReason.IterationLimit)
            {
                reason = HawkesExitReason.IterationLimit;
                detail = string.Create(C, $"{options.MaxIterations} iterations per start; {detail}");
            }

            return new Run(Expand(free, bestPoint, u0), -bestValue * _scale, reason, detail, used);
        }

        public HawkesFit Finish(Run run, int iterations, int starts, List<string> notes)
        {
            var u = run.Point;
            _point = u;
            var workTheta = HawkesParameters.Unpack(FromSearch(u), _k, _p);
            var theta = basis.FromWork(workTheta);
            var reason = run.Reason;
            var detail = run.Reason == HawkesExitReason.Converged ? "" : string.Create(C, $"{run.Detail}; best of {starts} starts");
            var fixedSet = new HashSet<int>(_fixed.Keys);
            for (var j = 0; j < _k; j++)
            {
                if (Enumerable.Range(0, _k).All(i => theta.Alpha[j, i] < options.ZeroBranching))
                {
                    fixedSet.Add(_layout.Decay(j));
                    notes.Add($"{_data.Streams[j]} excites nothing here (every branching ratio from it at 0): the half-life of its excitation is not identified");
                }
            }

            // ω → ∞ is a natural boundary of the model (every offspring on its parent's day): a half-life at
            // its lower limit is reported as "within the day", and ω is held there like a decay that is not identified.
            for (var j = 0; j < _k; j++)
            {
                if (!fixedSet.Contains(_layout.Decay(j)) && u[_layout.Decay(j)] >= Upper(_layout.Decay(j)) - options.BoundTolerance)
                {
                    fixedSet.Add(_layout.Decay(j));
                    _withinDay.Add(j);
                    notes.Add(string.Create(C, $"{_data.Streams[j]}: the half-life of its excitation is at the {options.MinHalfLifeDays:0.###}-day limit: its offspring come on the same day"));
                }
            }

            if (reason == HawkesExitReason.Converged)
            {
                var onBound = Enumerable.Range(0, N).Where(i => !fixedSet.Contains(i))
                    .Where(i => _layout.IsBranching(i) ? u[i] >= Upper(i) - options.BoundTolerance : u[i] <= Lower(i) + options.BoundTolerance || u[i] >= Upper(i) - options.BoundTolerance).ToList();
                if (onBound.Count > 0)
                {
                    reason = HawkesExitReason.AtBound;
                    detail = string.Join(", ", onBound.Select(i => $"{Describe(i)} ({Limit(i, u[i])})"));
                }
            }

            var n = N;
            var se = Enumerable.Repeat(double.NaN, n).ToArray();
            var covariance = new double[n, n];
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    covariance[a, b] = double.NaN;
                }
            }

            if (reason == HawkesExitReason.Converged && options.StandardErrors)
            {
                // Branching ratios at 0 are active constraints: the information is that of the other parameters, and an
                // α at 0 gets the one-sided interval [0, 1.96 / √I_αα] from its own curvature.
                var free = Enumerable.Range(0, n).Where(i => !fixedSet.Contains(i)).ToArray();
                var zero = free.Where(IsAlphaAtZero).ToHashSet();
                var all = ObservedInformation(u, free);
                var interior = Enumerable.Range(0, free.Length).Where(f => !zero.Contains(free[f])).ToArray();
                foreach (var f in Enumerable.Range(0, free.Length).Where(f => zero.Contains(free[f])))
                {
                    se[free[f]] = all[f, f] > 0 ? 1 / Math.Sqrt(all[f, f]) : double.NaN;
                    covariance[free[f], free[f]] = se[free[f]] * se[free[f]];
                }

                var information = Matrix<double>.Build.Dense(interior.Length, interior.Length, (a, b) => all[interior[a], interior[b]]);
                free = interior.Select(f => free[f]).ToArray();
                // Judged on the information scaled to unit diagonal (a correlation form), which does not depend on the
                // parameters' units or the number of events: the raw ratio of eigenvalues grows with the counts (about
                // 1e-4 on the shipped data, 8e-11 on the same rows repeated 780 times, where the scaled form's smallest
                // eigenvalue is still 0.24) and called well-determined fits singular.
                var scale = Enumerable.Range(0, information.RowCount).Select(a => information[a, a] > 0 ? 1 / Math.Sqrt(information[a, a]) : 0).ToArray();
                var evd = Matrix<double>.Build.Dense(information.RowCount, information.RowCount, (a, b) => information[a, b] * scale[a] * scale[b]).Evd(Symmetricity.Symmetric);
                var eigen = evd.EigenValues.Select(e => e.Real).ToArray();
                if (scale.Contains(0) || eigen.Min() <= options.SingularityTolerance * Math.Max(1, eigen.Max()))
                {
                    reason = HawkesExitReason.SingularInformation;
                    var weakest = evd.EigenVectors.Column(Array.IndexOf(eigen, eigen.Min()));
                    var involved = Enumerable.Range(0, free.Length).OrderByDescending(f => Math.Abs(weakest[f])).Take(3).Select(f => Describe(free[f]));
                    detail = string.Create(C, $"smallest eigenvalue {eigen.Min():g3}, mostly {string.Join(", ", involved)}");
                }
                else
                {
                    var inverse = information.Inverse();
                    if (options.RobustStandardErrors)
                    {
                        inverse = inverse * Meat(u, free) * inverse;
                    }

                    for (var a = 0; a < free.Length; a++)
                    {
                        for (var b = 0; b < free.Length; b++)
                        {
                            // Back to natural units: ω = e^u, so dω/du = ω.
                            covariance[free[a], free[b]] = inverse[a, b] * Jacobian(free[a], u) * Jacobian(free[b], u);
                        }

                        se[free[a]] = Math.Sqrt(Math.Max(covariance[free[a], free[a]], 0));
                    }
                }
            }

            var atBound = Enumerable.Range(0, n).Select(i => fixedSet.Contains(i) || IsAlphaAtZero(i)).ToArray();
            var ll = likelihood.Evaluate(workTheta, null);
            covariance = basis.CovarianceFromWork(covariance, _layout);
            for (var i = 0; i < n; i++)
            {
                se[i] = double.IsNaN(covariance[i, i]) ? double.NaN : Math.Sqrt(Math.Max(covariance[i, i], 0));
            }

            var usable = reason == HawkesExitReason.Converged;
            return new HawkesFit
            {
                Streams = _data.Streams,
                Data = basis.Original,
                Options = options,
                Point = theta,
                StdErrors = se,
                AtBound = atBound,
                Fixed = Enumerable.Range(0, n).Select(fixedSet.Contains).ToArray(),
                WithinDay = Enumerable.Range(0, _k).Select(_withinDay.Contains).ToArray(),
                Covariance = covariance,
                LogLikelihood = ll,
                FreeParameters = n - fixedSet.Count,
                TriggeredShare = usable ? TriggeredShares(likelihood, workTheta) : Enumerable.Repeat(double.NaN, _k).ToArray(),
                SpectralRadius = usable ? SpectralRadius(theta.Alpha) : double.NaN,
                ExitReason = reason,
                ExitDetail = detail,
                Iterations = iterations,
                Notes = notes,
            };
        }

        private string Limit(int i, double value) => _layout.IsDecay(i)
            ? string.Create(C, $"half-life {Math.Log(2) / Math.Exp(value):0.###} days, limits {options.MinHalfLifeDays:0.###}–{options.MaxHalfLifeDays:0.###}")
            : _layout.IsBranching(i) ? string.Create(C, $"{value:0.###}, limit {options.MaxBranching:0.###}") : string.Create(C, $"{value:0.###}, limit ±{options.MaxAbsCoefficient:0.###}");

        private bool IsAlphaAtZero(int i) => _layout.IsBranching(i) && _point[i] <= options.ZeroBranching;

        /// <summary>A parameter in words: "ttp → baloch branching ratio", "ttp half-life", "baloch background 'talks'".</summary>
        private string Describe(int i) => _layout.IdAt(i) switch
        {
            { Kind: HawkesParameterKind.Background } id => basis.IsSmooth(id.Other)
                ? $"{_data.Streams[id.Stream]} background level, trend or season"
                : $"{_data.Streams[id.Stream]} background coefficient of '{_data.CovariateNames[id.Other]}'",
            { Kind: HawkesParameterKind.Branching } id => $"{_data.Streams[id.Stream]} → {_data.Streams[id.Other]} branching ratio",
            var id => $"{_data.Streams[id.Stream]} half-life of excitation",
        };

        private double Jacobian(int i, double[] u) => _layout.IsDecay(i) ? Math.Exp(u[i]) : 1;

        private double[] ToSearch(double[] natural) => natural.Select((v, i) => _layout.IsDecay(i) ? Math.Log(v) : v).ToArray();

        private double[] FromSearch(double[] u) => u.Select((v, i) => _layout.IsDecay(i) ? Math.Exp(v) : v).ToArray();

        /// <summary>−log L / N and its gradient in search coordinates.</summary>
        private (double Value, double[] Gradient) Objective(double[] u)
        {
            var natural = FromSearch(u);
            var gradient = new double[N];
            var ll = likelihood.Evaluate(HawkesParameters.Unpack(natural, _k, _p), gradient);
            for (var i = 0; i < N; i++)
            {
                gradient[i] = -gradient[i] * Jacobian(i, u) / _scale;
            }

            return (-ll / _scale, gradient);
        }

        private double ProjectedGradient(int[] free, double[] x, double[] gradient)
        {
            var worst = 0.0;
            for (var f = 0; f < free.Length; f++)
            {
                var g = gradient[f];
                var i = free[f];
                if ((x[f] <= Lower(i) + options.ActiveBoundTolerance && g > 0) || (x[f] >= Upper(i) - options.ActiveBoundTolerance && g < 0))
                {
                    continue;
                }

                worst = Math.Max(worst, Math.Abs(g));
            }

            return worst;
        }

        private static double[] Expand(int[] free, double[] x, double[] template)
        {
            var u = (double[])template.Clone();
            for (var f = 0; f < free.Length; f++)
            {
                u[free[f]] = x[f];
            }

            return u;
        }

        /// <summary>Σ_d s_d s_dᵀ over the days' scores s_d, in search coordinates, over the given parameters.</summary>
        private Matrix<double> Meat(double[] u, int[] free)
        {
            var daily = new double[_data.T][];
            likelihood.Evaluate(HawkesParameters.Unpack(FromSearch(u), _k, _p), new double[N], daily);
            var meat = Matrix<double>.Build.Dense(free.Length, free.Length);
            var score = new double[free.Length];
            foreach (var day in daily)
            {
                for (var a = 0; a < free.Length; a++)
                {
                    score[a] = day[free[a]] * Jacobian(free[a], u);
                }

                for (var a = 0; a < free.Length; a++)
                {
                    for (var b = 0; b < free.Length; b++)
                    {
                        meat[a, b] += score[a] * score[b];
                    }
                }
            }

            return meat;
        }

        /// <summary>The Hessian of −log L in search coordinates over the free parameters, by differences of the analytic gradient.</summary>
        private Matrix<double> ObservedInformation(double[] u, int[] free)
        {
            var h = Matrix<double>.Build.Dense(free.Length, free.Length);
            for (var b = 0; b < free.Length; b++)
            {
                var index = free[b];
                var step = options.InformationStep * Math.Max(1, Math.Abs(u[index]));
                var plus = (double[])u.Clone();
                var minus = (double[])u.Clone();
                plus[index] += step;
                // A branching ratio cannot go below 0: near that bound the difference becomes one-sided.
                minus[index] = Math.Max(minus[index] - step, Lower(index));
                var gp = Objective(plus).Gradient;
                var gm = Objective(minus).Gradient;
                for (var a = 0; a < free.Length; a++)
                {
                    h[a, b] = (gp[free[a]] - gm[free[a]]) * _scale / (plus[index] - minus[index]);
                }
            }

            return (h + h.Transpose()) / 2;
        }
    }
}
