"""Data for symreg_reaction_kinetics: second-order decay plus a deactivating first-order catalytic path.

True law: dA/dt = -K1*A**2 - K2*A*exp(-LAM*t). Trajectories start from several initial concentrations;
low ones are in-domain (train / test_id), high ones out-of-domain (concentrations never seen in
training). Targets are the exact rates at the sampled states.
"""
from pathlib import Path

import numpy as np

from eft.tasks.symreg import trajectory, write_dataset

K1, K2, LAM = 0.8, 0.5, 0.3
ID_STARTS, OOD_STARTS = (0.5, 1.0, 1.5, 2.0), (3.0, 4.0)
T_END, POINTS_PER_TRAJECTORY = 10.0, 120


def rate(t, A):
    return -K1 * A**2 - K2 * A * np.exp(-LAM * t)


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    parts, ood = [], []
    for start in ID_STARTS + OOD_STARTS:
        t = np.sort(rng.uniform(0.0, T_END, POINTS_PER_TRAJECTORY))
        t[0] = 0.0
        A = trajectory(lambda s, y: [rate(s, y[0])], [start], t)[:, 0]
        parts.append((t, A))
        ood.append(np.full(len(t), start in OOD_STARTS))
    t, A = (np.concatenate(column) for column in zip(*parts))
    columns = {"t": t, "A": A, "dA_dt": rate(t, A)}
    write_dataset(out_dir, columns, ood=np.concatenate(ood), seed=seed)
