"""Data for symreg_reaction_kinetics: second-order decay plus a deactivating first-order catalytic path.

True law: dA/dt = -K1*A**2 - K2*A*exp(-LAM*t). Trajectories start from several initial concentrations;
low ones are in-domain (train / test_id), high ones out-of-domain (concentrations never seen in
training). Targets are the exact rates at the sampled states.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_scalar_ode_dataset

K1, K2, LAM = 0.8, 0.5, 0.3
ID_STARTS, OOD_STARTS = (0.5, 1.0, 1.5, 2.0), (3.0, 4.0)
T_END, POINTS_PER_TRAJECTORY = 10.0, 120


def rate(t, A):
    return -K1 * A**2 - K2 * A * np.exp(-LAM * t)


def generate(out_dir: Path, seed: int) -> None:
    write_scalar_ode_dataset(out_dir, seed, rate, ('t', 'A', 'dA_dt'), ID_STARTS, OOD_STARTS, T_END, POINTS_PER_TRAJECTORY)
