"""Data for symreg_reaction_kinetics: second-order decay plus a deactivating first-order catalytic path.

True law: dA/dt = -K1*A**2 - K2*A*exp(-LAM*t). Trajectories start from several initial concentrations;
low ones are in-domain (train / test_id), high ones out-of-domain (concentrations never seen in
training). Targets are the exact rates at the sampled states.
The trajectories only mark out the region: rows are drawn independently in it (`eft.judge.write_law_dataset`),
since rows on a trajectory would give the rate away by finite differences.
"""
from pathlib import Path

import numpy as np

from eft.judge import write_law_dataset

K1, K2, LAM = 0.8, 0.5, 0.3
ID_STARTS, OOD_STARTS = (0.5, 1.0, 1.5, 2.0), (3.0, 4.0)
T_END, POINTS_PER_TRAJECTORY = 10.0, 120


def rate(t, A):
    return -K1 * A**2 - K2 * A * np.exp(-LAM * t)


def generate(out_dir: Path, seed: int) -> None:
    region = {"starts": ID_STARTS, "ood_starts": OOD_STARTS, "t_end": T_END, "t_split": T_END,
              "points": POINTS_PER_TRAJECTORY}
    write_law_dataset(out_dir, seed, region, lambda s, y: [rate(s, y[0])], rate, ("A",), ('t', 'A', 'dA_dt'))
