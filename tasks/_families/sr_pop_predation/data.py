"""Data for the sr_pop_predation family: the growth rate of a prey population eaten by a predator.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. A law is the prey's own growth g(N) and the predation
(functional response) term f(N, P); the prey obeys dN/dt = g(N) - f(N, P) and the predator
dP/dt = e f(N, P) - m P (`e`, `m` in params). One trajectory is integrated from each start [N0, P0] at
seeded random times on [0, t_end]; those from `starts` are in-domain (train / test_id), those from
`ood_starts` (densities outside the trained range) and rows after `t_split` are out-of-domain. Targets are
the exact prey rates dN/dt plus Gaussian noise of `noise` times their standard deviation.
"""
from pathlib import Path

import numpy as np

from eft.judge import trajectory, write_dataset

LAWS = {
    # Lotka-Volterra: g = r N, f = a N P
    "lotka_volterra": (lambda N, c: c[0] * N, lambda N, P, c: c[1] * N * P),
    # logistic prey, mass-action predation: g = r N (1 - N/K), f = a N P
    "logistic_lv": (lambda N, c: c[0] * N * (1.0 - N / c[1]), lambda N, P, c: c[2] * N * P),
    # Rosenzweig-MacArthur (Holling type II): f = a N P / (h + N)
    "holling2": (lambda N, c: c[0] * N * (1.0 - N / c[1]), lambda N, P, c: c[2] * N * P / (c[3] + N)),
    # Holling type III: f = a N^2 P / (h^2 + N^2)
    "holling3": (lambda N, c: c[0] * N * (1.0 - N / c[1]), lambda N, P, c: c[2] * N**2 * P / (c[3] ** 2 + N**2)),
    # Beddington-DeAngelis (predator interference): f = a N P / (1 + b N + q P)
    "beddington": (lambda N, c: c[0] * N * (1.0 - N / c[1]),
                   lambda N, P, c: c[2] * N * P / (1.0 + c[3] * N + c[4] * P)),
    # ratio-dependent (Arditi-Ginzburg): f = a N P / (P + h N)
    "ratio_dependent": (lambda N, c: c[0] * N * (1.0 - N / c[1]), lambda N, P, c: c[2] * N * P / (P + c[3] * N)),
    # Ivlev: f = a P (1 - exp(-s N))
    "ivlev": (lambda N, c: c[0] * N * (1.0 - N / c[1]), lambda N, P, c: c[2] * P * (1.0 - np.exp(-c[3] * N))),
    # Crowley-Martin: f = a N P / ((1 + b N) (1 + q P))
    "crowley_martin": (lambda N, c: c[0] * N * (1.0 - N / c[1]),
                       lambda N, P, c: c[2] * N * P / ((1.0 + c[3] * N) * (1.0 + c[4] * P))),
    # Gompertz prey, mass-action predation: g = r N ln(K/N), f = a N P
    "gompertz_lv": (lambda N, c: c[0] * N * np.log(c[1] / N), lambda N, P, c: c[2] * N * P),
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    (growth, predation), c = LAWS[params["law"]], [float(value) for value in params["c"]]
    e, m = float(params["e"]), float(params["m"])
    t_end, t_split, points = float(params["t_end"]), float(params["t_split"]), int(params["points"])
    rng = np.random.default_rng(seed)
    starts = [(s, False) for s in params["starts"]] + [(s, True) for s in params["ood_starts"]]
    parts, ood = [], []
    for start, outside in starts:
        t = np.sort(rng.uniform(0.0, t_end, points))
        t[0] = 0.0

        def rhs(s, y):
            eaten = predation(y[0], y[1], c)
            return [growth(y[0], c) - eaten, e * eaten - m * y[1]]

        states = trajectory(rhs, [float(v) for v in start], t)
        parts.append((t, states[:, 0], states[:, 1]))
        ood.append(outside | (t > t_split))
    t, N, P = (np.concatenate(column) for column in zip(*parts))
    rate = growth(N, c) - predation(N, P, c)
    rate = rate + float(params["noise"]) * np.std(rate) * rng.standard_normal(rate.shape)
    write_dataset(out_dir, {"t": t, "N": N, "P": P, "dN_dt": rate}, ood=np.concatenate(ood), seed=seed)
