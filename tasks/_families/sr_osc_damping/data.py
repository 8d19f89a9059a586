"""Data for the sr_osc_damping family: oscillators with nonlinear damping, friction or self-excitation.

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
    # van der Pol: a = c0 (1 - x^2) v - c1 x
    "van_der_pol": lambda x, v, t, c: c[0] * (1.0 - x**2) * v - c[1] * x,
    # Rayleigh: a = c0 v - c1 v^3 - c2 x
    "rayleigh": lambda x, v, t, c: c[0] * v - c[1] * v**3 - c[2] * x,
    # quadratic (turbulent) drag: a = -c0 x - c1 v |v|
    "quadratic_drag": lambda x, v, t, c: -c[0] * x - c[1] * v * np.abs(v),
    # smoothed Coulomb friction: a = -c0 x - c1 tanh(c2 v)
    "coulomb": lambda x, v, t, c: -c[0] * x - c[1] * np.tanh(c[2] * v),
    # cubic damping: a = -c0 x - c1 v^3
    "cubic_damping": lambda x, v, t, c: -c[0] * x - c[1] * v**3,
    # viscous plus smoothed Coulomb friction: a = -c0 x - c1 v - c2 tanh(c3 v)
    "coulomb_viscous": lambda x, v, t, c: -c[0] * x - c[1] * v - c[2] * np.tanh(c[3] * v),
    # amplitude-dependent damping: a = -c0 x - c1 v - c2 x^2 v
    "amplitude_damping": lambda x, v, t, c: -c[0] * x - c[1] * v - c[2] * x**2 * v,
    # power-law damping: a = -c0 x - c1 sign(v) |v|^1.5
    "power_damping": lambda x, v, t, c: -c[0] * x - c[1] * np.sign(v) * np.abs(v) ** 1.5,
    # velocity-weakening (Stribeck-like) friction: a = -c0 x - c1 v - c2 v exp(-v^2)
    "stribeck": lambda x, v, t, c: -c[0] * x - c[1] * v - c[2] * v * np.exp(-v**2),
    # van der Pol-Duffing: a = c0 (1 - x^2) v - c1 x - c2 x^3
    "vdp_duffing": lambda x, v, t, c: c[0] * (1.0 - x**2) * v - c[1] * x - c[2] * x**3,
    # position-dependent damping: a = -c0 x - c1 |x| v
    "position_damping": lambda x, v, t, c: -c[0] * x - c[1] * np.abs(x) * v,
}


def generate(out_dir: Path, seed: int, params: dict) -> None:
    law, c = LAWS[params["law"]], [float(value) for value in params["c"]]
    write_law_dataset(out_dir, seed, params, lambda s, y: [y[1], law(y[0], y[1], s, c)],
                      lambda t, x, v: law(x, v, t, c), ("x", "v"), ("x", "v", "t", "a"))
