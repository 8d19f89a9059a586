"""Data for the sr_osc_linear family: linear damped oscillators under different external forces.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the acceleration a(x, v, t); trajectories are
integrated from `starts` (in-domain) and `ood_starts` (out-of-domain) at seeded random times on
[0, t_end], and rows after `t_split` are out-of-domain too (time extrapolation). Targets are the exact
accelerations plus Gaussian noise of `noise` times their standard deviation (measured data is never
exact, and a noise floor keeps the score from rewarding fits below it).

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
    # free damped oscillator: a = -c0 x - c1 v
    "free": lambda x, v, t, c: -c[0] * x - c[1] * v,
    # hanging spring under gravity: a = -c0 x - c1 v - c2
    "gravity": lambda x, v, t, c: -c[0] * x - c[1] * v - c[2],
    # harmonic drive: a = -c0 x - c1 v + c2 cos(c3 t)
    "cos_drive": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * np.cos(c[3] * t),
    # sine drive: a = -c0 x - c1 v + c2 sin(c3 t)
    "sin_drive": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * np.sin(c[3] * t),
    # two-tone drive: a = -c0 x - c1 v + c2 cos(c3 t) + c4 cos(c5 t)
    "two_tone": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * np.cos(c[3] * t) + c[4] * np.cos(c[5] * t),
    # decaying push: a = -c0 x - c1 v + c2 exp(-c3 t)
    "decaying_push": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * np.exp(-c[3] * t),
    # ramp force: a = -c0 x - c1 v + c2 t
    "ramp": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * t,
    # ringing drive: a = -c0 x - c1 v + c2 exp(-c3 t) cos(c4 t)
    "ringing_drive": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * np.exp(-c[3] * t) * np.cos(c[4] * t),
    # biased drive: a = -c0 x - c1 v + c2 + c3 cos(c4 t)
    "biased_drive": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] + c[3] * np.cos(c[4] * t),
    # beating drive: a = -c0 x - c1 v + c2 cos(c3 t) cos(c4 t)
    "beat_drive": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * np.cos(c[3] * t) * np.cos(c[4] * t),
    # overdamped, sine-driven: a = -c0 x - c1 v + c2 sin(c3 t) + c4 cos(c3 t)
    "phase_drive": lambda x, v, t, c: -c[0] * x - c[1] * v + c[2] * np.sin(c[3] * t) + c[4] * np.cos(c[3] * t),
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    t_end, t_split, points = float(params["t_end"]), float(params["t_split"]), int(params["points"])
    rng = np.random.default_rng(seed)
    starts = [(s, False) for s in params["starts"]] + [(s, True) for s in params["ood_starts"]]
    parts, ood = [], []
    for state, outside in starts:
        t = np.sort(rng.uniform(0.0, t_end, points))
        t[0] = 0.0
        states = trajectory(lambda s, y: [y[1], law(y[0], y[1], s, c)], state, t)
        parts.append((states[:, 0], states[:, 1], t))
        ood.append(outside | (t > t_split))
    x, v, t = (np.concatenate(column) for column in zip(*parts))
    t, (x, v), ood = sample_rows(rng, t, np.column_stack([x, v]), np.concatenate(ood), t_split, t_end)
    a = law(x, v, t, c)
    a = a + float(params["noise"]) * np.std(a) * rng.standard_normal(a.shape)
    write_dataset(out_dir, {"x": x, "v": v, "t": t, "a": a}, ood=ood, seed=seed)
