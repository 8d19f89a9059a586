"""Data for the sr_osc_restoring family: damped oscillators with nonlinear restoring forces.

Each member names its true law in `params` (`law`, a key of LAWS, and its coefficients `c`), so members
differ in the equation, not only in the seed. The law gives the acceleration a(x, v, t); trajectories are
integrated from `starts` (in-domain) and `ood_starts` (larger amplitudes: out-of-domain) at seeded random
times on [0, t_end]; rows after `t_split` are out-of-domain too. Targets are the exact accelerations plus
Gaussian noise of `noise` times their standard deviation (measured data is never exact, and a noise floor
keeps the score from rewarding fits below it).

The rows are not points of those trajectories, which only mark out the region: `eft.judge.sample_region_rows` draws them
independently and uniformly in it (in-domain rows in the box of the in-domain states at times up to
`t_split`, out-of-domain rows elsewhere in the box of all states or later), so that no row's neighbours
along a trajectory reveal its rate.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

LAWS = {
    # pendulum: a = -c0 sin(x) - c1 v
    "pendulum": lambda x, v, t, c: -c[0] * np.sin(x) - c[1] * v,
    # double well (negative linear stiffness): a = c0 x - c1 x^3 - c2 v
    "double_well": lambda x, v, t, c: c[0] * x - c[1] * x**3 - c[2] * v,
    # asymmetric (Helmholtz) spring: a = -c0 x - c1 x^2 - c2 v
    "quadratic": lambda x, v, t, c: -c[0] * x - c[1] * x**2 - c[2] * v,
    # purely cubic spring: a = -c0 x^3 - c1 v
    "pure_cubic": lambda x, v, t, c: -c[0] * x**3 - c[1] * v,
    # saturating spring: a = -c0 tanh(c1 x) - c2 v
    "saturating": lambda x, v, t, c: -c[0] * np.tanh(c[1] * x) - c[2] * v,
    # exponential (Toda) spring: a = -c0 (exp(c1 x) - 1) - c2 v
    "toda": lambda x, v, t, c: -c[0] * (np.exp(c[1] * x) - 1.0) - c[2] * v,
    # Morse potential well: a = -c0 (1 - exp(-c1 x)) exp(-c1 x) - c2 v
    "morse": lambda x, v, t, c: -c[0] * (1.0 - np.exp(-c[1] * x)) * np.exp(-c[1] * x) - c[2] * v,
    # bead on a rotating hoop: a = -c0 sin(x) + c1 sin(x) cos(x) - c2 v
    "hoop": lambda x, v, t, c: -c[0] * np.sin(x) + c[1] * np.sin(x) * np.cos(x) - c[2] * v,
    # quintic stiffening: a = -c0 x - c1 x^5 - c2 v
    "quintic": lambda x, v, t, c: -c[0] * x - c[1] * x**5 - c[2] * v,
    # softening rational spring: a = -c0 x / (1 + c1 x^2) - c2 v
    "rational": lambda x, v, t, c: -c[0] * x / (1.0 + c[1] * x**2) - c[2] * v,
    # pendulum under a constant torque: a = -c0 sin(x) + c1 - c2 v
    "torque_pendulum": lambda x, v, t, c: -c[0] * np.sin(x) + c[1] - c[2] * v,
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    write_law_dataset(out_dir, seed, params, lambda s, y: [y[1], law(y[0], y[1], s, c)],
                      lambda t, x, v: law(x, v, t, c), ("x", "v"), ("x", "v", "t", "a"))
