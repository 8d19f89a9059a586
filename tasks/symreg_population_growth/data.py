"""Data for symreg_population_growth: logistic growth with saturating predation (spruce-budworm model).

True law: dP/dt = R*P*(1 - P/K) - H*P**2 / (B**2 + P**2), independent of t (t is still an input, as in
LLM-SR's biology problems). Trajectories start below the carrying capacity (in-domain: train / test_id)
or above it (out-of-domain: states never seen in training). Targets are the exact growth rates.
"""
from pathlib import Path

import numpy as np

from eft.tasks.symreg import trajectory, write_dataset

R, K, H, B = 0.5, 10.0, 1.2, 1.4
ID_STARTS, OOD_STARTS = (0.3, 1.0, 2.5, 5.0), (14.0, 20.0)
T_END, POINTS_PER_TRAJECTORY = 40.0, 120


def growth_rate(t, P):
    return R * P * (1.0 - P / K) - H * P**2 / (B**2 + P**2)


def generate(out_dir: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    parts, ood = [], []
    for start in ID_STARTS + OOD_STARTS:
        t = np.sort(rng.uniform(0.0, T_END, POINTS_PER_TRAJECTORY))
        t[0] = 0.0
        P = trajectory(lambda s, y: [growth_rate(s, y[0])], [start], t)[:, 0]
        parts.append((t, P))
        ood.append(np.full(len(t), start in OOD_STARTS))
    t, P = (np.concatenate(column) for column in zip(*parts))
    columns = {"t": t, "P": P, "dP_dt": growth_rate(t, P)}
    write_dataset(out_dir, columns, ood=np.concatenate(ood), seed=seed)
