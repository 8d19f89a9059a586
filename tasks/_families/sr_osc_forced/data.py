"""Data for the sr_osc_forced family: nonlinear oscillators under external or parametric (time-varying) forcing.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the acceleration a(x, v, t); trajectories are
integrated from `starts` (in-domain) and `ood_starts` (out-of-domain) at seeded random times on [0, t_end],
and rows after `t_split` are out-of-domain too (time extrapolation). Targets are the exact accelerations
plus Gaussian noise of `noise` times their standard deviation (measured data is never exact, and a noise
floor keeps the score from rewarding fits below it).

The rows are not points of those trajectories, which only mark out the region: `eft.judge.sample_region_rows` draws them
independently and uniformly in it (in-domain rows in the box of the in-domain states at times up to
`t_split`, out-of-domain rows elsewhere in the box of all states or later), so that no row's neighbours
along a trajectory reveal its rate.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

LAWS = {
    # damped Mathieu equation: a = -(c0 + c1 cos(c2 t)) x - c3 v
    "mathieu": lambda x, v, t, c: -(c[0] + c[1] * np.cos(c[2] * t)) * x - c[3] * v,
    # driven pendulum: a = -c0 sin(x) - c1 v + c2 cos(c3 t)
    "forced_pendulum": lambda x, v, t, c: -c[0] * np.sin(x) - c[1] * v + c[2] * np.cos(c[3] * t),
    # driven van der Pol: a = c0 (1 - x^2) v - c1 x + c2 sin(c3 t)
    "forced_vdp": lambda x, v, t, c: c[0] * (1.0 - x**2) * v - c[1] * x + c[2] * np.sin(c[3] * t),
    # driven softening Duffing: a = -c0 x + c1 x^3 - c2 v + c3 cos(c4 t)
    "forced_softening": lambda x, v, t, c: -c[0] * x + c[1] * x**3 - c[2] * v + c[3] * np.cos(c[4] * t),
    # pendulum with a vertically vibrated pivot: a = -(c0 + c1 cos(c2 t)) sin(x) - c3 v
    "parametric_pendulum": lambda x, v, t, c: -(c[0] + c[1] * np.cos(c[2] * t)) * np.sin(x) - c[3] * v,
    # driven asymmetric (Helmholtz) spring: a = -c0 x - c1 x^2 - c2 v + c3 cos(c4 t)
    "forced_quadratic": lambda x, v, t, c: -c[0] * x - c[1] * x**2 - c[2] * v + c[3] * np.cos(c[4] * t),
    # parametrically pumped Duffing: a = -(c0 + c1 cos(c2 t)) x - c3 x^3 - c4 v
    "parametric_duffing": lambda x, v, t, c: -(c[0] + c[1] * np.cos(c[2] * t)) * x - c[3] * x**3 - c[4] * v,
    # driven oscillator with quadratic drag: a = -c0 x - c1 v |v| + c2 sin(c3 t)
    "forced_drag": lambda x, v, t, c: -c[0] * x - c[1] * v * np.abs(v) + c[2] * np.sin(c[3] * t),
    # driven purely cubic spring (Ueda): a = -c0 x^3 - c1 v + c2 cos(c3 t)
    "ueda": lambda x, v, t, c: -c[0] * x**3 - c[1] * v + c[2] * np.cos(c[3] * t),
    # driven double well (Holmes): a = c0 x - c1 x^3 - c2 v + c3 cos(c4 t)
    "holmes": lambda x, v, t, c: c[0] * x - c[1] * x**3 - c[2] * v + c[3] * np.cos(c[4] * t),
    # relaxing (aging) stiffness: a = -(c0 + c1 exp(-c2 t)) x - c3 v
    "aging_spring": lambda x, v, t, c: -(c[0] + c[1] * np.exp(-c[2] * t)) * x - c[3] * v,
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    write_law_dataset(out_dir, seed, params, lambda s, y: [y[1], law(y[0], y[1], s, c)],
                      lambda t, x, v: law(x, v, t, c), ("x", "v"), ("x", "v", "t", "a"))
