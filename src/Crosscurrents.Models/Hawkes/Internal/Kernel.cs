using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Crosscurrents.Models.Hawkes.Internal;

/// <summary>
/// The log-likelihood and its gradient (the function <see cref="Likelihood.EvaluateByDay"/> computes one day at a
/// time), arranged for the hardware: days in blocks that stay in cache, streams in rows of contiguous days, SIMD over
/// days, no allocation inside the loops.
/// </summary>
/// <remarks>
/// The recursion S_j(d) = e^{−ω_j} S_j(d−1) + (1 − e^{−ω_j}) y_j(d−1) and its derivative in ω_j depend on ω alone, so
/// each block first runs them for all streams (the only sequential part); what every stream passes on is then
/// X_j = (1 − c₀_j) S_j + c₀_j y_j. A block's immigrants are θ_i = μ_i − α_ii c₀_i y_i + Σ_j α_ji X_j, and the
/// gradient needs only the sums over days Σ X_j g_i and Σ ∂X_j/∂ω_j g_i with g_i = ∂ ln P / ∂θ_i: one pass of
/// products per stream pair, with no K×K update per day. The same-stream terms (α_ii acts through the cascade, not
/// through θ_i) are corrected once per evaluation.
/// </remarks>
internal sealed class Kernel
{
    private const int Block = 256; // days per block: the block's arrays (5·K·256 doubles) stay in L2

    private readonly int _k;
    private readonly int _p;
    private readonly int _t;
    private readonly int _stride; // T rounded up to whole vectors; the padding holds zeros
    private readonly int _lanes; // K rounded up to whole vectors, for the day-major copy
    private readonly double[] _y; // y[j·stride + d]
    private readonly double[] _yByDay; // y[d·lanes + j], padding streams 0
    private readonly double[] _z; // z[c·stride + d]

    public Kernel(HawkesData data)
    {
        _k = data.K;
        _p = data.P;
        _t = data.T;
        _stride = (_t + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        _lanes = (_k + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        _y = new double[_k * _stride];
        _yByDay = new double[_t * _lanes];
        _z = new double[_p * _stride];
        for (var j = 0; j < _k; j++)
        {
            data.Counts[j].AsSpan(0, _t).CopyTo(_y.AsSpan(j * _stride));
            for (var d = 0; d < _t; d++)
            {
                _yByDay[(d * _lanes) + j] = data.Counts[j][d];
            }
        }

        var columns = data.Covariates.ToColumnMajorArray();
        for (var c = 0; c < _p; c++)
        {
            columns.AsSpan(c * _t, _t).CopyTo(_z.AsSpan(c * _stride));
        }
    }

    /// <summary>log L and, when <paramref name="gradient"/> is given, its gradient in <see cref="Layout"/> order.</summary>
    public double Evaluate(HawkesParameters theta, double[]? gradient)
    {
        int k = _k, p = _p;
        var layout = new Layout(k, p);
        // Small per-evaluation arrays (K, K², K·P) first, then the block's rows: one rented buffer for all.
        var m = _lanes; // per-stream arrays are padded to whole vectors (the padding streams have decay 0 and no counts)
        var small = (6 * m) + (2 * k * k) + (k * k) + (k * p);
        var rows = (4 * k * Block) + (k * Vector<double>.Count);
        var buffer = ArrayPool<double>.Shared.Rent(small + rows);
        try
        {
            var all = buffer.AsSpan(0, small + rows);
            all.Clear();
            var decay = all.Slice(0, m);
            var c0 = all.Slice(m, m);
            var dc0 = all.Slice(2 * m, m);
            var cascade = all.Slice(3 * m, m);
            var s = all.Slice(4 * m, m);
            var ds = all.Slice(5 * m, m);
            var passOn = all.Slice(6 * m, k * k);        // Σ_d X_j g_i at [j·K + i]
            var passOnDecay = all.Slice((6 * m) + (k * k), k * k); // Σ_d ∂X_j/∂ω_j g_i
            var alpha = all.Slice((6 * m) + (2 * k * k), k * k);   // α_ji at [j·K + i]
            var gamma = all.Slice((6 * m) + (3 * k * k), k * p);
            var x = all.Slice(small, k * Block);
            var dx = all.Slice(small + (k * Block), k * Block);
            var mu = all.Slice(small + (2 * k * Block), k * Block);
            var g = all.Slice(small + (3 * k * Block), k * Block);
            var correction = all.Slice(small + (4 * k * Block), k * Vector<double>.Count); // per stream, by lane: Σ (∂/∂λ − y ∂/∂θ), the cascade's share
            if (gradient is not null)
            {
                Array.Clear(gradient);
            }

            for (var j = 0; j < k; j++)
            {
                var w = theta.Omega[j];
                decay[j] = Math.Exp(-w);
                c0[j] = Likelihood.SameDayShare(w);
                dc0[j] = Likelihood.SameDayShareDerivative(w);
                cascade[j] = theta.Alpha[j, j] * c0[j];
                if (cascade[j] >= 1)
                {
                    return double.NegativeInfinity; // no same-day cascade distribution: explosive within a day
                }

                for (var i = 0; i < k; i++)
                {
                    alpha[(j * k) + i] = theta.Alpha[j, i];
                }

                for (var c = 0; c < p; c++)
                {
                    gamma[(j * p) + c] = theta.Gamma[j][c];
                }
            }

            var withGradient = gradient is not null;

            var ll = Vector<double>.Zero;
            for (var start = 0; start < _t; start += Block)
            {
                var n = Math.Min(Block, _t - start);
                Recursion(start, n, decay, c0, dc0, s, ds, x, dx);
                Background(start, n, gamma, mu);
                ll += Immigrants(start, n, alpha, cascade, x, mu, g, correction, withGradient);
                if (withGradient)
                {
                    PassOn(n, x, dx, g, passOn, passOnDecay);
                    BackgroundGradient(start, n, mu, gradient!);
                }
            }

            if (withGradient)
            {
                for (var j = 0; j < k; j++)
                {
                    var own = Vector.Sum(Vector.LoadUnsafe(ref MemoryMarshal.GetReference(correction), (nuint)(j * Vector<double>.Count)));
                    var decayGradient = alpha[(j * k) + j] * dc0[j] * own;
                    for (var i = 0; i < k; i++)
                    {
                        gradient![layout.Branching(j, i)] = passOn[(j * k) + i];
                        decayGradient += alpha[(j * k) + i] * passOnDecay[(j * k) + i];
                    }

                    gradient![layout.Branching(j, j)] += c0[j] * own;
                    gradient[layout.Decay(j)] = decayGradient;
                }
            }

            return Vector.Sum(ll);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// S and ∂S/∂ω for the block's days, and from them X and ∂X/∂ω: SIMD over streams (the recursion is sequential in
    /// days, independent across streams), reading the day-major copy of the counts, writing the stream rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Recursion(int start, int n, Span<double> decay, Span<double> c0, Span<double> dc0, Span<double> s, Span<double> ds, Span<double> x, Span<double> dx)
    {
        int k = _k, lanes = _lanes, width = Vector<double>.Count;
        ref var y = ref MemoryMarshal.GetArrayDataReference(_yByDay);
        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var dxs = ref MemoryMarshal.GetReference(dx);
        for (var group = 0; group < lanes; group += width)
        {
            var dec = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(decay), (nuint)group);
            var share = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(c0), (nuint)group);
            var dShare = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(dc0), (nuint)group);
            var keep = Vector<double>.One - share;
            var fill = Vector<double>.One - dec;
            var sv = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(s), (nuint)group);
            var dsv = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(ds), (nuint)group);
            var streams = Math.Min(width, k - group);
            for (var b = 0; b < n; b++)
            {
                var d = start + b;
                if (d > 0)
                {
                    var previous = Vector.LoadUnsafe(ref y, (nuint)(((d - 1) * lanes) + group));
                    dsv = dec * (previous - sv + dsv);
                    sv = Vector.FusedMultiplyAdd(dec, sv, fill * previous);
                }

                var today = Vector.LoadUnsafe(ref y, (nuint)((d * lanes) + group));
                var xv = (keep * sv) + (share * today);
                var dxv = (keep * dsv) + (dShare * (today - sv));
                for (var l = 0; l < streams; l++)
                {
                    var at = (nuint)(((group + l) * Block) + b);
                    Unsafe.Add(ref xs, at) = xv[l];
                    Unsafe.Add(ref dxs, at) = dxv[l];
                }
            }

            sv.StoreUnsafe(ref MemoryMarshal.GetReference(s), (nuint)group);
            dsv.StoreUnsafe(ref MemoryMarshal.GetReference(ds), (nuint)group);
        }
    }

    /// <summary>μ_i = exp(z γ_i) for the block's days (padding days get μ = 1 and count for nothing).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Background(int start, int n, Span<double> gamma, Span<double> mu)
    {
        int k = _k, p = _p, stride = _stride, width = Vector<double>.Count;
        ref var z = ref MemoryMarshal.GetArrayDataReference(_z);
        ref var m = ref MemoryMarshal.GetReference(mu);
        for (var i = 0; i < k; i++)
        {
            for (var b = 0; b < n; b += width)
            {
                var eta = Vector<double>.Zero;
                for (var c = 0; c < p; c++)
                {
                    eta += gamma[(i * p) + c] * Vector.LoadUnsafe(ref z, (nuint)((c * stride) + start + b));
                }

                Vector.Exp(eta).StoreUnsafe(ref m, (nuint)((i * Block) + b));
            }
        }
    }

    /// <summary>
    /// θ_i and the days' log-probabilities (returned, by lane); with the gradient, g_i = ∂ ln P/∂θ_i into
    /// <paramref name="g"/>, g_i μ_i over μ (for the background gradient) and the cascade's share added to
    /// <paramref name="correction"/>. Lanes past the last day are masked to 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Vector<double> Immigrants(int start, int n, Span<double> alpha, Span<double> cascade, Span<double> x, Span<double> mu, Span<double> g, Span<double> correction, bool withGradient)
    {
        int k = _k, stride = _stride, width = Vector<double>.Count;
        ref var y = ref MemoryMarshal.GetArrayDataReference(_y);
        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var ms = ref MemoryMarshal.GetReference(mu);
        ref var gs = ref MemoryMarshal.GetReference(g);
        ref var cs = ref MemoryMarshal.GetReference(correction);
        var lanes = Vector.CreateSequence(0.0, 1.0);
        var ll = Vector<double>.Zero;
        for (var i = 0; i < k; i++)
        {
            var lambda = new Vector<double>(cascade[i]);
            var own = Vector<double>.Zero;
            for (var b = 0; b < n; b += width)
            {
                var yi = Vector.LoadUnsafe(ref y, (nuint)((i * stride) + start + b));
                var mi = Vector.LoadUnsafe(ref ms, (nuint)((i * Block) + b));
                var theta = mi - (lambda * yi);
                for (var j = 0; j < k; j++)
                {
                    theta += alpha[(j * k) + i] * Vector.LoadUnsafe(ref xs, (nuint)((j * Block) + b));
                }

                var compensator = theta + (lambda * yi);
                Vector<double> term, gi, gl;
                if (Vector.GreaterThanAny(yi, Vector<double>.One))
                {
                    var ym1 = yi - Vector<double>.One;
                    // At y = 0 the two logarithms are of the same number and cancel exactly, as the scalar form skips them.
                    term = Vector.Log(theta) + (ym1 * Vector.Log(compensator)) - compensator;
                    var share = ym1 / compensator;
                    gi = (Vector<double>.One / theta) + share - Vector<double>.One;
                    gl = (share * yi) - yi;
                }
                else
                {
                    // Days with 0 or 1 events (most of them): ln P = y ln θ − θ − λy, one logarithm and one division.
                    term = (yi * Vector.Log(theta)) - compensator;
                    gi = (yi / theta) - Vector<double>.One;
                    gl = -yi;
                }

                if (b + width > n)
                {
                    var valid = Vector.LessThan(lanes, new Vector<double>(n - b));
                    term = Vector.ConditionalSelect(valid, term, Vector<double>.Zero);
                    gi = Vector.ConditionalSelect(valid, gi, Vector<double>.Zero);
                    gl = Vector.ConditionalSelect(valid, gl, Vector<double>.Zero);
                }

                ll += term;
                if (withGradient)
                {
                    gi.StoreUnsafe(ref gs, (nuint)((i * Block) + b));
                    (gi * mi).StoreUnsafe(ref ms, (nuint)((i * Block) + b));
                    own += gl - (gi * yi);
                }
            }

            if (withGradient)
            {
                var at = (nuint)(i * width);
                (Vector.LoadUnsafe(ref cs, at) + own).StoreUnsafe(ref cs, at);
            }
        }

        return ll;
    }

    /// <summary>Σ_d X_j g_i and Σ_d ∂X_j/∂ω_j g_i over the block, for every stream pair; two target streams at a time, so each load of X_j and ∂X_j serves four products.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PassOn(int n, Span<double> x, Span<double> dx, Span<double> g, Span<double> passOn, Span<double> passOnDecay)
    {
        int k = _k, width = Vector<double>.Count;
        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var dxs = ref MemoryMarshal.GetReference(dx);
        ref var gs = ref MemoryMarshal.GetReference(g);
        for (var j = 0; j < k; j++)
        {
            var rowJ = (nuint)(j * Block);
            var i = 0;
            for (; i + 1 < k; i += 2)
            {
                var row1 = (nuint)(i * Block);
                var row2 = (nuint)((i + 1) * Block);
                Vector<double> a1 = default, a2 = default, b1 = default, b2 = default;
                for (nuint b = 0; b < (nuint)n; b += (nuint)width)
                {
                    var xv = Vector.LoadUnsafe(ref xs, rowJ + b);
                    var dv = Vector.LoadUnsafe(ref dxs, rowJ + b);
                    var g1 = Vector.LoadUnsafe(ref gs, row1 + b);
                    var g2 = Vector.LoadUnsafe(ref gs, row2 + b);
                    a1 = Vector.FusedMultiplyAdd(xv, g1, a1);
                    a2 = Vector.FusedMultiplyAdd(xv, g2, a2);
                    b1 = Vector.FusedMultiplyAdd(dv, g1, b1);
                    b2 = Vector.FusedMultiplyAdd(dv, g2, b2);
                }

                passOn[(j * k) + i] += Vector.Sum(a1);
                passOn[(j * k) + i + 1] += Vector.Sum(a2);
                passOnDecay[(j * k) + i] += Vector.Sum(b1);
                passOnDecay[(j * k) + i + 1] += Vector.Sum(b2);
            }

            for (; i < k; i++)
            {
                var row1 = (nuint)(i * Block);
                Vector<double> a1 = default, b1 = default;
                for (nuint b = 0; b < (nuint)n; b += (nuint)width)
                {
                    var g1 = Vector.LoadUnsafe(ref gs, row1 + b);
                    a1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref xs, rowJ + b), g1, a1);
                    b1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref dxs, rowJ + b), g1, b1);
                }

                passOn[(j * k) + i] += Vector.Sum(a1);
                passOnDecay[(j * k) + i] += Vector.Sum(b1);
            }
        }
    }

    /// <summary>Σ_d g_i μ_i z_c for the block (μ already holds g_i μ_i).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void BackgroundGradient(int start, int n, Span<double> gmu, double[] gradient)
    {
        int k = _k, p = _p, stride = _stride, width = Vector<double>.Count;
        ref var z = ref MemoryMarshal.GetArrayDataReference(_z);
        ref var ms = ref MemoryMarshal.GetReference(gmu);
        for (var i = 0; i < k; i++)
        {
            for (var c = 0; c < p; c++)
            {
                var a = Vector<double>.Zero;
                for (var b = 0; b < n; b += width)
                {
                    a += Vector.LoadUnsafe(ref ms, (nuint)((i * Block) + b)) * Vector.LoadUnsafe(ref z, (nuint)((c * stride) + start + b));
                }

                gradient[(i * p) + c] += Vector.Sum(a);
            }
        }
    }
}
