"""Data for the sr_pop_logistic family: single-population growth laws with density-dependent saturation.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the growth rate dP/dt(t, P); one trajectory is
integrated from each start value at seeded random times on [0, t_end]. Trajectories from `starts` are
in-domain (train / test_id), those from `ood_starts` (populations outside the trained range) and rows after
`t_split` are out-of-domain. Targets are the exact rates plus Gaussian noise of `noise` times their
standard deviation (measured data is never exact, and a noise floor keeps the score from rewarding fits
below it).

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
    # Verhulst logistic: r P (1 - P/K)
    "logistic": lambda t, P, c: c[0] * P * (1.0 - P / c[1]),
    # Gompertz: r P ln(K/P)
    "gompertz": lambda t, P, c: c[0] * P * np.log(c[1] / P),
    # theta-logistic (Richards): r P (1 - (P/K)^theta)
    "theta_logistic": lambda t, P, c: c[0] * P * (1.0 - (P / c[1]) ** c[2]),
    # von Bertalanffy: a P^(2/3) - b P
    "bertalanffy": lambda t, P, c: c[0] * P ** (2.0 / 3.0) - c[1] * P,
    # Smith (food-limited): r P (1 - P/K) / (1 + s P/K)
    "smith": lambda t, P, c: c[0] * P * (1.0 - P / c[1]) / (1.0 + c[2] * P / c[1]),
    # seasonal logistic: r (1 + e sin(w t)) P (1 - P/K)
    "seasonal": lambda t, P, c: c[0] * (1.0 + c[1] * np.sin(c[2] * t)) * P * (1.0 - P / c[3]),
    # growing carrying capacity: r P (1 - P / (K0 + g t))
    "growing_capacity": lambda t, P, c: c[0] * P * (1.0 - P / (c[1] + c[2] * t)),
    # Beverton-Holt births, linear deaths: b P / (1 + P/h) - m P
    "beverton_holt": lambda t, P, c: c[0] * P / (1.0 + P / c[1]) - c[2] * P,
    # West ontogenetic growth: a P^(3/4) (1 - (P/M)^(1/4))
    "west": lambda t, P, c: c[0] * P**0.75 * (1.0 - (P / c[1]) ** 0.25),
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    t_end, t_split, points = float(params["t_end"]), float(params["t_split"]), int(params["points"])
    rng = np.random.default_rng(seed)
    starts = [(s, False) for s in params["starts"]] + [(s, True) for s in params["ood_starts"]]
    parts, ood = [], []
    for start, outside in starts:
        t = np.sort(rng.uniform(0.0, t_end, points))
        t[0] = 0.0
        parts.append((t, trajectory(lambda s, y: [law(s, y[0], c)], [float(start)], t)[:, 0]))
        ood.append(outside | (t > t_split))
    t, P = (np.concatenate(column) for column in zip(*parts))
    t, (P,), ood = sample_rows(rng, t, P[:, None], np.concatenate(ood), t_split, t_end)
    rate = law(t, P, c)
    rate = rate + float(params["noise"]) * np.std(rate) * rng.standard_normal(rate.shape)
    write_dataset(out_dir, {"t": t, "P": P, "dP_dt": rate}, ood=ood, seed=seed)
