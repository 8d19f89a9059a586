"""Data for the sr_osc_linear family: linear damped oscillators under different external forces.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the acceleration a(x, v, t); trajectories are
integrated from `starts` (in-domain) and `ood_starts` (out-of-domain) at seeded random times on
[0, t_end], and rows after `t_split` are out-of-domain too (time extrapolation). Targets are the exact
accelerations plus Gaussian noise of `noise` times their standard deviation (measured data is never
exact, and a noise floor keeps the score from rewarding fits below it).

The rows are not points of those trajectories, which only mark out the region: `eft.judge.sample_region_rows` draws them
independently and uniformly in it (in-domain rows in the box of the in-domain states at times up to
`t_split`, out-of-domain rows elsewhere in the box of all states or later), so that no row's neighbours
along a trajectory reveal its rate.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

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
    write_law_dataset(out_dir, seed, params, lambda s, y: [y[1], law(y[0], y[1], s, c)],
                      lambda t, x, v: law(x, v, t, c), ("x", "v"), ("x", "v", "t", "a"))
