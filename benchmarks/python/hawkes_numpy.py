#!/usr/bin/env python3
"""Crosscurrents' discrete-time Hawkes likelihood (generalised Poisson day counts with the same-day share c0), its
gradient and an L-BFGS-B fit in NumPy/SciPy: what a researcher would write instead. Two versions of the same function:

* "vectorised": the exponential recursion along time by scipy.signal.lfilter (one call per stream), everything else
  as array expressions and matrix products over all days and streams at once; what someone who knows NumPy writes;
* "loop": a Python loop over days, NumPy over the K streams inside it.

Both search the same coordinates as Crosscurrents (background coefficients on the smooth covariate columns
orthonormalised by a thin QR and scaled by sqrt(T), 0/1 indicators as they are; alpha; ln omega), with the same bounds,
the same first starting point (background share 0.7, self 0.2, cross 0.05, half-life 3 days) and the same objective
-log L / N. Reads counts.csv (K columns), covariates.csv (p columns) and theta.json (a test point in natural
parameters on the original covariates) from the folder given; prints one JSON line. Used by the Crosscurrents
benchmark, not by CI. Threads: run with OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 (the benchmark does)."""
import json, sys, time
import numpy as np
from scipy.optimize import minimize
from scipy.signal import lfilter

folder = sys.argv[1]
skip_loop_fit = len(sys.argv) > 2 and sys.argv[2] == "--no-loop-fit"
y = np.loadtxt(f"{folder}/counts.csv", delimiter=",", skiprows=1, ndmin=2)        # T x K
z_orig = np.loadtxt(f"{folder}/covariates.csv", delimiter=",", skiprows=1, ndmin=2)  # T x p
with open(f"{folder}/theta.json") as f:
    theta = json.load(f)
T, K = y.shape
p = z_orig.shape[1]
scale = max(1.0, y.sum())
yT = np.ascontiguousarray(y.T)   # K x T, for the per-stream filters


def same_day_share(w):
    """c0 = 1 - (1 - e^-w)/w and its derivative, with the series for small w."""
    small = w < 1e-4
    ws = np.where(small, 1.0, w)
    c0 = np.where(small, w / 2 - w * w / 6, 1 + np.expm1(-ws) / ws)
    dc0 = np.where(small, 0.5 - w / 3, (-np.expm1(-ws) - ws * np.exp(-ws)) / (ws * ws))
    return c0, dc0


def loglik_grad_vectorised(gamma, alpha, omega, z):
    """log L and its gradient (natural parameters: gamma K x p, alpha K x K with alpha[j, i] j -> i, omega K)."""
    decay = np.exp(-omega)
    c0, dc0 = same_day_share(omega)
    cascade = np.diag(alpha) * c0
    if np.any(cascade >= 1):
        return -np.inf, None
    # S_j(d) = e^-w S_j(d-1) + (1 - e^-w) y_j(d-1) and its derivative in w, by one linear filter per stream.
    s = np.empty((K, T)); ds = np.empty((K, T))
    for j in range(K):
        s[j] = lfilter([0.0, 1 - decay[j]], [1.0, -decay[j]], yT[j])
        ds[j] = lfilter([0.0, decay[j]], [1.0, -decay[j]], yT[j] - s[j])
    s = s.T; ds = ds.T                                   # T x K
    x = (1 - c0) * s + c0 * y                            # what stream j passes on to the others on day d
    dx = (1 - c0) * ds - dc0 * s + dc0 * y
    mu = np.exp(z @ gamma.T)
    imm = mu + x @ alpha - cascade * y                   # own same-day offspring go into the cascade instead
    comp = imm + cascade * y
    ll = np.sum(np.log(imm) + (y - 1) * np.log(comp) - comp)   # at y = 0 the two logs cancel
    g_imm = 1 / imm + (y - 1) / comp - 1
    g_cas = (y - 1) * y / comp - y
    g_gamma = (g_imm * mu).T @ z
    g_alpha = x.T @ g_imm
    d = np.diag_indices(K)
    g_alpha[d] += c0 * (g_cas.sum(0) - (g_imm * y).sum(0))
    g_omega = np.einsum("dj,dj->j", dx, g_imm @ alpha.T) + np.diag(alpha) * dc0 * (g_cas.sum(0) - (g_imm * y).sum(0))
    return ll, np.concatenate([g_gamma.ravel(), g_alpha.ravel(), g_omega])


def loglik_grad_loop(gamma, alpha, omega, z):
    """The same function by a Python loop over days (NumPy over the K streams)."""
    decay = np.exp(-omega)
    c0, dc0 = same_day_share(omega)
    diag = np.diag(alpha)
    cascade = diag * c0
    if np.any(cascade >= 1):
        return -np.inf, None
    s = np.zeros(K); ds = np.zeros(K)
    ll = 0.0
    g_gamma = np.zeros((K, p)); g_alpha = np.zeros((K, K)); g_omega = np.zeros(K)
    for t in range(T):
        if t > 0:
            prev = y[t - 1]
            ds = decay * (prev - s) + decay * ds
            s = decay * s + (1 - decay) * prev
        yt = y[t]
        mu = np.exp(gamma @ z[t])
        x = (1 - c0) * s + c0 * yt
        dx = (1 - c0) * ds - dc0 * s + dc0 * yt
        imm = mu + x @ alpha - cascade * yt
        comp = imm + cascade * yt
        ll += np.sum(np.where(yt > 0, np.log(imm) + (yt - 1) * np.log(comp), 0.0) - comp)
        g_imm = 1 / imm + (yt - 1) / comp - 1
        g_cas = (yt - 1) * yt / comp - yt
        g_gamma += (g_imm * mu)[:, None] * z[t][None, :]
        g_alpha += np.outer(x, g_imm)
        g_alpha[np.diag_indices(K)] += c0 * (g_cas - g_imm * yt)
        g_omega += dx * (alpha @ g_imm) + diag * dc0 * (g_cas - g_imm * yt)
    return ll, np.concatenate([g_gamma.ravel(), g_alpha.ravel(), g_omega])


# The search coordinates, as Crosscurrents builds them (Internal/Basis.cs): smooth columns (not 0/1 indicators)
# replaced by Q sqrt(T) from the thin QR; gamma on the original columns = R^-1 sqrt(T) gamma-tilde.
def is_indicator(col):
    return np.all((col == 0) | (col == 1)) and np.any(col != col[0])


smooth = [c for c in range(p) if not is_indicator(z_orig[:, c])]
z = z_orig.copy()
q, r = np.linalg.qr(z_orig[:, smooth])
z[:, smooth] = q * np.sqrt(T)
to_original = np.linalg.inv(r) * np.sqrt(T)   # gamma_smooth = to_original @ gamma-tilde_smooth

lower = np.concatenate([np.full(K * p, -30.0), np.zeros(K * K), np.full(K, np.log(np.log(2) / 365))])
upper = np.concatenate([np.full(K * p, 30.0), np.full(K * K, 5.0), np.full(K, np.log(np.log(2) / 0.1))])


def unpack(u):
    return u[:K * p].reshape(K, p), u[K * p:K * p + K * K].reshape(K, K), np.exp(u[K * p + K * K:])


def objective(kernel):
    counter = {"n": 0}

    def f(u):
        counter["n"] += 1
        gamma, alpha, omega = unpack(u)
        ll, g = kernel(gamma, alpha, omega, z)
        if not np.isfinite(ll) or g is None or not np.all(np.isfinite(g)):
            return 1e300, np.zeros_like(u)
        g = g.copy()
        g[K * p + K * K:] *= omega        # d/d ln w
        return -ll / scale, -g / scale
    return f, counter


# The first starting point: intercept at 0.7 of each stream's mean, alpha 0.2 on the diagonal, 0.05 off it, half-life 3 days.
# Crosscurrents takes the first exactly constant work column as the intercept (HawkesModel.Start); none, none.
intercept = next((c for c in range(p) if np.all(z[:, c] == z[0, c])), None)
g0 = np.zeros((K, p))
if intercept is not None and z[0, intercept] != 0:
    g0[:, intercept] = np.log(np.maximum(y.mean(0) * 0.7, 1e-4)) / z[0, intercept]
u0 = np.clip(np.concatenate([g0.ravel(), (0.05 + 0.15 * np.eye(K)).ravel(), np.full(K, np.log(np.log(2) / 3))]), lower, upper)
bounds = list(zip(lower, upper))
# MathNet's BFGS-B in Crosscurrents stops at a projected gradient of 1e-7 per event; the same for SciPy.
options = {"maxiter": 15000, "maxfun": 15000, "gtol": 1e-7, "ftol": 1e-15, "maxcor": 10}

# The test point: natural parameters on the original covariates.
tg = np.array(theta["gamma"]); ta = np.array(theta["alpha"]); tw = np.array(theta["omega"])
import platform, scipy
out = {"T": T, "K": K, "p": p, "smooth": smooth, "intercept": intercept, "python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__}
for name, kernel, reps in (("vectorised", loglik_grad_vectorised, 20), ("loop", loglik_grad_loop, 3)):
    ll, g = kernel(tg, ta, tw, z_orig)
    start = time.perf_counter()
    for _ in range(reps):
        kernel(tg, ta, tw, z_orig)
    out[name] = {"eval_seconds": (time.perf_counter() - start) / reps, "test_loglik": float(ll), "test_gradient": g.tolist()}
    if name == "loop" and skip_loop_fit:
        continue
    f, counter = objective(kernel)
    # The vectorised fit is short: best of three, as on the C# side (the machine is shared); the loop's once.
    times = []
    for _ in range(3 if name == "vectorised" else 1):
        start = time.perf_counter()
        res = minimize(f, u0, jac=True, method="L-BFGS-B", bounds=bounds, options=options)
        times.append(time.perf_counter() - start)
    seconds = min(times)
    out[name]["fit_seconds_all"] = times
    gamma, alpha, omega = unpack(res.x)
    gamma_orig = gamma.copy()
    gamma_orig[:, smooth] = gamma[:, smooth] @ to_original.T
    ll_check, _ = loglik_grad_vectorised(gamma_orig, alpha, omega, z_orig)
    pg = np.where(((res.x <= lower + 1e-10) & (res.jac > 0)) | ((res.x >= upper - 1e-10) & (res.jac < 0)), 0.0, np.abs(res.jac)).max()
    if name == "vectorised":
        # Untimed: drive the same search on to a projected gradient of 1e-10 from where it stopped, to see the optimum itself.
        polished = minimize(f, res.x, jac=True, method="L-BFGS-B", bounds=bounds, options=dict(options, gtol=1e-10, ftol=1e-18))
        out[name]["polished_loglik"] = float(-polished.fun * scale)
    out[name].update({"fit_seconds": seconds, "iterations": int(res.nit), "evaluations": int(res.nfev), "loglik": float(-res.fun * scale),
                      "loglik_original_basis": float(ll_check), "projected_gradient": float(pg), "converged": bool(res.success),
                      "message": str(res.message), "alpha_diag": np.diag(alpha).tolist(), "half_life": (np.log(2) / omega).tolist()})
print(json.dumps(out))
