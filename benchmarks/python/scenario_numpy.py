"""The scenario Monte Carlo of ScenarioBenchmark.cs written in NumPy as a competent user would: vectorised over paths,
generation by generation of the branching process (immigrants, then each generation's children at once).
Usage: python3 scenario_numpy.py PATHS; prints JSON {seconds, events, mean_per_path}."""
import json
import sys
import time

import numpy as np

K, DAYS, MONTH_DAYS = 3, 730, 730 / 24
MU = np.array([0.3, 0.2, 0.1])
ALPHA = np.array([[0.3, 0.1, 0.0], [0.05, 0.3, 0.05], [0.0, 0.1, 0.2]])
OMEGA = np.array([0.2, 0.3, 0.5])


def simulate(paths, rng):
    mult = np.ones(DAYS)
    mult[100:301] = 0.5  # the lever: half the background on days 100..300
    lam = MU[None, :] * mult[:, None]
    n = rng.poisson(np.broadcast_to(lam, (paths, DAYS, K)))
    p_idx, d_idx, k_idx = np.nonzero(n)
    reps = n[p_idx, d_idx, k_idx]
    path, stream = np.repeat(p_idx, reps), np.repeat(k_idx, reps)
    t = np.repeat(d_idx, reps) + rng.random(reps.sum())
    all_p, all_s, all_t = [path], [stream], [t]
    while t.size:
        new_p, new_s, new_t = [], [], []
        for k in range(K):
            c = rng.poisson(ALPHA[stream, k])
            pp = np.repeat(path, c)
            tt = np.repeat(t, c) + rng.exponential(1 / OMEGA[np.repeat(stream, c)])
            keep = tt < DAYS
            new_p.append(pp[keep])
            new_s.append(np.full(keep.sum(), k))
            new_t.append(tt[keep])
        path, stream, t = np.concatenate(new_p), np.concatenate(new_s), np.concatenate(new_t)
        all_p.append(path)
        all_s.append(stream)
        all_t.append(t)
    P, S, T = np.concatenate(all_p), np.concatenate(all_s), np.concatenate(all_t)
    month = np.minimum((T // MONTH_DAYS).astype(np.int64), 23)
    counts = np.zeros((paths, 24, K))
    np.add.at(counts, (P, month, S), 1)
    return counts


def main():
    paths = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = np.random.default_rng(1)
    simulate(100, rng)
    start = time.perf_counter()
    counts = simulate(paths, rng)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "events": float(counts.sum()), "mean_per_path": float(counts.sum() / paths)}))


main()
