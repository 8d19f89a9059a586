"""Data for the sr_chem_order family: rate laws of a reactant's concentration A (orders and rate forms).

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the rate dA/dt(t, A); one trajectory is
integrated from each initial concentration at seeded random times on [0, t_end]. Trajectories from `starts`
are in-domain (train / test_id), those from `ood_starts` (concentrations outside the trained range) and
rows after `t_split` are out-of-domain; rows whose concentration has decayed to (numerically) zero are
dropped. Targets are the exact rates plus Gaussian noise of `noise` times their standard deviation
(measured data is never exact, and a noise floor keeps the score from rewarding fits below it).

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


# rows where the concentration has decayed to this or below are dropped: the statement promises A > 0
MIN_CONCENTRATION = 1e-6

LAWS = {
    # order 3/2: -k A^1.5
    "order_1_5": lambda t, A, c: -c[0] * A**1.5,
    # constant production, first-order removal: k0 - k A
    "production_decay": lambda t, A, c: c[0] - c[1] * A,
    # Langmuir-Hinshelwood surface reaction: -k A / (1 + b A)^2
    "langmuir": lambda t, A, c: -c[0] * A / (1.0 + c[1] * A) ** 2,
    # parallel first- and second-order paths: -k1 A - k2 A^2
    "parallel": lambda t, A, c: -c[0] * A - c[1] * A**2,
    # third order: -k A^3
    "third_order": lambda t, A, c: -c[0] * A**3,
    # first order under a temperature ramp (Arrhenius): -k0 exp(-E / (1 + b t)) A
    "arrhenius_ramp": lambda t, A, c: -c[0] * np.exp(-c[1] / (1.0 + c[2] * t)) * A,
    # intermediate of consecutive first-order reactions: -k2 A + k1 A0 exp(-k1 t)
    "intermediate": lambda t, A, c: -c[0] * A + c[1] * np.exp(-c[2] * t),
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
    t, A = (np.concatenate(column) for column in zip(*parts))
    keep = A > MIN_CONCENTRATION
    t, (A,), ood = sample_rows(rng, t[keep], A[keep][:, None], np.concatenate(ood)[keep], t_split, t_end)
    rate = law(t, A, c)
    rate = rate + float(params["noise"]) * np.std(rate) * rng.standard_normal(rate.shape)
    write_dataset(out_dir, {"t": t, "A": A, "dA_dt": rate}, ood=ood, seed=seed)
