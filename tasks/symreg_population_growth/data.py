"""Data for symreg_population_growth: logistic growth with saturating predation (spruce-budworm model).

True law: dP/dt = R*P*(1 - P/K) - H*P**2 / (B**2 + P**2), independent of t (t is still an input, as in
LLM-SR's biology problems). Trajectories start below the carrying capacity (in-domain: train / test_id)
or above it (out-of-domain: states never seen in training). Targets are the exact growth rates.
The trajectories only mark out the region: rows are drawn independently in it (`eft.judge.write_law_dataset`),
since rows on a trajectory would give the rate away by finite differences.
"""
from pathlib import Path

from eft.judge import write_law_dataset

R, K, H, B = 0.5, 10.0, 1.2, 1.4
ID_STARTS, OOD_STARTS = (0.3, 1.0, 2.5, 5.0), (14.0, 20.0)
T_END, POINTS_PER_TRAJECTORY = 40.0, 120


def growth_rate(t, P):
    return R * P * (1.0 - P / K) - H * P**2 / (B**2 + P**2)


def generate(out_dir: Path, seed: int) -> None:
    region = {"starts": ID_STARTS, "ood_starts": OOD_STARTS, "t_end": T_END, "t_split": T_END,
              "points": POINTS_PER_TRAJECTORY}
    write_law_dataset(out_dir, seed, region, lambda s, y: [growth_rate(s, y[0])], growth_rate, ("P",), ('t', 'P', 'dP_dt'))
