"""Data for the sr_pop_predation family: the growth rate of a prey population eaten by a predator.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. A law is the prey's own growth g(N) and the predation
(functional response) term f(N, P); the prey obeys dN/dt = g(N) - f(N, P) and the predator
dP/dt = e f(N, P) - m P (`e`, `m` in params). One trajectory is integrated from each start [N0, P0] at
seeded random times on [0, t_end]; those from `starts` are in-domain (train / test_id), those from
`ood_starts` (densities outside the trained range) and rows after `t_split` are out-of-domain. Targets are
the exact prey rates dN/dt plus Gaussian noise of `noise` times their standard deviation.

The rows are not points of those trajectories, which only mark out the region: `eft.judge.sample_region_rows` draws them
independently and uniformly in it (in-domain rows in the box of the in-domain states at times up to
`t_split`, out-of-domain rows elsewhere in the box of all states or later), so that no row's neighbours
along a trajectory reveal its rate.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

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

    def rhs(s, y):
        eaten = predation(y[0], y[1], c)
        return [growth(y[0], c) - eaten, e * eaten - m * y[1]]

    write_law_dataset(out_dir, seed, params, rhs, lambda t, N, P: growth(N, c) - predation(N, P, c), ("N", "P"),
                      ("t", "N", "P", "dN_dt"))
