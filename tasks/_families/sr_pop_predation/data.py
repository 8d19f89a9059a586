"""Data for the sr_pop_predation family: the growth rate of a prey population eaten by a predator.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. A law is the prey's own growth g(N) and the predation
(functional response) term f(N, P); the prey obeys dN/dt = g(N) - f(N, P) and the predator
dP/dt = e f(N, P) - m P (`e`, `m` in params). One trajectory is integrated from each start [N0, P0] at
seeded random times on [0, t_end]; those from `starts` are in-domain (train / test_id), those from
`ood_starts` (densities outside the trained range) and rows after `t_split` are out-of-domain. Targets are
the exact prey rates dN/dt plus Gaussian noise of `noise` times their standard deviation.

The rows are not points of those trajectories, which only mark out the region: `sample_rows` draws them
independently and uniformly in it (in-domain rows in the box of the in-domain states at times up to
`t_split`, out-of-domain rows elsewhere in the box of all states or later), so that no row's neighbours
along a trajectory reveal its rate.
"""
from pathlib import Path

import numpy as np

from eft.judge import trajectory, write_dataset


def sample_rows(rng: np.random.Generator, t: np.ndarray, states: np.ndarray, ood: np.ndarray, t_split: float,
                t_end: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The dataset's rows (t, state columns, ood flags), drawn independently and uniformly in the region the
    trajectories cover: in-domain rows in the box of the in-domain states at times on [0, t_split],
    out-of-domain rows in the box of all states at times on [0, t_end] but outside the in-domain box or after
    t_split, as many of each as the trajectories have. Rows *on* trajectories would give the target away:
    sorted by time, the finite differences of the state are its rate, no law needed (such a program matched
    the best basis fit's nmse_id)."""
    lo, hi = states[~ood].min(axis=0), states[~ood].max(axis=0)
    wide_lo, wide_hi = states.min(axis=0), states.max(axis=0)
    n_id, n_ood, dim = int(np.sum(~ood)), int(np.sum(ood)), states.shape[1]
    t_in, s_in = rng.uniform(0.0, t_split, n_id), rng.uniform(lo, hi, (n_id, dim))
    t_out, s_out = np.empty(0), np.empty((0, dim))
    for _ in range(1000):
        if len(t_out) >= n_ood:
            break
        t_new, s_new = rng.uniform(0.0, t_end, 8 * n_ood), rng.uniform(wide_lo, wide_hi, (8 * n_ood, dim))
        outside = (t_new > t_split) | np.any((s_new < lo) | (s_new > hi), axis=1)
        t_out, s_out = np.concatenate([t_out, t_new[outside]]), np.concatenate([s_out, s_new[outside]])
    else:
        raise ValueError("the out-of-domain trajectories barely leave the in-domain region")
    t = np.concatenate([t_in, t_out[:n_ood]])
    states = np.concatenate([s_in, s_out[:n_ood]])
    return t, states.T, np.arange(len(t)) >= n_id


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
    t, (N, P), ood = sample_rows(rng, t, np.column_stack([N, P]), np.concatenate(ood), t_split, t_end)
    rate = growth(N, c) - predation(N, P, c)
    rate = rate + float(params["noise"]) * np.std(rate) * rng.standard_normal(rate.shape)
    write_dataset(out_dir, {"t": t, "N": N, "P": P, "dN_dt": rate}, ood=ood, seed=seed)
