namespace Crosscurrents.Models.Hawkes.Internal;

/// <summary>How a <see cref="BoundedBfgs"/> run ended.</summary>
internal enum BfgsExit
{
    /// <summary>The largest projected gradient is within the tolerance.</summary>
    Gradient,

    /// <summary>The step or the change of the objective fell below its tolerance.</summary>
    Stalled,

    /// <summary>No step along the search direction satisfied the Wolfe conditions.</summary>
    LineSearchFailure,

    /// <summary>The iteration budget ran out.</summary>
    IterationLimit,
}

/// <summary>
/// Box-constrained BFGS (the method of Byrd, Lu, Nocedal and Zhu 1995 with a dense Hessian approximation, as in
/// MathNet's BfgsBMinimizer): the generalised Cauchy point along the projected gradient path, a Newton step of the
/// quadratic model in the variables still free there, and a strong Wolfe line search. Written for a few hundred
/// parameters and an expensive objective: O(n²) per iteration outside one Cholesky factorisation of the free block,
/// every buffer allocated once.
/// </summary>
internal sealed class BoundedBfgs(double gradientTolerance, double parameterTolerance, double functionTolerance, int maxIterations)
{
    private const double C1 = 1e-4;
    private const double C2 = 0.9;
    private const int MaxTrials = 40;

    /// <summary>The objective: its value at x, with the gradient written into the second argument.</summary>
    public delegate double Objective(double[] x, double[] gradient);

    public (double[] Point, double Value, int Iterations, BfgsExit Exit) Minimise(Objective f, double[] lower, double[] upper, double[] start)
    {
        var n = start.Length;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = Math.Clamp(start[i], lower[i], upper[i]);
        }

        var g = new double[n];
        var value = f(x, g);
        var b = new double[n * n]; // the Hessian approximation, row-major
        Identity(b, n);
        var work = new Work(n);
        for (var iteration = 0; ; iteration++)
        {
            if (ProjectedGradient(x, g, lower, upper) <= gradientTolerance)
            {
                return (x, value, iteration, BfgsExit.Gradient);
            }

            if (iteration >= maxIterations)
            {
                return (x, value, iteration, BfgsExit.IterationLimit);
            }

            Direction(x, g, b, lower, upper, work);
            var p = work.Direction;
            var slope = Dot(g, p, n);
            if (!(slope < 0))
            {
                // The model's step is not downhill (a poor approximation): start again from the projected gradient.
                Identity(b, n);
                Direction(x, g, b, lower, upper, work);
                slope = Dot(g, p, n);
                if (!(slope < 0))
                {
                    return (x, value, iteration, BfgsExit.Stalled);
                }
            }

            var maxStep = MaxStep(x, p, lower, upper);
            var accepted = LineSearch(f, x, value, slope, p, Math.Min(1, maxStep), maxStep, lower, upper, work);
            if (accepted is null)
            {
                return (x, value, iteration + 1, BfgsExit.LineSearchFailure);
            }

            var newValue = accepted.Value;
            var largestStep = 0.0;
            for (var i = 0; i < n; i++)
            {
                work.S[i] = work.Trial[i] - x[i];
                work.Y[i] = work.TrialGradient[i] - g[i];
                largestStep = Math.Max(largestStep, Math.Abs(work.S[i]));
            }

            Update(b, work.S, work.Y, work.Bs, n);
            var change = Math.Abs(value - newValue);
            (x, work.Trial) = (work.Trial, x);
            (g, work.TrialGradient) = (work.TrialGradient, g);
            value = newValue;
            if (largestStep < parameterTolerance || change <= functionTolerance * Math.Max(1, Math.Abs(value)))
            {
                return (x, value, iteration + 1, ProjectedGradient(x, g, lower, upper) <= gradientTolerance ? BfgsExit.Gradient : BfgsExit.Stalled);
            }
        }
    }

    /// <summary>Buffers reused by every iteration.</summary>
    private sealed class Work(int n)
    {
        public double[] Direction { get; } = new double[n];
        public double[] Cauchy { get; } = new double[n];
        public double[] D { get; } = new double[n];
        public double[] Bd { get; } = new double[n];
        public double[] Breakpoint { get; } = new double[n];
        public int[] Order { get; } = new int[n];
        public int[] Free { get; } = new int[n];
        public double[] Reduced { get; } = new double[n * n];
        public double[] Rhs { get; } = new double[n];
        public double[] S { get; } = new double[n];
        public double[] Y { get; } = new double[n];
        public double[] Bs { get; } = new double[n];
        public double[] Trial { get; set; } = new double[n];
        public double[] TrialGradient { get; set; } = new double[n];
    }

    /// <summary>The step p = x̂ − x: x̂ minimises the quadratic model over the face of the box the Cauchy point lies on, cut back into the box.</summary>
    private static void Direction(double[] x, double[] g, double[] b, double[] lower, double[] upper, Work w)
    {
        var n = x.Length;
        var xc = w.Cauchy;
        var d = w.D;
        var bd = w.Bd;
        var keys = w.Breakpoint;
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            xc[i] = x[i];
            // The path x − t g reaches variable i's bound at t_i; a variable already there with g pointing out stays.
            var t = g[i] < 0 ? (x[i] - upper[i]) / g[i] : g[i] > 0 ? (x[i] - lower[i]) / g[i] : double.PositiveInfinity;
            d[i] = t > 0 ? -g[i] : 0;
            if (t > 0 && double.IsFinite(t))
            {
                keys[count] = t;
                w.Order[count++] = i;
            }
        }

        Array.Sort(keys, w.Order, 0, count);
        MultiplyInto(b, d, bd, n);
        // Along the piecewise-linear path, with z = xc − x: the model's slope f1 = gᵀd + zᵀBd and curvature f2 = dᵀBd.
        var previous = 0.0;
        var next = 0;
        while (true)
        {
            var f1 = 0.0;
            for (var i = 0; i < n; i++)
            {
                f1 += (g[i] * d[i]) + ((xc[i] - x[i]) * bd[i]);
            }

            var f2 = Dot(d, bd, n);
            var segmentEnd = next < count ? keys[next] : double.PositiveInfinity;
            var best = f1 >= 0 ? 0 : f2 > 0 ? -f1 / f2 : double.PositiveInfinity;
            if (best < segmentEnd - previous || !double.IsFinite(segmentEnd))
            {
                if (double.IsFinite(best))
                {
                    for (var i = 0; i < n; i++)
                    {
                        xc[i] += best * d[i];
                    }
                }

                break;
            }

            // Move to the breakpoint and hold the variables that reach their bound there.
            var length = segmentEnd - previous;
            for (var i = 0; i < n; i++)
            {
                xc[i] += length * d[i];
            }

            while (next < count && keys[next] <= segmentEnd)
            {
                var i = w.Order[next++];
                xc[i] = d[i] > 0 ? upper[i] : lower[i];
                var di = d[i];
                for (var k = 0; k < n; k++)
                {
                    bd[k] -= b[(k * n) + i] * di; // B is symmetric: column i is row i
                }

                d[i] = 0;
            }

            previous = segmentEnd;
        }

        // Free variables: those not at a bound at the Cauchy point.
        var free = 0;
        for (var i = 0; i < n; i++)
        {
            if (xc[i] > lower[i] && xc[i] < upper[i])
            {
                w.Free[free++] = i;
            }
        }

        var p = w.Direction;
        for (var i = 0; i < n; i++)
        {
            p[i] = xc[i] - x[i];
        }

        if (free == 0)
        {
            return;
        }

        // Model gradient at the Cauchy point r = g + B (xc − x), on the free variables; solve B_FF Δ = −r_F.
        var rhs = w.Rhs;
        for (var a = 0; a < free; a++)
        {
            var i = w.Free[a];
            var r = g[i];
            for (var k = 0; k < n; k++)
            {
                r += b[(i * n) + k] * p[k];
            }

            rhs[a] = -r;
            for (var c = 0; c < free; c++)
            {
                w.Reduced[(a * free) + c] = b[(i * n) + w.Free[c]];
            }
        }

        if (!CholeskySolve(w.Reduced, rhs, free))
        {
            return; // not positive definite in floating point: the Cauchy point alone
        }

        // Cut the Newton step back into the box.
        var fraction = 1.0;
        for (var a = 0; a < free; a++)
        {
            var i = w.Free[a];
            var step = rhs[a];
            if (step > 0)
            {
                fraction = Math.Min(fraction, (upper[i] - xc[i]) / step);
            }
            else if (step < 0)
            {
                fraction = Math.Min(fraction, (lower[i] - xc[i]) / step);
            }
        }

        for (var a = 0; a < free; a++)
        {
            var i = w.Free[a];
            // Clamped: the variable that set the fraction lands on its bound up to rounding, and must not step past it.
            p[i] = Math.Clamp(xc[i] + (fraction * rhs[a]), lower[i], upper[i]) - x[i];
        }
    }

    /// <summary>A step length with sufficient decrease and small slope (strong Wolfe), bracketing then zooming by safeguarded cubic interpolation; null if none is found.</summary>
    private static double? LineSearch(Objective f, double[] x, double f0, double slope0, double[] p, double first, double maxStep, double[] lower, double[] upper, Work w)
    {
        var n = x.Length;
        double Trial(double step)
        {
            for (var i = 0; i < n; i++)
            {
                w.Trial[i] = Math.Clamp(x[i] + (step * p[i]), lower[i], upper[i]);
            }

            return f(w.Trial, w.TrialGradient);
        }

        double lo = 0, fLo = f0, sLo = slope0;
        double hi = double.NaN, fHi = double.NaN, sHi = double.NaN;
        var step = first;
        for (var trial = 0; trial < MaxTrials; trial++)
        {
            var value = Trial(step);
            var slope = Dot(w.TrialGradient, p, n);
            var armijo = value <= f0 + (C1 * step * slope0) && double.IsFinite(value);
            if (double.IsNaN(hi))
            {
                if (!armijo || (trial > 0 && value >= fLo))
                {
                    (hi, fHi, sHi) = (step, value, slope);
                }
                else if (Math.Abs(slope) <= -C2 * slope0)
                {
                    return value;
                }
                else if (slope >= 0)
                {
                    (hi, fHi, sHi) = (lo, fLo, sLo);
                    (lo, fLo, sLo) = (step, value, slope);
                }
                else if (step >= maxStep)
                {
                    return value; // at the edge of the box, still going down: take it
                }
                else
                {
                    (lo, fLo, sLo) = (step, value, slope);
                    step = Math.Min(2 * step, maxStep);
                    continue;
                }
            }
            else if (!armijo || value >= fLo)
            {
                (hi, fHi, sHi) = (step, value, slope);
            }
            else
            {
                if (Math.Abs(slope) <= -C2 * slope0)
                {
                    return value;
                }

                if (slope * (hi - lo) >= 0)
                {
                    (hi, fHi, sHi) = (lo, fLo, sLo);
                }

                (lo, fLo, sLo) = (step, value, slope);
            }

            if (Math.Abs(hi - lo) * MaxAbs(p) < 1e-15 * (1 + MaxAbs(x)))
            {
                break;
            }

            step = Interpolate(lo, fLo, sLo, hi, fHi, sHi);
        }

        // The interval has collapsed: accept the best point found if it went down at all.
        if (lo > 0 && fLo < f0)
        {
            Trial(lo);
            return fLo;
        }

        return null;
    }

    /// <summary>The minimiser of the cubic through (a, fa, sa) and (b, fb, sb), kept at least a tenth of the interval from either end; bisection when it does not exist.</summary>
    private static double Interpolate(double a, double fa, double sa, double b, double fb, double sb)
    {
        var width = b - a;
        var mid = a + (width / 2);
        if (!double.IsFinite(fb) || !double.IsFinite(sb) || fb >= 1e299)
        {
            return a + (0.25 * width); // no usable value at the far end: shrink towards the good one
        }

        var d1 = sa + sb - (3 * (fa - fb) / (a - b));
        var radicand = (d1 * d1) - (sa * sb);
        if (radicand < 0)
        {
            return mid;
        }

        var d2 = Math.Sign(b - a) * Math.Sqrt(radicand);
        var step = b - ((b - a) * (sb + d2 - d1) / (sb - sa + (2 * d2)));
        var low = Math.Min(a, b) + (0.1 * Math.Abs(width));
        var high = Math.Max(a, b) - (0.1 * Math.Abs(width));
        return double.IsFinite(step) && step >= low && step <= high ? step : mid;
    }

    /// <summary>B ← B + y yᵀ / sᵀy − (Bs)(Bs)ᵀ / sᵀBs, skipped when sᵀy is not safely positive (keeps B positive definite).</summary>
    private static void Update(double[] b, double[] s, double[] y, double[] bs, int n)
    {
        var sy = Dot(s, y, n);
        if (!(sy > 1e-10 * Math.Sqrt(Dot(s, s, n) * Dot(y, y, n))))
        {
            return;
        }

        MultiplyInto(b, s, bs, n);
        var sbs = Dot(s, bs, n);
        if (!(sbs > 0))
        {
            return;
        }

        for (var i = 0; i < n; i++)
        {
            var yi = y[i] / sy;
            var bi = bs[i] / sbs;
            var row = i * n;
            for (var k = 0; k < n; k++)
            {
                b[row + k] += (yi * y[k]) - (bi * bs[k]);
            }
        }
    }

    /// <summary>Solves A x = rhs in place (A, m × m row-major, is overwritten by its Cholesky factor); false if A is not positive definite.</summary>
    private static bool CholeskySolve(double[] a, double[] rhs, int m)
    {
        for (var j = 0; j < m; j++)
        {
            var rowJ = j * m;
            var diagonal = a[rowJ + j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= a[rowJ + k] * a[rowJ + k];
            }

            if (!(diagonal > 0))
            {
                return false;
            }

            var l = Math.Sqrt(diagonal);
            a[rowJ + j] = l;
            for (var i = j + 1; i < m; i++)
            {
                var rowI = i * m;
                var sum = a[rowI + j];
                sum -= Dot(a.AsSpan(rowI, j), a.AsSpan(rowJ, j));
                a[rowI + j] = sum / l;
            }
        }

        for (var i = 0; i < m; i++)
        {
            var row = i * m;
            rhs[i] = (rhs[i] - Dot(a.AsSpan(row, i), rhs.AsSpan(0, i))) / a[row + i];
        }

        for (var i = m - 1; i >= 0; i--)
        {
            var sum = rhs[i];
            for (var k = i + 1; k < m; k++)
            {
                sum -= a[(k * m) + i] * rhs[k];
            }

            rhs[i] = sum / a[(i * m) + i];
        }

        return true;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var width = System.Numerics.Vector<double>.Count;
        var sum = System.Numerics.Vector<double>.Zero;
        var i = 0;
        for (; i + width <= a.Length; i += width)
        {
            sum += new System.Numerics.Vector<double>(a[i..]) * new System.Numerics.Vector<double>(b[i..]);
        }

        var total = System.Numerics.Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    private static double Dot(double[] a, double[] b, int n) => Dot(a.AsSpan(0, n), b.AsSpan(0, n));

    private static double MaxAbs(double[] v)
    {
        var max = 0.0;
        foreach (var e in v)
        {
            max = Math.Max(max, Math.Abs(e));
        }

        return max;
    }

    private static void MultiplyInto(double[] b, double[] v, double[] result, int n)
    {
        for (var i = 0; i < n; i++)
        {
            result[i] = Dot(b.AsSpan(i * n, n), v.AsSpan(0, n));
        }
    }

    private static void Identity(double[] b, int n)
    {
        Array.Clear(b);
        for (var i = 0; i < n; i++)
        {
            b[(i * n) + i] = 1;
        }
    }

    private static double MaxStep(double[] x, double[] p, double[] lower, double[] upper)
    {
        var max = double.PositiveInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            if (p[i] > 0)
            {
                max = Math.Min(max, (upper[i] - x[i]) / p[i]);
            }
            else if (p[i] < 0)
            {
                max = Math.Min(max, (lower[i] - x[i]) / p[i]);
            }
        }

        return Math.Max(max, 0);
    }

    /// <summary>The largest gradient component not held by an active bound.</summary>
    private static double ProjectedGradient(double[] x, double[] g, double[] lower, double[] upper)
    {
        var worst = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var projected = Math.Clamp(x[i] - g[i], lower[i], upper[i]) - x[i];
            worst = Math.Max(worst, Math.Abs(projected));
        }

        return worst;
    }
}
