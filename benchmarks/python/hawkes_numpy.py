#!/usr/bin/env python3
"""The same discrete-time Hawkes likelihood, gradient and optimiser in NumPy/SciPy: what a researcher would write
instead. Reads counts.csv (K columns) and covariates.csv (p columns) from the folder given, fits with L-BFGS-B and the
same bounds as Crosscurrents, and prints JSON with the timings. Used by the Crosscurrents benchmark, not by CI."""
import json, sys, time
import numpy as np
from scipy.optimize import minimize

folder = sys.argv[1]
y = np.loadtxt(f"{folder}/counts.csv", delimiter=",", skiprows=1, ndmin=2)   # T x K
z = np.loadtxt(f"{folder}/covariates.csv", delimiter=",", skiprows=1, ndmin=2)  # T x p
T, K = y.shape
p = z.shape[1]
scale = max(1.0, y.sum())

def unpack(v):
    gamma = v[:K * p].reshape(K, p)
    alpha = v[K * p:K * p + K * K].reshape(K, K)   # alpha[j, k]: j excites k
    omega = v[K * p + K * K:]
    return gamma, alpha, omega

def loglik_grad(v):
    gamma, alpha, omega = unpack(v)
    decay = np.exp(-omega)
    base = np.exp(z @ gamma.T)                     # T x K
    s = np.zeros(K); ds = np.zeros(K)
    ll = 0.0
    g_gamma = np.zeros((K, p)); g_alpha = np.zeros((K, K)); g_omega = np.zeros(K)
    for t in range(T):
        if t > 0:
            prev = y[t - 1]
            ds = decay * (prev - s) + decay * ds
            s = decay * s + (1 - decay) * prev
        lam = base[t] + s @ alpha
        yt = y[t]
        ll += np.sum(np.where(yt > 0, yt * np.log(lam), 0.0) - lam)
        r = yt / lam - 1
        g_gamma += (r * base[t])[:, None] * z[t][None, :]
        g_alpha += np.outer(s, r)
        g_omega += ds * (alpha @ r)
    grad = np.concatenate([g_gamma.ravel(), g_alpha.ravel(), g_omega])
    return -ll / scale, -grad / scale

x0 = np.concatenate([np.column_stack([np.log(np.maximum(y.mean(0) * 0.7, 1e-3)), np.zeros((K, p - 1))]).ravel(),
                     (0.05 + 0.15 * np.eye(K)).ravel(), np.full(K, 0.5)])
bounds = [(-50, 50)] * (K * p) + [(0, 5)] * (K * K) + [(0.01, 10)] * K

start = time.perf_counter()
for _ in range(3):
    loglik_grad(x0)
eval_seconds = (time.perf_counter() - start) / 3

start = time.perf_counter()
res = minimize(loglik_grad, x0, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 2000, "gtol": 1e-9, "ftol": 1e-12})
fit_seconds = time.perf_counter() - start
print(json.dumps({"eval_seconds": eval_seconds, "fit_seconds": fit_seconds, "iterations": int(res.nit), "evaluations": int(res.nfev),
                  "loglik": float(-res.fun * scale), "converged": bool(res.success)}))
