"""Data for symreg_population_growth: logistic growth with saturating predation (spruce-budworm model).

True law: dP/dt = R*P*(1 - P/K) - H*P**2 / (B**2 + P**2), independent of t (t is still an input, as in
LLM-SR's biology problems). Trajectories start below the carrying capacity (in-domain: train / test_id)
or above it (out-of-domain: states never seen in training). Targets are the exact growth rates.
"""
from pathlib import Path

from eft.judge import write_scalar_ode_dataset

R, K, H, B = 0.5, 10.0, 1.2, 1.4
ID_STARTS, OOD_STARTS = (0.3, 1.0, 2.5, 5.0), (14.0, 20.0)
T_END, POINTS_PER_TRAJECTORY = 40.0, 120


def growth_rate(t, P):
    return R * P * (1.0 - P / K) - H * P**2 / (B**2 + P**2)


def generate(out_dir: Path, seed: int) -> None:
    write_scalar_ode_dataset(out_dir, seed, growth_rate, ('t', 'P', 'dP_dt'), ID_STARTS, OOD_STARTS, T_END, POINTS_PER_TRAJECTORY)
